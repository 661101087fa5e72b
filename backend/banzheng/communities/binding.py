"""Binding an account to its house (房屋绑定): the owner of record, found in the estates archive.

A WeChat login knows nobody. An owner becomes an owner of a house here by naming themselves —
real name and ID number, matched by keyed hash (`FieldCipher.lookup_hash`: the archive holds no
plaintext to compare) against the house's owners of record (`OwnerOfRecord`), and, where the
archive holds the house's 网签备案 contract number, that number too. Co-owners are separate
records and each binds their own account. The answer never says which fact was wrong, nor
whether the ID number is known at all: an unmatched attempt reads the same whatever the cause,
and names the street office (办证窗口) to go to. Attempts are limited (security/rates.py).

At the window a clerk who has seen the ID card binds the owner's account with a one-time code
the owner shows from the phone (so the clerk needs the owner present, not just a phone number);
this also moves a record to a new account when an owner changed WeChat accounts.
Every binding is audited, naming the record and the method, never the personal data.
"""

from __future__ import annotations

import secrets
import unicodedata
from datetime import UTC, datetime, timedelta

from tortoise.transactions import in_transaction

from banzheng.accounts.models import User
from banzheng.accounts.service import seal_personal_data
from banzheng.common import audit, rediskeys
from banzheng.common.errors import Conflict, NotFound, ValidationFailed
from banzheng.common.workdays import OFFICE_TZ
from banzheng.communities.models import Community, House, HouseOwner, OwnerOfRecord
from banzheng.materials.idnumber import normalize, validate_id_number
from banzheng.security.fieldcrypt import FieldCipher, mask_id_number, mask_name
from banzheng.security.permissions import can_see
from banzheng.security.roles import Role

BINDING_CODE_TTL = 600
"""Seconds a window binding code lives: long enough to queue at the window and hand the phone
over, short enough that a code seen over a shoulder is soon worthless."""

BINDING_CODE_DIGITS = 8
SHARES_TOTAL = 100  # co-owners' shares of a house add up to the whole (共同共有 counts as equal)

GENERIC_OFFICE = "房屋所在街道（乡镇）便民服务中心的办证窗口"


def _name_key(name: str) -> str:
    """Names as typed on phones: full-width forms and stray spaces do not make a new name."""
    return "".join(unicodedata.normalize("NFKC", name).split())


def _contract_key(number: str) -> str:
    return "".join(unicodedata.normalize("NFKC", number).split()).upper()


def contract_number_hash(number: str, cipher: FieldCipher) -> str:
    return cipher.lookup_hash(_contract_key(number), field="contract_number")


def new_owner_record(
    house_id: object, *, name: str, id_number: str, share_percent: int, cipher: FieldCipher
) -> OwnerOfRecord:
    """An unsaved record, personal data sealed and hashed as binding looks it up."""
    record = OwnerOfRecord(house_id=house_id, share_percent=share_percent)  # id: UUID default
    set_owner_identity(record, name=name, id_number=id_number, cipher=cipher)
    return record


def set_owner_identity(
    record: OwnerOfRecord, *, name: str, id_number: str, cipher: FieldCipher
) -> None:
    """Seal name and ID number into this record's own cells (a ciphertext sealed for another
    record would not decrypt here) and set the lookup hashes binding searches by."""
    number = normalize(id_number)
    cipher.seal(record, "real_name_enc", _name_key(name))
    record.name_hash = cipher.lookup_hash(_name_key(name), field="real_name")
    cipher.seal(record, "id_number_enc", number)
    record.id_number_hash = cipher.lookup_hash(number, field="id_number")


def _checked_id_number(value: str, field: str = "id_number") -> str:
    problems = validate_id_number(value)
    if problems:
        raise ValidationFailed(
            problems[0].message,
            code="ID_NUMBER_INVALID",
            details={"fields": [{"field": field, "problem": problems[0].code}]},
        )
    return normalize(value)


def iso(moment: datetime | None) -> str | None:
    return moment.astimezone(OFFICE_TZ).isoformat() if moment else None


# ---- the archive: owners of record (clerks and admins) ----------------------------------------


async def _house_in_scope(user: User, house_id: object) -> House:
    house = await House.get_or_none(id=house_id).select_related("building__community")
    if house is None or not can_see(user, scope_path=house.building.community.scope_path):
        raise NotFound("未找到该房屋")
    return house


def owners_view(house: House, records: list[OwnerOfRecord], cipher: FieldCipher) -> dict:
    return {
        "house_id": str(house.id),
        "contract_number_on_file": house.contract_number_hash is not None,
        "owners": [
            {
                "id": str(r.id),
                "real_name": mask_name(cipher.reveal(r, "real_name_enc")),
                "id_number": mask_id_number(cipher.reveal(r, "id_number_enc")),
                "share_percent": r.share_percent,
                "bound": r.bound_user_id is not None,
                "bound_at": iso(r.bound_at),
            }
            for r in records
        ],
    }


async def _records(house_id: object) -> list[OwnerOfRecord]:
    return await OwnerOfRecord.filter(house_id=house_id).order_by("-share_percent", "created_at")


async def owners_of_record(*, house_id: object, user: User, cipher: FieldCipher) -> dict:
    house = await _house_in_scope(user, house_id)
    return owners_view(house, await _records(house.id), cipher)


async def record_owners(
    *,
    house_id: object,
    user: User,
    owners: list[tuple[str, str, int]],
    contract_number: str | None,
    contract_given: bool,
    cipher: FieldCipher,
) -> dict:
    """Replace a house's owners of record with `owners` [(name, ID number, share)]. A person
    kept (same ID number) keeps their binding; a person dropped loses the account link it gave
    (the archive says they no longer own it). The contract number changes only when given."""
    house = await _house_in_scope(user, house_id)
    numbers = [_checked_id_number(n, f"owners.{i}.id_number") for i, (_, n, _) in enumerate(owners)]
    if len(set(numbers)) != len(numbers):
        raise ValidationFailed("同一产权人不能登记两次，请检查身份证号", code="OWNER_DUPLICATE")
    if sum(share for _, _, share in owners) != SHARES_TOTAL:
        raise ValidationFailed(f"各产权人份额合计应为 {SHARES_TOTAL}%", code="OWNER_SHARES_INVALID")
    async with in_transaction():
        existing = {r.id_number_hash: r for r in await _records(house.id)}
        kept = set()
        for (name, _, share), number in zip(owners, numbers, strict=True):
            digest = cipher.lookup_hash(number, field="id_number")
            record = existing.get(digest)
            if record is None:
                record = new_owner_record(
                    house.id, name=name, id_number=number, share_percent=share, cipher=cipher
                )
            else:  # the same person: their binding stays, name and share may be corrected
                set_owner_identity(record, name=name, id_number=number, cipher=cipher)
                record.share_percent = share
            await record.save()
            kept.add(digest)
        removed = [r for digest, r in existing.items() if digest not in kept]
        for record in removed:
            if record.bound_user_id is not None:
                await HouseOwner.filter(house_id=house.id, owner_id=record.bound_user_id).delete()
            await record.delete()
        if contract_given:
            house.contract_number_hash = (
                contract_number_hash(contract_number, cipher) if contract_number else None
            )
            await house.save(update_fields=["contract_number_hash"])
        await audit.record(
            "house.owners_recorded",
            object_type="house",
            object_id=house.id,
            details={
                "owners": len(owners),
                "removed": len(removed),
                "contract_number_changed": contract_given,
            },
        )
    return owners_view(house, await _records(house.id), cipher)


# ---- binding: the owner on the phone -----------------------------------------------------------


def _office_of(community: Community | None) -> str:
    if community is None:
        return GENERIC_OFFICE
    return f"{community.organisation.name}便民服务中心的办证窗口（{community.name}所属）"


async def bind_self(
    *,
    user: User,
    real_name: str,
    id_number: str,
    contract_number: str | None,
    community_id: object | None,
    cipher: FieldCipher,
) -> list[House]:
    """Bind the caller to every house whose owner of record they are (within one estate when
    given). One account is one person: an account that already has a real name on file binds
    only that person's records."""
    number = _checked_id_number(id_number)
    id_hash = cipher.lookup_hash(number, field="id_number")
    user = await User.get(id=user.id)  # the identity on file now, not a process cache's copy
    community = None
    if community_id is not None:
        community = await Community.get_or_none(id=community_id).select_related("organisation")
        if community is None:
            raise NotFound("未找到该小区")
    office = _office_of(community)
    if user.id_number_hash is not None and user.id_number_hash != id_hash:
        raise Conflict(
            "您填写的身份证号与本账号已实名登记的不一致。一个微信账号只能绑定本人名下的房屋；"
            f"共有人请用各自的微信账号绑定。如实名信息有误，请携带身份证到{office}更正。",
            code="IDENTITY_MISMATCH",
        )
    candidates = OwnerOfRecord.filter(
        id_number_hash=id_hash,
        name_hash=cipher.lookup_hash(_name_key(real_name), field="real_name"),
    ).select_related("house")
    if community is not None:
        candidates = candidates.filter(house__building__community_id=community.id)
    given_contract = contract_number_hash(contract_number, cipher) if contract_number else None
    matched = [
        r
        for r in await candidates
        if r.house.contract_number_hash is None or r.house.contract_number_hash == given_contract
    ]
    if not matched:
        await audit.record(
            "house.bind_failed",
            object_type="user",
            object_id=user.id,
            details={"community_id": str(community.id) if community else None},
        )
        raise ValidationFailed(
            "未能在不动产档案中核对到与您填写的姓名、身份证号"
            + ("、网签备案合同编号" if contract_number else "")
            + f"一致的产权人。请核对后重试；如确认无误，请携带身份证和购房合同到{office}核对，"
            "工作人员可为您当场绑定。",
            code="OWNER_NOT_MATCHED",
            details={"office": office},
        )
    mine = [r for r in matched if r.bound_user_id in (None, user.id)]
    if not mine:
        office = _office_of(
            await Community.get(buildings__houses__id=matched[0].house_id).select_related(
                "organisation"
            )
        )
        raise Conflict(
            f"该房屋的产权人信息已由另一个微信账号绑定。如需改用本账号，请携带身份证到{office}办理。",
            code="OWNER_ALREADY_BOUND",
            details={"office": office},
        )
    async with in_transaction():
        for record in mine:
            await _bind(record, user, cipher=cipher, method="self", real_name=real_name)
    return [r.house for r in mine]


async def _bind(
    record: OwnerOfRecord, user: User, *, cipher: FieldCipher, method: str, real_name: str | None
) -> bool:
    """Link the account to the record's house (inside the caller's transaction). Returns
    whether anything changed; binding twice is a no-op."""
    if record.bound_user_id == user.id:
        return False
    previous = record.bound_user_id
    if previous is not None:
        await HouseOwner.filter(house_id=record.house_id, owner_id=previous).delete()
    record.bound_user_id, record.bound_at = user.id, datetime.now(UTC)
    await record.save(update_fields=["bound_user_id", "bound_at"])
    link, created = await HouseOwner.get_or_create(
        house_id=record.house_id, owner_id=user.id, defaults={"share_percent": record.share_percent}
    )
    if not created and link.share_percent != record.share_percent:
        link.share_percent = record.share_percent
        await link.save(update_fields=["share_percent"])
    if user.id_number_hash is None:
        # The account takes the identity it proved: signatures and video checks name this person.
        name = real_name or cipher.reveal(record, "real_name_enc")
        number = cipher.reveal(record, "id_number_enc")
        seal_personal_data(user, cipher=cipher, real_name=_name_key(name), id_number=number)
        await user.save(update_fields=["real_name_enc", "id_number_enc", "id_number_hash"])
    await audit.record(
        "house.owner_bound",
        object_type="house",
        object_id=record.house_id,
        details={
            "record_id": str(record.id),
            "owner_id": str(user.id),
            "method": method,
            "replaced_account": previous is not None,
        },
    )
    return True


# ---- binding at the window (a clerk who saw the ID card) ---------------------------------------


async def new_binding_code(*, user: User, redis) -> tuple[str, datetime]:
    """A one-time code the owner shows the clerk; the clerk's binding needs it, so the owner
    (their phone) is at the window, not just known by number."""
    for _ in range(5):
        code = f"{secrets.randbelow(10**BINDING_CODE_DIGITS):0{BINDING_CODE_DIGITS}d}"
        if await redis.set(
            rediskeys.HOUSE_BINDING_CODE + code, str(user.id), ex=BINDING_CODE_TTL, nx=True
        ):
            return code, datetime.now(UTC) + timedelta(seconds=BINDING_CODE_TTL)
    raise Conflict("绑定码生成失败，请稍后再试", code="BINDING_CODE_BUSY")


async def bind_at_window(
    *, house_id: object, record_id: object, clerk: User, code: str, redis, cipher: FieldCipher
) -> dict:
    """Returns the house's owners."""
    house = await _house_in_scope(clerk, house_id)
    record = await OwnerOfRecord.get_or_none(id=record_id, house_id=house.id)
    if record is None:
        raise NotFound("未找到该产权人记录")
    owner_id = await redis.getdel(rediskeys.HOUSE_BINDING_CODE + code)
    owner = (
        await User.get_or_none(
            id=owner_id.decode() if isinstance(owner_id, bytes) else owner_id,
            role=Role.owner,
            is_active=True,
        )
        if owner_id
        else None
    )
    if owner is None:
        raise ValidationFailed(
            "绑定码无效或已过期，请业主在小程序“绑定房屋”页重新获取", code="BINDING_CODE_INVALID"
        )
    if owner.id_number_hash is not None and owner.id_number_hash != record.id_number_hash:
        raise Conflict(
            "该微信账号已实名为另一人，不能绑定此产权人；共有人请用各自的微信账号办理",
            code="IDENTITY_MISMATCH",
        )
    async with in_transaction():
        await _bind(record, owner, cipher=cipher, method="window", real_name=None)
    return owners_view(house, await _records(house.id), cipher)


# ---- an owner at the window with their ID card (console intake) ------------------------------


async def record_for_card(
    *, house_id: object, real_name: str, id_number: str, cipher: FieldCipher
) -> OwnerOfRecord | None:
    """The house's owner of record this ID card names (real name and number, matched by keyed
    hash as `bind_self` matches them), or None. The card was read at the window, so the house's
    网签备案 number is not asked for: the clerk holds the paper contract."""
    number = _checked_id_number(id_number)
    return await OwnerOfRecord.get_or_none(
        house_id=house_id,
        id_number_hash=cipher.lookup_hash(number, field="id_number"),
        name_hash=cipher.lookup_hash(_name_key(real_name), field="real_name"),
    )


# ---- the estate directory an owner picks from ----------------------------------------------------


async def estate_directory(q: str) -> list[dict]:
    rows = (
        await Community.filter(name__icontains=q.strip())
        .select_related("organisation")
        .order_by("name")
        .limit(20)
    )
    return [
        {"id": str(c.id), "name": c.name, "address": c.address, "street": c.organisation.name}
        for c in rows
    ]
