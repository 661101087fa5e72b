"""The automatic pre-review (材料预审) run by the worker on each submission."""

import pytest

from banzheng.accounts.models import User
from banzheng.materials.models import MaterialFile, PreReviewVerdict, Verdict
from tests.applications.conftest import TRANSFER_ALL, draft, provide
from tests.materials import samples


async def put(act, application, code, data, name="photo.png"):
    owner = await act("alice")
    resp = await owner.client.post(
        f"/api/v1/applications/{application['id']}/materials",
        params={"requirement": code, "filename": name},
        content=data,
        headers={**owner.headers, "Content-Type": "application/octet-stream"},
    )
    assert resp.status_code == 201, resp.text


async def submit_and_review(act, application, drain):
    owner = await act("alice")
    assert (await owner.post(f"/api/v1/applications/{application['id']}/submit")).status_code == 202
    await drain()
    return (await owner.get(f"/api/v1/applications/{application['id']}")).json()


def problems(detail):
    return [a for a in detail["next_actions"] if a["code"] == "supplement"]


@pytest.fixture
async def application(act, world, app):
    alice = await User.get(username="alice")
    from banzheng.accounts.service import seal_personal_data

    seal_personal_data(alice, cipher=app.ctx.cipher, id_number="110101199003078515")
    await alice.save()
    return await draft(act, world)


async def test_good_materials_pass_and_every_verdict_is_recorded(act, application, drain):
    await provide(act, application["id"], *TRANSFER_ALL)
    detail = await submit_and_review(act, application, drain)
    assert detail["status"] == "pre_review"
    verdicts = await PreReviewVerdict.filter(application_id=application["id"])
    assert sorted(v.requirement_code for v in verdicts) == sorted(TRANSFER_ALL)
    assert {v.verdict for v in verdicts} == {Verdict.ok}
    files = await MaterialFile.filter(application_id=application["id"])
    assert all(f.thumbnail_id for f in files)  # photos get a thumbnail for the clerk's list


async def test_every_problem_is_reported_at_once(act, application, drain):
    await put(act, application, "owner_id_card", samples.png(400, 300))  # too small to read
    await put(act, application, "purchase_contract", samples.pdf())
    await put(act, application, "purchase_invoice", samples.pdf())  # the same file again
    detail = await submit_and_review(act, application, drain)
    assert detail["status"] == "supplement_required"
    listed = problems(detail)
    codes = [p["requirement_code"] for p in listed]
    assert codes.count("owner_id_card") == 1
    assert {"purchase_contract", "purchase_invoice"} <= set(codes)
    assert any("同一份文件" in p["label"] for p in listed)
    assert any("「申请人身份证」" in p["label"] for p in listed)
    verdicts = {
        v.requirement_code: v
        for v in await PreReviewVerdict.filter(application_id=application["id"])
    }
    assert verdicts["owner_id_card"].verdict is Verdict.reject
    assert verdicts["owner_id_card"].findings[0]["code"]


async def test_a_blurred_photo_is_a_warning_for_the_clerk_not_a_refusal(act, application, drain):
    blurred = samples.encode(samples.blurred(samples.text_page(1240, 1754), 3), "PNG")
    await put(act, application, "owner_id_card", blurred)
    await provide(act, application["id"], "purchase_contract")
    detail = await submit_and_review(act, application, drain)
    assert detail["status"] == "pre_review"
    verdict = await PreReviewVerdict.get(
        application_id=application["id"], requirement_code="owner_id_card"
    )
    assert verdict.verdict is Verdict.warn
    assert any("模糊" in f["message"] or "清晰" in f["message"] for f in verdict.findings)


async def test_an_invalid_id_number_on_the_profile_is_reported(act, application, drain, app):
    alice = await User.get(username="alice")
    from banzheng.accounts.service import seal_personal_data

    seal_personal_data(
        alice, cipher=app.ctx.cipher, id_number="110101199003078516"
    )  # bad check digit
    await alice.save()
    await provide(act, application["id"], "owner_id_card", "purchase_contract")
    detail = await submit_and_review(act, application, drain)
    assert detail["status"] == "supplement_required"
    assert any("校验" in p["label"] for p in problems(detail))
    assert all("110101199003078516" not in p["label"] for p in problems(detail))


async def test_agreement_with_clerks_is_measured(act, application, drain, world):
    await provide(act, application["id"], *TRANSFER_ALL)
    await submit_and_review(act, application, drain)
    clerk = await act("clerk")
    await clerk.post(
        f"/api/v1/applications/{application['id']}/supplement-request",
        json={
            "items": [{"requirement_code": "purchase_contract", "problem": "合同缺少签字页"}],
        },
    )
    stats = (await clerk.get("/api/v1/stats/prereview-accuracy")).json()
    # six verdicts "ok"; the clerk refused one of them: five agreements out of six
    assert stats == {"decided": 6, "agreed": 5, "rate": round(5 / 6, 4)}
    assert (await (await act("clerk-xinhua")).get("/api/v1/stats/prereview-accuracy")).json()[
        "decided"
    ] == 0


@pytest.mark.parametrize(
    ("declared", "status", "expected"),
    [
        ("110101199003078515", "pre_review", None),  # matches the real-name profile
        ("11010119900307851x", "supplement_required", "校验"),  # a typo: bad check character
        ("440106198507124531", "supplement_required", "不一致"),  # someone else's number
    ],
)
async def test_the_declared_id_number_is_checked_against_the_profile(
    act, world, drain, app, declared, status, expected
):
    alice = await User.get(username="alice")
    from banzheng.accounts.service import seal_personal_data

    seal_personal_data(alice, cipher=app.ctx.cipher, id_number="110101199003078515")
    await alice.save()
    application = await draft(act, world, applicant_id_number=declared)
    await provide(act, application["id"], "owner_id_card", "purchase_contract")
    detail = await submit_and_review(act, application, drain)
    assert detail["status"] == status
    if expected:
        labels = [p["label"] for p in problems(detail)]
        assert any(expected in label for label in labels), labels
        assert all(declared not in label for label in labels)  # numbers shown masked only
