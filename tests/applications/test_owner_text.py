"""Issue #8: no raw code (`deed_tax_receipt`, `survey_check`…) in any text an owner or a clerk
reads. A whole journey is walked — refusals, 补正, 容缺, 告知承诺, warnings, reminders, a
registration refused, messages — and every text field of every answer is scanned."""

import re
from datetime import timedelta

from banzheng.applications import sla
from banzheng.applications.models import ApprovalStep
from tests.applications.conftest import TRANSFER_CORE, draft, provide, step
from tests.helpers import office_today
from tests.materials import samples

CODE = re.compile(r"[a-z]+_[a-z]+")
TEXT_KEYS = {
    "label",
    "note",
    "problem",
    "message",
    "title",
    "body",
    "detail",
    "summary",
    "name",
    "description",
}


def texts(value, key=""):
    """Every string a person reads in an answer: fields named like text or ending in _label."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield from texts(v, k)
    elif isinstance(value, list):
        for v in value:
            yield from texts(v, key)
    elif isinstance(value, str) and (key in TEXT_KEYS or key.endswith("_label")):
        yield value


class Reader:
    def __init__(self):
        self.seen: list[str] = []

    def read(self, resp):
        self.seen += list(texts(resp.json()))
        return resp


async def test_no_owner_or_staff_visible_text_carries_a_code(act, world, drain):
    reader = Reader()
    owner, clerk = await act("alice"), await act("clerk")
    detail = await draft(act, world)
    path = f"/api/v1/applications/{detail['id']}"
    # a PDF for the photo-only ID card item is refused
    reader.read(
        await owner.client.post(
            f"{path}/materials",
            params={"requirement": "owner_id_card", "filename": "id.pdf"},
            content=samples.pdf(),
            headers={**owner.headers, "Content-Type": "application/pdf"},
        )
    )
    reader.read(await owner.post(f"{path}/commitments", json={"requirement_code": "no_such"}))
    await provide(act, detail["id"], *TRANSFER_CORE, "deed_tax_receipt")
    reader.read(
        await owner.post(f"{path}/commitments", json={"requirement_code": "marital_status"})
    )
    reader.read(await owner.get(path))
    assert (await owner.post(f"{path}/submit")).status_code == 202
    await drain()
    reader.read(
        await clerk.post(
            f"{path}/supplement-request",
            json={"items": [{"requirement_code": "purchase_contract", "problem": "合同缺第 3 页"}]},
        )
    )
    reader.read(await owner.get(path))
    await provide(act, detail["id"], "purchase_contract")
    assert (await owner.post(f"{path}/submit")).status_code == 202
    await drain()
    reader.read(await clerk.get("/api/v1/work-queue"))
    soon = (office_today() + timedelta(days=1)).isoformat()
    accepted = reader.read(
        await clerk.post(
            f"{path}/accept",
            json={
                "deferred": [
                    {"requirement_code": c, "due_date": soon}
                    for c in ("purchase_invoice", "maintenance_fund_receipt")
                ]
            },
        )
    ).json()
    tax_step = await ApprovalStep.get(id=step(accepted, "tax_check")["id"])
    await sla.scan(now=tax_step.due_at - timedelta(hours=1))
    await sla.scan(now=tax_step.due_at + timedelta(days=1))
    for login, kind in (("tax", "tax_check"), ("housing", "fund_check")):
        reviewer = await act(login)
        reader.read(await reviewer.get("/api/v1/work-queue"))
        reader.read(
            await reviewer.post(
                f"{path}/steps/{step(accepted, kind)['id']}/approve", json={"opinion": "同意"}
            )
        )
    registry = await act("registry")
    reader.read(await registry.get("/api/v1/work-queue"))
    in_registry = (await registry.get(path)).json()
    reader.read(
        await registry.post(
            f"{path}/steps/{step(in_registry, 'registry_review')['id']}/approve",
            json={"opinion": "同意"},
        )
    )  # refused: deferred materials and the commitment letter are outstanding
    await drain()
    reader.read(await owner.get(path))
    reader.read(await clerk.get(path))
    reader.read(await owner.get("/api/v1/me/messages"))
    reader.read(await owner.get("/api/v1/applications"))
    reader.read(await owner.get("/api/v1/application-types"))
    reader.read(await clerk.post(f"{path}/reject", json={"reason": "申请人非该房屋权利人"}))
    reader.read(await owner.get(path))

    assert len(reader.seen) > 50
    assert any("照片" in t for t in reader.seen)  # the refusal names what the item takes
    coded = sorted({t for t in reader.seen if CODE.search(t)})
    assert not coded, coded
