"""Window intake (一窗受理) for an owner who walks in: a clerk starts the application with the
owner's ID card on the reader, then scans the papers for them (console/intake.py).

The checks are the phone path's, in its own services: the house must be in the clerk's scope
(`lifecycle.visible_house`, else 404); the person must be the house's owner of record — the
card's name and number matched by keyed hash, as binding on the phone matches them
(`binding.record_for_card`) — with a valid GB 11643 number; the draft is made by
`lifecycle.create_draft` (one open application per house and kind, the type's applicant roles),
with the card's number as the declared one, so the pre-review checks it against the owner's
real-name profile when the owner has an account. The applicant is that account when the record
is bound to one (the owner then follows the case on the phone), else none: the window serves
the owner in person.
"""

from __future__ import annotations

from banzheng.accounts.models import User
from banzheng.applications import lifecycle
from banzheng.applications.models import Application, ApplicationKind
from banzheng.applications.workflow import record
from banzheng.common.errors import Unprocessable, ValidationFailed
from banzheng.communities import binding
from banzheng.identity.cardreader import CardReading
from banzheng.security.fieldcrypt import FieldCipher


async def start(
    *,
    clerk: User,
    house_id: object,
    kind: ApplicationKind,
    reading: CardReading,
    cipher: FieldCipher,
) -> Application:
    """A draft for the house, its applicant the owner whose card was read at the window."""
    house = await lifecycle.visible_house(clerk, house_id)
    if not reading.usable:
        raise ValidationFailed(
            "；".join(reading.problems),
            code="ID_CARD_READING_INVALID",
            details={"problems": reading.problems},
        )
    owner = await binding.record_for_card(
        house_id=house.id, real_name=reading.name, id_number=reading.id_number, cipher=cipher
    )
    if owner is None:
        raise Unprocessable(
            "身份证上的姓名、身份号码与该房屋档案中的产权人不一致，不能为其受理。"
            "请核对所选房屋；如档案有误，请先更正产权人信息。",
            code="OWNER_NOT_MATCHED",
        )
    application = await lifecycle.create_draft(
        user=clerk,
        house_id=house.id,
        kind=kind,
        declared_id_number=reading.id_number,
        cipher=cipher,
        applicant_id=owner.bound_user_id,
    )
    await record(
        application,
        "window_intake",
        actor=clerk,
        note="已读取申请人身份证，与产权人档案核对一致",
        details={"owner_record_id": str(owner.id), "has_account": owner.bound_user_id is not None},
    )
    return application
