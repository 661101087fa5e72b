"""Notifications routes: the inbox, channel settings and consents, guides and notices, and the
staff side (editing guides, broadcasting policy updates). Parse, authorise, call, answer."""

from __future__ import annotations

from uuid import UUID

from sanic import Blueprint, Request
from sanic.response import HTTPResponse, empty
from sanic_ext.extensions.openapi.definitions import Parameter

from banzheng.accounts.models import User
from banzheng.applications import lifecycle
from banzheng.common.errors import NotFound, ValidationFailed
from banzheng.common.http import ANY_USER, endpoint, respond
from banzheng.common.pagination import PAGE_PARAMETERS, page_params
from banzheng.notifications import broadcasts, config, guides, service
from banzheng.notifications.labels import (
    CHANNEL_LABELS,
    DELIVERY_LABELS,
    GUIDE_KIND_LABELS,
    KINDS,
    WECHAT_TEMPLATES,
)
from banzheng.notifications.models import Broadcast, BroadcastStatus, Guide, GuideKind, Message
from banzheng.notifications.schemas import (
    BroadcastCreate,
    BroadcastPublic,
    DeliveryPublic,
    GuideAdmin,
    GuideAdminList,
    GuideList,
    GuidePublic,
    GuidePut,
    HtmlPreview,
    MarkdownPreview,
    MessagePage,
    MessagePublic,
    PreferencePublic,
    PreferenceUpdate,
    ReadAll,
    SubscriptionResults,
    SubscriptionState,
    TemplatePublic,
    UnreadCount,
    iso,
)
from banzheng.security.roles import Role

bp = Blueprint("notifications", url_prefix="/api/v1")
TAG = "消息与指南"
EDITORS = {Role.admin, Role.supervisor}
BROADCAST_LABELS = {
    BroadcastStatus.queued: "排队中",
    BroadcastStatus.sending: "发送中",
    BroadcastStatus.done: "已发送",
}


async def _message(message: Message, *, with_deliveries: bool = False) -> MessagePublic:
    deliveries = await message.deliveries.all() if with_deliveries else []
    return MessagePublic(
        id=str(message.id),
        kind=message.kind.value,
        kind_label=KINDS[message.kind].label,
        title=message.title,
        body=message.body,
        urgent=message.urgent,
        application_id=str(message.application_id) if message.application_id else None,
        link=message.link,
        created_at=iso(message.created_at),
        read_at=iso(message.read_at),
        deliveries=[
            DeliveryPublic(
                channel=d.channel.value,
                channel_label=CHANNEL_LABELS[d.channel],
                status=d.status.value,
                status_label=DELIVERY_LABELS[d.status],
                note=d.note,
            )
            for d in deliveries
        ],
    )


# ---- inbox -------------------------------------------------------------------------------------


@bp.get("/me/messages")
@endpoint(
    summary="我的消息（分页，新消息在前）",
    roles=ANY_USER,
    response=MessagePage,
    parameters=[
        *PAGE_PARAMETERS,
        Parameter("unread", bool, "query", description="只看未读（true）"),
    ],
    errors=(422,),
    tag=TAG,
)
async def my_messages(request: Request, user: User) -> HTTPResponse:
    page, size = page_params(request)
    unread_arg = request.args.get("unread", "false")
    if unread_arg not in ("true", "false"):
        raise ValidationFailed("unread 只能是 true 或 false", code="BAD_FILTER")
    items, total, unread = await service.inbox(
        user=user, page=page, size=size, unread_only=unread_arg == "true"
    )
    return respond(
        MessagePage(
            items=[await _message(m, with_deliveries=True) for m in items],
            page=page,
            size=size,
            total=total,
            unread=unread,
        )
    )


@bp.get("/me/messages/unread-count")
@endpoint(summary="未读消息数（首页角标）", roles=ANY_USER, response=UnreadCount, tag=TAG)
async def my_unread_count(request: Request, user: User) -> HTTPResponse:
    return respond(UnreadCount(unread=await service.unread_count(user)))


@bp.post("/me/messages/<message_id:uuid>/read")
@endpoint(summary="标记消息已读", roles=ANY_USER, response=MessagePublic, errors=(404,), tag=TAG)
async def read_message(request: Request, user: User, message_id: UUID) -> HTTPResponse:
    message = await service.mark_read(user=user, message_id=message_id)
    return respond(await _message(message, with_deliveries=True))


@bp.post("/me/messages/read-all")
@endpoint(summary="全部标记为已读", roles=ANY_USER, response=ReadAll, tag=TAG)
async def read_all_messages(request: Request, user: User) -> HTTPResponse:
    updated = await service.mark_all_read(user=user)
    return respond(ReadAll(updated=updated, unread=await service.unread_count(user)))


# ---- channels and consents ---------------------------------------------------------------------


async def _preference(user: User) -> PreferencePublic:
    pref = await service.preference(user.id)
    return PreferencePublic(
        wechat=pref.wechat,
        sms=pref.sms,
        quiet_hours=pref.quiet_hours
        if pref.quiet_hours is not None
        else config.current().quiet_hours,
        quiet_hours_is_default=pref.quiet_hours is None,
        phone_bound=bool(user.phone_enc),
        wechat_bound=bool(user.wechat_openid),
    )


@bp.get("/me/notification-settings")
@endpoint(summary="通知渠道与免打扰设置", roles=ANY_USER, response=PreferencePublic, tag=TAG)
async def notification_settings(request: Request, user: User) -> HTTPResponse:
    return respond(await _preference(user))


@bp.put("/me/notification-settings")
@endpoint(
    summary="修改通知渠道与免打扰时段",
    roles=ANY_USER,
    body=PreferenceUpdate,
    response=PreferencePublic,
    tag=TAG,
)
async def update_notification_settings(
    request: Request, user: User, body: PreferenceUpdate
) -> HTTPResponse:
    await service.set_preference(
        user=user,
        wechat=body.wechat,
        sms=body.sms,
        quiet_hours=body.quiet_hours,
        reset_quiet=body.reset_quiet_hours,
    )
    return respond(await _preference(user))


async def _subscriptions(user: User) -> SubscriptionState:
    cfg = config.current()
    counts = await service.consents(user)
    return SubscriptionState(
        enabled=cfg.wechat_on,
        templates=[
            TemplatePublic(
                key=key,
                label=label,
                template_id=cfg.wechat_template(key),
                remaining=counts.get(key, 0),
            )
            for key, label in WECHAT_TEMPLATES.items()
        ],
    )


@bp.get("/me/subscriptions")
@endpoint(
    summary="微信订阅消息模板及剩余次数",
    roles={Role.owner},
    response=SubscriptionState,
    tag=TAG,
)
async def my_subscriptions(request: Request, user: User) -> HTTPResponse:
    return respond(await _subscriptions(user))


@bp.post("/me/subscriptions")
@endpoint(
    summary="上报订阅弹窗结果（每个 accept 可发一条）",
    roles={Role.owner},
    body=SubscriptionResults,
    response=SubscriptionState,
    tag=TAG,
)
async def report_subscriptions(
    request: Request, user: User, body: SubscriptionResults
) -> HTTPResponse:
    await service.record_popup(user=user, results=body.results)
    return respond(await _subscriptions(user))


# ---- guides and notices ------------------------------------------------------------------------


def _guide(guide: Guide) -> dict:
    return {
        "kind": guide.kind.value,
        "kind_label": GUIDE_KIND_LABELS[guide.kind],
        "key": guide.key,
        "title": guide.title,
        "summary": guide.summary,
        "html": guide.html,
        "steps": list(guide.steps),
        "step_labels": [guides.MOMENTS.get(s, s) for s in guide.steps],
        "condition": guide.condition,
        "condition_label": guides.CONDITIONS.get(guide.condition, ""),
        "updated_at": iso(guide.updated_at),
    }


def _guide_admin(guide: Guide) -> GuideAdmin:
    return GuideAdmin(
        **_guide(guide),
        markdown=guide.markdown,
        published=guide.published,
        position=guide.position,
    )


def _kind(value: str) -> GuideKind:
    try:
        return GuideKind(value)
    except ValueError:
        raise NotFound("未找到该类指南") from None


@bp.get("/guides")
@endpoint(
    summary="办事指南、小区问题解读、常见问题、风险提示",
    roles=ANY_USER,
    response=GuideList,
    parameters=[
        Parameter(
            "kind", str, "query", description="application_type / problem / faq / risk_notice"
        )
    ],
    errors=(404,),
    tag=TAG,
)
async def list_guides(request: Request, user: User) -> HTTPResponse:
    kind = _kind(request.args.get("kind")) if "kind" in request.args else None
    items = await guides.listing(kind)
    return respond(GuideList(items=[GuidePublic(**_guide(g)) for g in items]))


@bp.get("/guides/<kind:slug>/<key:guidekey>")
@endpoint(summary="一篇指南", roles=ANY_USER, response=GuidePublic, errors=(404,), tag=TAG)
async def get_guide(request: Request, user: User, kind: str, key: str) -> HTTPResponse:
    return respond(GuidePublic(**_guide(await guides.get(_kind(kind), key))))


@bp.get("/notices")
@endpoint(
    summary="某个办理环节的风险提示（申请前可看）",
    roles=ANY_USER,
    response=GuideList,
    parameters=[
        Parameter("moment", str, "query", description="apply / accept / department_review / …")
    ],
    errors=(422,),
    tag=TAG,
)
async def notices(request: Request, user: User) -> HTTPResponse:
    moment = request.args.get("moment", "apply")
    if moment not in guides.MOMENTS:
        raise ValidationFailed(
            "未知的办理环节", code="BAD_MOMENT", details={"allowed": list(guides.MOMENTS)}
        )
    items = await guides.notices_for(moment)
    return respond(GuideList(items=[GuidePublic(**_guide(g)) for g in items]))


@bp.get("/applications/<application_id:uuid>/notices")
@endpoint(
    summary="这件申请当前环节适用的风险提示",
    roles={Role.owner, Role.clerk, Role.supervisor, Role.department_reviewer},
    response=GuideList,
    errors=(404,),
    tag=TAG,
)
async def application_notices(request: Request, user: User, application_id: UUID) -> HTTPResponse:
    application = await lifecycle.visible_application(user, application_id)
    moment = guides.STATUS_MOMENTS.get(application.status)
    items = await guides.notices_for(moment, application=application) if moment else []
    return respond(GuideList(items=[GuidePublic(**_guide(g)) for g in items]))


@bp.get("/admin/guides")
@endpoint(summary="指南管理：全部（含未发布）", roles=EDITORS, response=GuideAdminList, tag=TAG)
async def admin_guides(request: Request, user: User) -> HTTPResponse:
    items = await guides.listing(include_drafts=True)
    return respond(GuideAdminList(items=[_guide_admin(g) for g in items]))


@bp.put("/admin/guides/<kind:slug>/<key:guidekey>")
@endpoint(
    summary="新建或修改指南（Markdown，服务端渲染并清洗）",
    roles=EDITORS,
    body=GuidePut,
    response=GuideAdmin,
    errors=(404,),
    tag=TAG,
)
async def put_guide(request: Request, user: User, kind: str, key: str, body: GuidePut):
    if not 1 <= len(key) <= 60 or not key.replace("-", "").replace("_", "").isalnum():
        raise ValidationFailed("指南编号只能用字母、数字、- 和 _", code="BAD_GUIDE_KEY")
    guide, created = await guides.save(
        kind=_kind(kind),
        key=key,
        title=body.title,
        markdown=body.markdown,
        editor=user,
        steps=body.steps,
        condition=body.condition,
        position=body.position,
        published=body.published,
    )
    return respond(_guide_admin(guide), status=201 if created else 200)


@bp.delete("/admin/guides/<kind:slug>/<key:guidekey>")
@endpoint(summary="删除指南", roles=EDITORS, status=204, errors=(404,), tag=TAG)
async def delete_guide(request: Request, user: User, kind: str, key: str) -> HTTPResponse:
    await guides.remove(kind=_kind(kind), key=key)
    return empty()


@bp.post("/admin/guides/preview")
@endpoint(
    summary="预览 Markdown 渲染结果（不保存）",
    roles=EDITORS,
    body=MarkdownPreview,
    response=HtmlPreview,
    tag=TAG,
)
async def preview_guide(request: Request, user: User, body: MarkdownPreview) -> HTTPResponse:
    return respond(HtmlPreview(html=guides.render(body.markdown)))


# ---- broadcasts --------------------------------------------------------------------------------


def _broadcast(broadcast: Broadcast) -> BroadcastPublic:
    return BroadcastPublic(
        id=str(broadcast.id),
        title=broadcast.title,
        html=broadcast.html,
        community_ids=list(broadcast.community_ids),
        status=broadcast.status.value,
        status_label=BROADCAST_LABELS[broadcast.status],
        recipients=broadcast.recipients,
        batches=broadcast.batches,
        batches_done=broadcast.batches_done,
        created_at=iso(broadcast.created_at),
    )


@bp.post("/admin/broadcasts")
@endpoint(
    summary="向所选小区的全部业主推送政策更新（按批排队发送）",
    roles=EDITORS,
    body=BroadcastCreate,
    response=BroadcastPublic,
    status=202,
    errors=(404,),
    tag=TAG,
)
async def create_broadcast(request: Request, user: User, body: BroadcastCreate) -> HTTPResponse:
    ids = []
    for raw in body.community_ids:
        try:
            ids.append(str(UUID(raw)))
        except ValueError:
            raise NotFound("未找到所选小区", details={"community_ids": [raw]}) from None
    broadcast = await broadcasts.create(
        sender=user,
        title=body.title,
        markdown=body.markdown,
        community_ids=ids,
        jobs_queue=request.app.ctx.queue,
    )
    return respond(_broadcast(broadcast), status=202)


@bp.get("/admin/broadcasts/<broadcast_id:uuid>")
@endpoint(summary="政策推送的进度", roles=EDITORS, response=BroadcastPublic, errors=(404,), tag=TAG)
async def get_broadcast(request: Request, user: User, broadcast_id: UUID) -> HTTPResponse:
    return respond(_broadcast(await broadcasts.get(broadcast_id, user)))
