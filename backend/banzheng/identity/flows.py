"""Use cases that cross domains: the clerk's review shows the owner's ID card photo (materials)."""

from __future__ import annotations

from banzheng.accounts.models import User
from banzheng.identity import views
from banzheng.identity.models import IdentityCheck
from banzheng.identity.schemas import CheckReview, IdCardPhoto
from banzheng.materials import service as materials
from banzheng.materials.prereview import ID_CARD_ITEM
from banzheng.security.fieldcrypt import FieldCipher
from banzheng.storage import sign_download


async def review_view(
    check: IdentityCheck, *, viewer: User, settings, cipher: FieldCipher
) -> CheckReview:
    owner = await User.get(id=check.owner_id)
    decided_by = await User.get_or_none(id=check.decided_by_id) if check.decided_by_id else None
    photo = await materials.latest_owner_file(owner_id=owner.id, requirement_code=ID_CARD_ITEM)
    id_card = None
    if photo is not None:
        token = sign_download(
            photo.object_id,
            audience_user_id=str(viewer.id),
            expires_in=settings.DOWNLOAD_LINK_TTL,
            secret=materials.link_secret(settings),
        )
        id_card = IdCardPhoto(
            object_id=photo.object_id,
            link=f"/api/v1/files/{token}",
            uploaded_at=views.iso(photo.created_at),
        )
    return views.review(
        check, owner=owner, decided_by=decided_by, id_card=id_card, cipher=cipher, settings=settings
    )
