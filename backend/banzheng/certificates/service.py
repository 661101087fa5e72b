"""Electronic title certificates: numbered at 缮证, rendered and sealed in a queue job, published
in the transparency log, downloaded by their holders, replaced or cancelled by the registry.

The life of a certificate (rules only; HTTP is in routes.py, the event wiring in handlers.py):

1. `open_certificate` (after the 缮证 transition commits, in the event handler's transaction):
   takes the next number of the year (numbers.py), freezes what the certificate says from the
   estate archive, and queues `finish_certificate` after COMMIT.
2. `finish` (queue job): resolves the holders' names, renders the PDF with the QR code of its
   public page, seals it with the registry's PAdES seal (signatures/sealing.py, off the event
   loop), stores it; then one short transaction re-checks the certificate is still being issued,
   makes it current, revokes the version it supersedes and appends their leaves to the log.
3. `replace` / `cancel` (registry clerk): a replacement is a new version with a new number
   (contents re-read from the archive) that revokes the old one when it is sealed; a
   cancellation (注销) revokes at once. Revoked certificates stay downloadable for the record.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import secrets
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from tortoise.transactions import in_transaction

from banzheng import db, queue
from banzheng.accounts.models import User
from banzheng.applications.models import Application
from banzheng.applications.workflow import dispatcher
from banzheng.certificates import ledger, numbers
from banzheng.certificates.labels import (
    BY_SHARES,
    LAND_USES,
    RIGHT_NATURES,
    RIGHT_TYPES,
    SOLE,
    TITLE,
)
from banzheng.certificates.models import (
    Certificate,
    CertificateHolder,
    CertificateStatus,
    RevocationKind,
)
from banzheng.common import audit
from banzheng.common.dbtime import for_query
from banzheng.common.errors import Conflict, NotFound
from banzheng.common.workdays import OFFICE_TZ
from banzheng.communities.labels import house_label
from banzheng.communities.models import House, HouseOwner
from banzheng.feedback import qr
from banzheng.notifications import service as notifications
from banzheng.notifications.models import MessageKind
from banzheng.security.fieldcrypt import FieldCipher, mask_name
from banzheng.security.permissions import can_see
from banzheng.security.roles import Role
from banzheng.signatures import render, sealing
from banzheng.signatures.keys import Keyring
from banzheng.storage import ObjectStore, new_object_id

FINISH_JOB = "finish_certificate"
NOT_FOUND = "未找到该证书"
MAX_LISTED = 100  # certificates in an owner's list (a person holds a handful)
SWEEP_AFTER = timedelta(minutes=2)  # a fresh certificate's own job is still on its way
SWEEP_BATCH = 200
TOKEN_BYTES = 24  # 192 random bits: the verification link cannot be guessed or enumerated
CERTIFICATES_PAGE = "pages/certificates/index"  # the mini-program's 我的证书


@dataclass(frozen=True)
class NumberStyle:
    prefix: str = "X"
    region: str = "示范市"


_style = NumberStyle()


def configure(*, prefix: str, region: str) -> None:
    """The number pattern's settings (API and worker start; defaults otherwise)."""
    global _style
    _style = NumberStyle(prefix=prefix, region=region)


def verify_url(base_url: str, token: str) -> str:
    return f"{base_url.rstrip('/')}/v/{token}"


def today() -> date:
    return datetime.now(OFFICE_TZ).date()


# --- 1. numbering at 缮证 ------------------------------------------------------------------------


async def missing_for_issue(application: Application) -> str | None:
    """Why a certificate cannot be issued for this application's house, or None."""
    house = await House.get(id=application.house_id)
    if not house.unit_number:
        return "该房屋在小区档案中没有不动产单元号，请先补录后再缮证"
    if not await HouseOwner.exists(house_id=application.house_id):
        return "该房屋在小区档案中没有权利人，请先补录后再缮证"
    return None


async def _contents(house_id: object) -> tuple[dict[str, Any], list[tuple[object, int]]]:
    """What the certificate says about the house (no personal data), and its holders."""
    house = await House.get(id=house_id).select_related("building__community")
    building = house.building
    estate = building.community
    owners = await HouseOwner.filter(house_id=house_id).order_by("-share_percent", "id")
    area: Decimal = house.measured_area if house.measured_area is not None else house.contract_area
    contents = {
        "location": f"{estate.address} {estate.name} "
        + house_label(building.number, house.unit, house.room),
        "unit_number": house.unit_number,
        "right_type": RIGHT_TYPES[estate.land_nature],
        "right_nature": RIGHT_NATURES[estate.land_nature],
        "use": f"{LAND_USES.get(house.use, house.use)}/{house.use}",
        "area": f"{area:.2f}",
        "term": (
            f"国有建设用地使用权 {estate.land_use_end.year}年{estate.land_use_end.month}月"
            f"{estate.land_use_end.day}日止"
            if estate.land_use_end
            else "—"
        ),
        "co_ownership": SOLE if len(owners) == 1 else BY_SHARES,
    }
    return contents, [(o.owner_id, o.share_percent) for o in owners]


async def open_certificate(
    *,
    application: Application,
    issued_by_id: object | None,
    supersedes: Certificate | None = None,
) -> Certificate:
    """Number a new certificate and queue its PDF (call inside a transaction)."""
    contents, holders = await _contents(application.house_id)
    year = today().year
    serial = await numbers.next_serial(year)  # last: the year's row stays locked until COMMIT
    certificate = await Certificate.create(
        application_id=application.id,
        house_id=application.house_id,
        scope_path=application.scope_path,
        number=numbers.format_number(
            prefix=_style.prefix, region=_style.region, year=year, serial=serial
        ),
        year=year,
        serial=serial,
        version=supersedes.version + 1 if supersedes else 1,
        supersedes_id=supersedes.id if supersedes else None,
        token=secrets.token_urlsafe(TOKEN_BYTES),
        contents={**contents, "application_number": application.number},
        issued_by_id=issued_by_id,
    )
    await CertificateHolder.bulk_create(
        [
            CertificateHolder(
                certificate_id=certificate.id, owner_id=owner_id, share_percent=share, position=i
            )
            for i, (owner_id, share) in enumerate(holders)
        ]
    )
    await audit.record(
        "certificate.numbered",
        object_type="certificate",
        object_id=certificate.id,
        actor_id=issued_by_id,
        details={"number": certificate.number, "version": certificate.version},
    )
    await db.after_commit(lambda: enqueue_finish(certificate.id))
    return certificate


async def enqueue_finish(certificate_id: object) -> bool:
    """Queue the finishing job; False when none was added (no queue in this process — the
    sweep takes it — or the certificate's job is already waiting or running)."""
    if dispatcher.queue is None:
        return False
    ahead = await queue.enqueue(
        dispatcher.queue,
        FINISH_JOB,
        key=f"certificate:{certificate_id}",
        certificate_id=str(certificate_id),
    )
    return ahead is not None


# --- 2. rendering, sealing, publishing (queue job) ----------------------------------------------


@dataclass(frozen=True)
class Holder:
    name: str
    id_number: str
    share_percent: int


async def _holders(certificate: Certificate, cipher: FieldCipher) -> list[Holder]:
    holders = []
    rows = CertificateHolder.filter(certificate_id=certificate.id).select_related("owner")
    for row in await rows.order_by("position"):
        user = row.owner
        name = cipher.reveal(user, "real_name_enc") or ""
        id_number = cipher.reveal(user, "id_number_enc") or ""
        holders.append(Holder(name or user.display_name, id_number, row.share_percent))
    return holders


def _facts(certificate: Certificate, holders: list[Holder], issued_on: date) -> list[tuple]:
    c = certificate.contents
    shares = "；".join(f"{h.name} {h.share_percent}%" for h in holders)
    return [
        ("权利人", "、".join(h.name for h in holders)),
        ("证件号码", "、".join(h.id_number or "（未登记）" for h in holders)),
        ("共有情况", c["co_ownership"] if len(holders) < 2 else f"{c['co_ownership']}（{shares}）"),
        ("坐落", c["location"]),
        ("不动产单元号", c["unit_number"]),
        ("权利类型", c["right_type"]),
        ("权利性质", c["right_nature"]),
        ("用途", c["use"]),
        ("面积", f"房屋建筑面积 {c['area']} 平方米"),
        ("使用期限", c["term"]),
        ("权利其他状况", f"登记申请编号 {c['application_number']}；第 {certificate.version} 版"),
        ("登簿日期", f"{issued_on.year}年{issued_on.month}月{issued_on.day}日"),
    ]


def contents_digest(certificate: Certificate, holders: list[Holder]) -> str:
    """SHA-256 of everything the certificate states, holders included, as canonical JSON: the
    leaf commits to it without publishing any personal data."""
    body = {
        "contents": certificate.contents,
        "holders": [[h.name, h.id_number, h.share_percent] for h in holders],
    }
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


def issuance_payload(certificate: Certificate, digest: str, issued_at: datetime) -> bytes:
    return ledger.leaf_payload(
        number=certificate.number,
        version=certificate.version,
        unit_number=certificate.contents["unit_number"],
        contents_sha256=digest,
        issued_at=issued_at.astimezone(OFFICE_TZ).isoformat(timespec="seconds"),
    )


def build_pdf(
    *,
    title: str,
    number: str,
    facts: list[tuple[str, str]],
    url: str,
    registry_name: str,
    payload: bytes,
    keyring: Keyring,
    timestamper=None,
) -> bytes:
    """Render and seal (CPU and maybe a TSA round trip: run off the event loop)."""
    document = render.Document(
        title=title,
        reference=number,
        facts=facts,
        clauses=[
            "根据《中华人民共和国民法典》等法律法规，为保护不动产权利人合法权益，对不动产权利人"
            "申请登记的本证所列不动产权利，经审查核实，准予登记，颁发此证。",
            "本电子证照与纸质不动产权证书具有同等法律效力。证照状态以扫描二维码核验的结果为准。",
        ],
        signers=[render.SignerSlot(sealing.SEAL_FIELD, "登记机构（电子印章）", registry_name)],
        footer="本证照由登记机构加盖电子印章，其签发与作废记录均公开在透明日志中，任何人可核验。",
        qr_png=qr.png(url),
        qr_caption=f"扫码核验证照状态<br/>{url}",
        keywords=ledger.keywords(payload),
    )
    pdf, boxes = render.render(document)
    prepared = sealing.prepare(pdf, boxes)
    return sealing.seal_pdf(
        prepared, as_=keyring.registry, reason="不动产权电子证照", timestamper=timestamper
    )


async def finish(
    *,
    certificate_id: object,
    store: ObjectStore,
    keyring: Keyring,
    cipher: FieldCipher,
    base_url: str,
    timestamper=None,
) -> Certificate | None:
    """Render, seal, store and publish a numbered certificate; None when there is nothing to do
    (already finished by an earlier run)."""
    certificate = await Certificate.get_or_none(id=certificate_id)
    if certificate is None or certificate.status is not CertificateStatus.issuing:
        return None
    holders = await _holders(certificate, cipher)
    issued_at = datetime.now(UTC).replace(microsecond=0)
    digest = contents_digest(certificate, holders)
    payload = issuance_payload(certificate, digest, issued_at)
    pdf = await asyncio.to_thread(
        build_pdf,
        title=TITLE,
        number=certificate.number,
        facts=_facts(certificate, holders, issued_at.astimezone(OFFICE_TZ).date()),
        url=verify_url(base_url, certificate.token),
        registry_name=keyring.registry.name,
        payload=payload,
        keyring=keyring,
        timestamper=timestamper,
    )
    stored = await store.put_bytes(new_object_id(), pdf)
    try:
        async with in_transaction():
            locked = await Certificate.filter(id=certificate.id).select_for_update().first()
            if locked is None or locked.status is not CertificateStatus.issuing:
                raise _AlreadyDone()
            locked.status = CertificateStatus.current
            locked.object_id, locked.pdf_sha256 = stored.object_id, stored.sha256
            locked.issued_at = issued_at
            holders_json = json.dumps([h.__dict__ for h in holders], ensure_ascii=False)
            cipher.seal(locked, "holders_enc", holders_json)
            locked.holder_masked = "、".join(mask_name(h.name) for h in holders)
            locked.leaf_hash = await ledger.append(ledger.ISSUED, payload)
            await locked.save()
            await audit.record(
                "certificate.issued",
                object_type="certificate",
                object_id=locked.id,
                actor_role="system",
                details={
                    "number": locked.number,
                    "pdf_sha256": stored.sha256,
                    "leaf_hash": locked.leaf_hash,
                },
            )
            if locked.supersedes_id:
                previous = (
                    await Certificate.filter(id=locked.supersedes_id).select_for_update().first()
                )
                await _revoke(
                    previous,
                    kind=RevocationKind.replaced,
                    reason=f"换发新证 {locked.number}",
                    actor=None,
                    replaced_by=locked,
                )
    except _AlreadyDone:
        await store.delete(stored.object_id)
        return None
    except BaseException:
        await store.delete(stored.object_id)
        raise
    return locked


class _AlreadyDone(Exception):
    """Another run finished the certificate while this one was rendering."""


async def unfinished(now: datetime | None = None) -> list[object]:
    """Certificates numbered a while ago but not yet sealed (their job was lost, or failed):
    the sweep re-queues them."""
    before = for_query((now or datetime.now(UTC)) - SWEEP_AFTER)
    waiting = Certificate.filter(status=CertificateStatus.issuing, created_at__lt=before)
    return list(await waiting.limit(SWEEP_BATCH).values_list("id", flat=True))


# --- 3. revocation: replacement and cancellation ------------------------------------------------


async def _revoke(
    certificate: Certificate,
    *,
    kind: RevocationKind,
    reason: str,
    actor: User | None,
    replaced_by: Certificate | None = None,
) -> None:
    """Revoke a current certificate (inside a transaction, the row locked) and log its leaf."""
    now = datetime.now(UTC).replace(microsecond=0)
    payload = ledger.leaf_payload(
        number=certificate.number,
        version=certificate.version,
        issuance_leaf=certificate.leaf_hash,
        reason=kind.value,
        replaced_by=replaced_by.number if replaced_by else None,
        revoked_at=now.astimezone(OFFICE_TZ).isoformat(timespec="seconds"),
    )
    certificate.status = CertificateStatus.revoked
    certificate.revoked_at = now
    certificate.revocation_kind = kind
    certificate.revocation_reason = reason[:200]
    certificate.revocation_leaf_hash = await ledger.append(ledger.REVOKED, payload)
    await certificate.save()
    await _tell_holders(certificate, kind=kind, replaced_by=replaced_by, when=now)
    await audit.record(
        "certificate.revoked",
        object_type="certificate",
        object_id=certificate.id,
        actor_id=actor.id if actor else None,
        actor_role=actor.role.value if actor else "system",
        details={"number": certificate.number, "kind": kind.value, "reason": reason},
    )


async def _current_locked(user: User, certificate_id: object) -> Certificate:
    certificate = await Certificate.filter(id=certificate_id).select_for_update().first()
    if certificate is None or not can_see(user, scope_path=certificate.scope_path):
        raise NotFound(NOT_FOUND)
    if certificate.status is not CertificateStatus.current:
        raise Conflict("只有有效的证照可以换发或注销", code="CERTIFICATE_NOT_CURRENT")
    if await Certificate.exists(supersedes_id=certificate.id):
        raise Conflict("该证照已在换发中", code="CERTIFICATE_BEING_REPLACED")
    return certificate


async def _tell_holders(
    certificate: Certificate,
    *,
    kind: RevocationKind,
    replaced_by: Certificate | None,
    when: datetime,
) -> None:
    """Each holder hears that the certificate they may show someone is no longer valid (inbox
    and, by their preferences, WeChat/SMS after commit), with the successor's number when one
    was issued. The clerk's reason stays on the certificate page: it may name other people."""
    day = when.astimezone(OFFICE_TZ)
    on_day = f"{day.year}年{day.month}月{day.day}日"
    if replaced_by is not None:
        title, detail = "电子证照已换发", f"已换发为 {replaced_by.number}"
        body = (
            f"您的不动产权电子证照 {certificate.number} 已于 {on_day}换发为 {replaced_by.number}，"
            "原证照作废，请以新证照为准。"
        )
    else:
        title, detail = "电子证照已注销", "原证照已注销"
        body = (
            f"您的不动产权电子证照 {certificate.number} 已于 {on_day}注销，不再有效。"
            "如有疑问，请联系不动产登记窗口。"
        )
    number = await Application.filter(id=certificate.application_id).values_list(
        "number", flat=True
    )
    holders = await CertificateHolder.filter(certificate_id=certificate.id).values_list(
        "owner_id", flat=True
    )
    await notifications.create_messages(
        notifications.Draft(
            recipient_id=owner_id,
            kind=MessageKind.certificate_revoked,
            title=title,
            body=body,
            dedupe_key=f"certificate:{certificate.id}:revoked:{owner_id}",
            application_id=certificate.application_id,
            link=CERTIFICATES_PAGE,
            params={"number": number[0] if number else "", "status": "证照作废", "detail": detail},
        )
        for owner_id in dict.fromkeys(holders)
    )


async def replace(*, certificate_id: object, clerk: User, reason: str) -> Certificate:
    """换证: a new version from the archive as it is now; the old one is revoked once the new
    one is sealed, so the house always has one valid certificate."""
    async with in_transaction():
        old = await _current_locked(clerk, certificate_id)
        application = await Application.get(id=old.application_id)
        if missing := await missing_for_issue(application):
            raise Conflict(missing, code="ARCHIVE_INCOMPLETE")
        new = await open_certificate(application=application, issued_by_id=clerk.id, supersedes=old)
        await audit.record(
            "certificate.replacement_requested",
            object_type="certificate",
            object_id=old.id,
            details={"reason": reason, "new_number": new.number},
        )
    return new


async def cancel(*, certificate_id: object, clerk: User, reason: str) -> Certificate:
    """注销: the certificate is revoked now and no successor is issued."""
    async with in_transaction():
        certificate = await _current_locked(clerk, certificate_id)
        await _revoke(certificate, kind=RevocationKind.cancelled, reason=reason, actor=clerk)
    return certificate


# --- reading ---------------------------------------------------------------------------------------


async def visible_certificate(user: User, certificate_id: object) -> Certificate:
    """The certificate if `user` holds it (a holder at issuance) or staff's scope covers it."""
    try:
        certificate = await Certificate.get_or_none(id=certificate_id)
    except (ValueError, TypeError):
        certificate = None
    holder_ids = (
        await CertificateHolder.filter(certificate_id=certificate.id).values_list(
            "owner_id", flat=True
        )
        if certificate is not None and user.role is Role.owner
        else []
    )
    if certificate is None or not can_see(
        user, scope_path=certificate.scope_path, owner_ids=holder_ids
    ):
        raise NotFound(NOT_FOUND)
    return certificate


async def of_owner(user: User) -> list[Certificate]:
    """Every certificate an owner holds, newest first (revoked ones too: the history)."""
    return (
        await Certificate.filter(holders__owner_id=user.id)
        .order_by("-created_at")
        .limit(MAX_LISTED)
    )


async def by_token(token: str) -> Certificate | None:
    if not token or len(token) > 64:
        return None
    return await Certificate.get_or_none(token=token)


async def read_pdf(store: ObjectStore, certificate: Certificate) -> bytes:
    if certificate.object_id is None:
        raise Conflict("证照正在制作中，请稍后再下载", code="CERTIFICATE_NOT_READY")
    chunks = [chunk async for chunk in await store.open_stream(certificate.object_id)]
    return b"".join(chunks)
