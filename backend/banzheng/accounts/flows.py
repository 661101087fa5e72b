"""Account deletion (注销, 《个人信息保护法》第四十七条) across domains: the account's personal data
goes, what the registry must keep stays with its link to the person anonymised.

Retention rules (README "Personal data: consent, withdrawal, deletion" lists the same):
- deleted: phone number, WeChat openid and session key, display name, privacy consents, house
  access links, applications that never reached acceptance with their materials and stored
  files, unfinished uploads; the real name and ID number too when nothing below is kept;
- kept: applications that reached acceptance (the registration file, 《不动产登记暂行条例》第九条
  /第十三条) with their materials, events and signed documents; the audit log (append-only, it
  names accounts only by their opaque id); for those, the account row stays as an anonymous
  link ("已注销用户", no openid, no phone), keeping the encrypted real name and ID number the
  registration file was made with.
An owner with an application accepted but not finished is refused (409): the registry may still
need to reach them (deferred materials, area confirmation, collecting the certificate).
"""

from __future__ import annotations

from datetime import UTC, datetime

from tortoise.transactions import in_transaction

from banzheng.accounts.models import PrivacyConsent, User
from banzheng.applications import retention as application_retention
from banzheng.common import audit
from banzheng.common.errors import Conflict
from banzheng.communities.service import unlink_owner
from banzheng.materials import retention as material_retention
from banzheng.storage.base import ObjectStore

DELETED_DISPLAY_NAME = "已注销用户"


async def delete_account(*, user: User, store: ObjectStore) -> dict[str, list[str]]:
    """Erase the owner's personal data per the retention rules above; returns what was deleted
    and what was kept, in words the owner reads."""
    applications = await application_retention.owner_applications(user.id)
    if applications.in_progress:
        numbers = "、".join(a.number for a in applications.in_progress)
        raise Conflict(
            f"您有正在办理的申请（{numbers}），办结后才能注销账号；如需帮助请联系登记窗口",
            code="ACCOUNT_HAS_OPEN_APPLICATIONS",
            details={"applications": [a.number for a in applications.in_progress]},
        )
    erasable_ids = [a.id for a in applications.erasable]
    # Bytes first: if the store fails, the rows remain and a retry finds them.
    files = await material_retention.erase_stored_files(application_ids=erasable_ids, store=store)
    uploads = await material_retention.erase_unfinished_uploads(owner_id=user.id, store=store)
    keep_identity = bool(applications.kept)
    async with in_transaction():
        erased = await application_retention.erase(applications.erasable)
        houses = await unlink_owner(user.id)
        consents = await PrivacyConsent.filter(user_id=user.id).count()
        await PrivacyConsent.filter(user_id=user.id).delete()
        user.display_name = DELETED_DISPLAY_NAME
        user.wechat_openid = None
        user.wechat_session_key_enc = None
        user.phone_enc = user.phone_hash = None
        if not keep_identity:
            user.real_name_enc = user.real_name_hash = None
            user.id_number_enc = user.id_number_hash = None
        user.is_active = False  # every token of the account stops working at once
        user.deleted_at = datetime.now(UTC)
        await user.save()
        await audit.record(
            "owner.account_deleted",
            object_type="user",
            object_id=user.id,
            actor_id=user.id,
            details={
                "applications_erased": erased,
                "applications_kept": len(applications.kept),
                "files_erased": files,
                "uploads_erased": uploads,
                "house_links_removed": houses,
                "consents_removed": consents,
                "identity_kept": keep_identity,
            },
        )
    deleted = [
        "手机号",
        "微信身份标识（openid）与会话密钥",
        "昵称",
        "隐私政策同意记录",
        "房屋查看权限",
    ]
    if erased:
        deleted.append(f"{erased} 件未受理的申请及其材料文件")
    if uploads:
        deleted.append(f"{uploads} 个未完成的上传")
    kept: list[str] = []
    if keep_identity:
        kept.append(
            f"{len(applications.kept)} 件已受理申请的登记档案（含姓名、身份证号和材料，"
            "按不动产登记资料管理规定保存），已与您的微信账号断开"
        )
    else:
        deleted.append("姓名、身份证号")
    kept.append("操作审计日志（只记录匿名的账号编号，不含个人信息）")
    return {"deleted": deleted, "kept": kept}
