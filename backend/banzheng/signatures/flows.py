"""Use cases that cross domains: a document for an application (its house, owners, checklist) and
the application's timeline when a document is signed, sealed, expires or waits for a signer."""

from __future__ import annotations

from banzheng.accounts.models import User
from banzheng.applications import fees, workflow
from banzheng.applications.models import Application, ApplicationType, MaterialRequirement
from banzheng.common.errors import Conflict, ValidationFailed
from banzheng.communities.labels import house_label
from banzheng.communities.models import House, HouseOwner
from banzheng.security.fieldcrypt import FieldCipher
from banzheng.security.roles import Role
from banzheng.signatures import documents, sealing, service
from banzheng.signatures.keys import Keyring
from banzheng.signatures.models import DocumentKind, RequestStatus, SigningParty, SigningRequest
from banzheng.storage import ObjectStore

LIVE = (RequestStatus.pending, RequestStatus.sealing, RequestStatus.completed)


async def _signers(application: Application, cipher: FieldCipher) -> list[service.Signer]:
    """The applicant signs first, then every co-owner of record (largest share first)."""
    owners = await HouseOwner.filter(house_id=application.house_id).order_by("-share_percent")
    ids = [application.applicant_id] if application.applicant_id else []
    ids += [o.owner_id for o in owners if str(o.owner_id) not in {str(i) for i in ids}]
    users = {str(u.id): u for u in await User.filter(id__in=ids, role=Role.owner)}
    signers = []
    for position, user_id in enumerate(ids):
        user = users.get(str(user_id))
        if user is None:
            continue
        signers.append(
            service.Signer(
                user=user,
                person=documents.Person(
                    name=cipher.reveal(user, "real_name_enc") or user.display_name,
                    id_number=cipher.reveal(user, "id_number_enc") or "（未登记）",
                    role="权利人" if position == 0 else "共有人",
                ),
            )
        )
    return signers


async def _facts(
    application: Application,
    signers: list[service.Signer],
    keyring: Keyring,
    *,
    requirement_code: str | None,
    agent: dict | None,
) -> documents.Facts:
    house = await House.get(id=application.house_id).select_related("building__community")
    app_type = await ApplicationType.get(code=application.kind)
    requirement = (
        await MaterialRequirement.get_or_none(
            application_type_id=application.kind, code=requirement_code
        )
        if requirement_code
        else None
    )
    settlement = await fees.area_settlement(application)
    building = house.building
    return documents.Facts(
        case_number=application.number,
        application_type=app_type.name,
        address=f"{building.community.name} {house_label(building.number, house.unit, house.room)}",
        registry_name=keyring.registry.name,
        people=[s.person for s in signers],
        requirement_name=requirement.name if requirement else None,
        contract_area=house.contract_area,
        measured_area=house.measured_area,
        area_error_ratio=application.area_error_ratio,
        area_amount=(settlement.owner_pays - settlement.refund_to_owner) if settlement else None,
        agent_name=(agent or {}).get("name"),
        agent_id_number=(agent or {}).get("id_number"),
        agent_relation=(agent or {}).get("relation"),
        matters=list((agent or {}).get("matters") or []),
        date_text=application.created_at.strftime("%Y 年 %m 月 %d 日"),
    )


async def open_for_application(
    *,
    application: Application,
    kind: DocumentKind,
    requester: User,
    store: ObjectStore,
    settings,
    cipher: FieldCipher,
    keyring: Keyring,
    requirement_code: str | None = None,
    agent: dict | None = None,
) -> tuple[SigningRequest, bool]:
    """The live request of this kind for the application (and material), or a new one. Returns
    the request and whether it was created now."""
    if kind is DocumentKind.commitment_letter and not requirement_code:
        raise ValidationFailed("告知承诺书须说明代替哪一项材料", code="REQUIREMENT_REQUIRED")
    if kind is DocumentKind.power_of_attorney and not (agent and agent.get("name")):
        raise ValidationFailed("委托书须填写受托人", code="AGENT_REQUIRED")
    existing = (
        await SigningRequest.filter(
            application_id=application.id,
            kind=kind,
            requirement_code=requirement_code,
            status__in=list(LIVE),
        )
        .order_by("-created_at")
        .first()
    )
    if existing is not None and kind is not DocumentKind.power_of_attorney:
        return existing, False
    signers = await _signers(application, cipher)
    if not signers:
        raise Conflict("该申请没有可签署的业主", code="NO_SIGNERS")
    facts = await _facts(
        application, signers, keyring, requirement_code=requirement_code, agent=agent
    )
    request = await service.create(
        kind=kind,
        facts=facts,
        signers=signers,
        created_by=requester,
        scope_path=application.scope_path,
        store=store,
        settings=settings,
        application_id=application.id,
        requirement_code=requirement_code,
    )
    await workflow.record(
        application,
        "signature_requested",
        actor=requester,
        note=f"发起签署《{request.title}》，共 {len(signers)} 人依次签署",
        details={"signing_request": str(request.id), "kind": kind.value},
    )
    return request, True


async def note_on_timeline(request: SigningRequest, action: str, note: str, **details) -> None:
    """Record a signing event on the application's timeline (the owner's progress view)."""
    if request.application_id is None:
        return
    application = await Application.get_or_none(id=request.application_id)
    if application is None:
        return
    await workflow.record(
        application,
        action,
        note=note,
        details={"signing_request": str(request.id), "kind": request.kind.value, **details},
    )


async def remind(party: SigningParty) -> None:
    """Until the notifications domain exists, a reminder is a timeline event the owner sees."""
    request = party.request
    await note_on_timeline(
        request,
        "signature_reminder",
        f"提醒：《{request.title}》等待{party.role_label}签署（第 {party.reminders} 次提醒）",
        party=str(party.id),
    )


async def verified_documents(
    *, application_id: object, store: ObjectStore, keyring: Keyring
) -> frozenset[tuple[str, str | None]]:
    """(kind, material) of every document of the application that is signed by all its owners
    and sealed, checked on the PDF itself — not on a flag: each signature intact, its chain
    trusted, nothing changed after it, and every owner's and the seal's field signed. Registration
    (登簿) asks this before it registers. CPU-bound verification runs in a thread."""
    import asyncio

    found: set[tuple[str, str | None]] = set()
    for request in await SigningRequest.filter(
        application_id=application_id, status=RequestStatus.completed
    ):
        pdf = await service._read(store, request.current_object_id)
        if service.sha256(pdf) != request.current_sha256:
            continue
        report = await asyncio.to_thread(service.verify_document, pdf, keyring=keyring)
        needed = {p.field_name for p in await SigningParty.filter(request_id=request.id)}
        needed.add(sealing.SEAL_FIELD)
        signed = {s.field for s in report.signatures if s.ok}
        if report.valid and needed <= signed:
            found.add((request.kind.value, request.requirement_code))
    return frozenset(found)
