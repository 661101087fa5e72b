"""Application events that people should hear about, turned into messages (after commit).

Registered with the event dispatcher (applications/workflow.py, `HANDLER_MODULES`); each runs
once per event in the worker, in a transaction with its outbox row, and `Message.dedupe_key`
(`event:<id>:<recipient>`) makes a second message for the same event impossible anyway.
Which event becomes which message, and who gets it:

| event | message | to |
|---|---|---|
| accept | 已受理, expected completion date | applicant |
| request_supplement | 需要补正, every problem listed (一次性告知) | applicant |
| step_approved | 「环节」已通过 | applicant |
| register / issue_certificate / deliver | 已登簿 / 可领证 / 已发证 | applicant |
| return / reject | 退件 / 不予登记 with the reasons | applicant |
| deferred_reminder | 容缺材料 X 请于 D 前补交 | applicant |
| signature_requested | 请签署 (recorded by the signatures domain) | applicant |
| sla_warning / sla_overdue | 预警 / 超时 of step X | reviewers of the step's organisation |
| accept / begin_review / register / issue_certificate, when a risk notice is attached to that moment and its condition holds | 风险提示 | applicant |
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from banzheng.accounts.models import User
from banzheng.applications.labels import STEP_LABELS
from banzheng.applications.models import (
    ApplicationEvent,
    ApprovalStep,
    MaterialRequirement,
    StepKind,
    SupplementItem,
)
from banzheng.applications.workflow import on
from banzheng.common.workdays import OFFICE_TZ
from banzheng.communities.models import HouseOwner
from banzheng.notifications import guides
from banzheng.notifications.models import MessageKind
from banzheng.notifications.service import Draft, create_messages
from banzheng.security.roles import Role

K = MessageKind
PROGRESS_PAGE = "pages/progress/index?application_id={id}"


def _day(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.astimezone(OFFICE_TZ).date()
    return f"{value.year}年{value.month}月{value.day}日"


async def _applicants(event: ApplicationEvent) -> list[Any]:
    application = event.application
    if application.applicant_id:
        return [application.applicant_id]
    return list(
        await HouseOwner.filter(house_id=application.house_id).values_list("owner_id", flat=True)
    )


async def _to_applicants(
    event: ApplicationEvent,
    kind: MessageKind,
    title: str,
    body: str,
    *,
    status: str,
    detail: str,
) -> None:
    application = event.application
    await create_messages(
        Draft(
            recipient_id=owner_id,
            kind=kind,
            title=title,
            body=body,
            dedupe_key=f"event:{event.id}:{owner_id}",
            application_id=application.id,
            link=PROGRESS_PAGE.format(id=application.id),
            params={"number": application.number, "status": status, "detail": detail},
        )
        for owner_id in await _applicants(event)
    )


@on("accept")
async def accepted(event: ApplicationEvent) -> None:
    application = event.application
    due = f"，预计 {_day(application.due_at)} 前办结" if application.due_at else ""
    await _to_applicants(
        event,
        K.accepted,
        "您的办证申请已受理",
        f"受理编号 {application.number}{due}。规划、税务等部门将同时审核，请留意后续通知。",
        status="已受理",
        detail=f"预计{_day(application.due_at)}前办结" if application.due_at else "部门审核中",
    )


@on("request_supplement")
async def supplement_required(event: ApplicationEvent) -> None:
    problems = await SupplementItem.filter(event_id=event.id).values_list("problem", flat=True)
    listed = "\n".join(f"{n}. {p}" for n, p in enumerate(problems, start=1))
    await _to_applicants(
        event,
        K.supplement_required,
        f"请补正材料（共 {len(problems)} 项）",
        f"您的申请需要补正以下问题（已一次性列出）：\n{listed}\n请在小程序中按提示修改后重新提交。",
        status="待补正",
        detail=f"共{len(problems)}项需补正，请在小程序中查看",
    )


@on("step_approved")
async def step_done(event: ApplicationEvent) -> None:
    step = event.details.get("step")
    label = STEP_LABELS.get(StepKind(step), "审批环节") if step else "审批环节"
    await _to_applicants(
        event,
        K.step_done,
        f"「{label}」已通过",
        f"您的申请（受理编号 {event.application.number}）的「{label}」已审核通过。",
        status="审核通过",
        detail=f"{label}已通过",
    )


_MILESTONES = {
    "register": (
        K.registered,
        "已登簿",
        "您的不动产登记已记载于不动产登记簿（登簿），正在缮制证书。",
        "正在缮制证书",
    ),
    "issue_certificate": (
        K.certificate_issued,
        "证书已缮制，可以领取",
        "您的不动产权证书已缮制完成，可在小程序中查看领取方式或下载电子证照。",
        "证书可领取",
    ),
    "deliver": (
        K.delivered,
        "已发证",
        "您的不动产权证书已发放，办理完结。感谢您的耐心。",
        "已办结",
    ),
}


@on(*_MILESTONES)
async def milestone(event: ApplicationEvent) -> None:
    kind, title, body, detail = _MILESTONES[event.action]
    await _to_applicants(event, kind, title, body, status=title[:5], detail=detail)


@on("return", "reject")
async def closed_without_certificate(event: ApplicationEvent) -> None:
    reasons = list(await SupplementItem.filter(event_id=event.id).values_list("problem", flat=True))
    if event.note:
        reasons.append(event.note)
    listed = "；".join(reasons) or "详见办理进度"
    returned = event.action == "return"
    await _to_applicants(
        event,
        K.returned if returned else K.rejected,
        "申请已退件" if returned else "申请不予登记",
        f"{'退件' if returned else '不予登记'}原因：{listed}。如有疑问请联系受理窗口。",
        status="已退件" if returned else "不予登记",
        detail=listed,
    )


@on("deferred_reminder")
async def deferral_due(event: ApplicationEvent) -> None:
    code = event.details.get("requirement", "")
    requirement = await MaterialRequirement.get_or_none(
        application_type_id=event.application.kind, code=code
    )
    name = requirement.name if requirement else "容缺材料"
    due = date.fromisoformat(event.details["due"]) if event.details.get("due") else None
    await _to_applicants(
        event,
        K.deferral_due,
        f"请于 {_day(due)} 前补交「{name}」",
        f"您的申请受理时「{name}」容缺（先受理、后补交），请于 {_day(due)} 前在小程序中补交；"
        "逾期未交将影响登簿。",
        status="待补交",
        detail=f"请于{_day(due)}前补交{name}",
    )


@on("signature_requested")
async def signature_requested(event: ApplicationEvent) -> None:
    what = event.details.get("document_label") or event.note or "办证文件"
    await _to_applicants(
        event,
        K.signature_requested,
        f"请签署「{what}」",
        f"您的申请需要您签署「{what}」，请在小程序中完成电子签名。",
        status="待签署",
        detail=f"请签署{what}",
    )


@on("sla_warning", "sla_overdue")
async def staff_warning(event: ApplicationEvent) -> None:
    """预警 to the reviewers of the step's department (inbox and SMS)."""
    step_kind = event.details.get("step")
    step = await ApprovalStep.get_or_none(application_id=event.application.id, kind=step_kind)
    if step is None or step.organisation_id is None:
        return
    label = STEP_LABELS.get(StepKind(step_kind), "审批环节")
    overdue = event.action == "sla_overdue"
    reviewers = await User.filter(
        organisation_id=step.organisation_id, role=Role.department_reviewer, is_active=True
    ).values_list("id", flat=True)
    number = event.application.number
    title = f"{'已超时' if overdue else '即将超时'}：{number}「{label}」"
    body = (
        f"申请 {number} 的「{label}」{'已超过' if overdue else '已用去 80% 的'}办理时限"
        f"（期限 {_day(step.due_at)}），请尽快办理。"
    )
    await create_messages(
        Draft(
            recipient_id=user_id,
            kind=K.sla_overdue if overdue else K.sla_warning,
            title=title,
            body=body,
            dedupe_key=f"event:{event.id}:{user_id}",
            application_id=event.application.id,
            params={"number": number, "step": label, "level": "超时" if overdue else "预警"},
        )
        for user_id in reviewers
    )


@on(*guides.ACTION_MOMENTS)
async def risk_notices(event: ApplicationEvent) -> None:
    """风险提示前置化: the notices attached to the moment this event starts, whose condition
    holds for this application (e.g. an area difference beyond 3 % before registration)."""
    application = event.application
    moment = guides.ACTION_MOMENTS[event.action]
    owners = await _applicants(event)
    for notice in await guides.notices_for(moment, application=application):
        await create_messages(
            Draft(
                recipient_id=owner_id,
                kind=K.risk_notice,
                title=f"风险提示：{notice.title}",
                body=notice.summary or notice.title,
                dedupe_key=f"event:{event.id}:notice:{notice.key}:{owner_id}",
                application_id=application.id,
                link=PROGRESS_PAGE.format(id=application.id),
                params={"number": application.number, "detail": notice.title},
            )
            for owner_id in owners
        )
