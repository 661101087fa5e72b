"""Plain-language guides, the FAQ and risk notices (政策解读通俗化, 风险提示前置化; plan req. 5).

Staff write Markdown; the server renders it (markdown-it-py, CommonMark, raw HTML allowed in
the source) and then sanitises the HTML with nh3 (the Ammonia sanitiser): only the tags and
attributes below survive, links may only be http(s), mailto or tel, and the content of
<script>/<style> is dropped with the tag. The stored `html` is always the sanitised rendering;
nothing else is ever served, so an editor's mistake or a stolen staff account cannot put a
script on an owner's phone. The mini-program shows `html` with <rich-text>.

Risk notices are attached to moments of the process and carry a condition; the wizard and the
progress page show those of the current moment, and the notifications handler sends them when an
application reaches the moment and the condition holds for it.
"""

from __future__ import annotations

from typing import Any

import nh3
from markdown_it import MarkdownIt

from banzheng.accounts.models import User
from banzheng.applications import rules
from banzheng.applications.models import Application, ApplicationMaterial, MaterialState, Status
from banzheng.common import audit
from banzheng.common.errors import NotFound, Unprocessable
from banzheng.notifications.guides_content import SEED
from banzheng.notifications.models import Guide, GuideKind

ALLOWED_TAGS = {
    "p", "br", "strong", "em", "b", "i", "u", "s", "h2", "h3", "h4", "ul", "ol", "li",
    "blockquote", "code", "pre", "hr", "a", "table", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "th": {"align"}, "td": {"align"}}
URL_SCHEMES = {"http", "https", "mailto", "tel"}

_markdown = MarkdownIt("commonmark", {"html": True, "linkify": False}).enable("table")
# markdown-it leaves a `[text](javascript:…)` link as literal text; we let it become a link so
# that nh3, the one place that decides, drops the href and only the words remain.
_markdown.validateLink = lambda url: True


def render(markdown: str) -> str:
    """Markdown → sanitised HTML (the only HTML we store or serve)."""
    return nh3.clean(
        _markdown.render(markdown),
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
        clean_content_tags={"script", "style"},
        strip_comments=True,
    )


def plain_summary(markdown: str, limit: int = 120) -> str:
    """The first paragraph as plain text, for message bodies and list previews."""
    text = nh3.clean(_markdown.render(markdown.strip().split("\n\n")[0]), tags=set())
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ---- moments and conditions of risk notices -----------------------------------------------

MOMENTS = {
    "apply": "填写申请时",
    "accept": "受理后",
    "department_review": "部门审批中",
    "register": "登簿前后",
    "certificate": "领证时",
}
# The workflow action that starts each moment (for the notices sent as messages).
ACTION_MOMENTS = {
    "accept": "accept",
    "begin_review": "department_review",
    "register": "register",
    "issue_certificate": "certificate",
}
STATUS_MOMENTS = {
    Status.draft: "apply",
    Status.supplement_required: "apply",
    Status.submitted: "apply",
    Status.pre_review: "apply",
    Status.accepted: "accept",
    Status.department_review: "department_review",
    Status.registry_review: "register",
    Status.registered: "register",
    Status.certificate_issued: "certificate",
    Status.delivered: "certificate",
}
CONDITIONS = {
    "always": "所有申请",
    "area_over_tolerance": f"面积误差比超过 {rules.AREA_TOLERANCE_PERCENT}% 的申请",
    "has_deferred": "有容缺材料待补交的申请",
    "has_commitment": "以告知承诺书代替材料的申请",
}


async def condition_holds(condition: str, application: Application | None) -> bool:
    if condition == "always":
        return True
    if application is None:
        return False
    if condition == "area_over_tolerance":
        ratio = application.area_error_ratio
        return ratio is not None and rules.needs_settlement(ratio)
    state = {"has_deferred": MaterialState.deferred, "has_commitment": MaterialState.commitment}
    if condition in state:
        return await ApplicationMaterial.exists(
            application_id=application.id, state=state[condition]
        )
    return False


async def notices_for(moment: str, *, application: Application | None = None) -> list[Guide]:
    """Published risk notices attached to `moment`; with an application, only those whose
    condition holds for it (without one, the unconditional ones: the wizard before a draft)."""
    notices = await Guide.filter(kind=GuideKind.risk_notice, published=True).order_by(
        "position", "key"
    )
    return [
        n for n in notices if moment in n.steps and await condition_holds(n.condition, application)
    ]


# ---- reading and editing ------------------------------------------------------------------


async def listing(kind: GuideKind | None = None, *, include_drafts: bool = False) -> list[Guide]:
    query = Guide.all() if include_drafts else Guide.filter(published=True)
    if kind is not None:
        query = query.filter(kind=kind)
    return await query.order_by("kind", "position", "key")


async def get(kind: GuideKind, key: str, *, include_drafts: bool = False) -> Guide:
    guide = await Guide.get_or_none(kind=kind, key=key)
    if guide is None or not (guide.published or include_drafts):
        raise NotFound("未找到该指南")
    return guide


async def save(
    *,
    kind: GuideKind,
    key: str,
    title: str,
    markdown: str,
    editor: User,
    steps: list[str] | None = None,
    condition: str | None = None,
    position: int | None = None,
    published: bool = True,
) -> tuple[Guide, bool]:
    """Create or replace a guide (rendered and sanitised here); audited with the source hash."""
    problems = []
    if kind is GuideKind.risk_notice:
        problems += [f"未知的办理环节「{s}」" for s in steps or [] if s not in MOMENTS]
        if condition is not None and condition not in CONDITIONS:
            problems.append(f"未知的适用条件「{condition}」")
    elif steps or condition:
        problems.append("只有风险提示可以设置办理环节和适用条件")
    if problems:
        raise Unprocessable(
            "；".join(problems), code="GUIDE_INVALID", details={"problems": problems}
        )
    html = render(markdown)
    values: dict[str, Any] = {
        "title": title,
        "markdown": markdown,
        "html": html,
        "summary": plain_summary(markdown),
        "published": published,
        "updated_by": editor,
    }
    if steps is not None:
        values["steps"] = steps
    if condition is not None:
        values["condition"] = condition
    if position is not None:
        values["position"] = position
    guide, created = await Guide.update_or_create(defaults=values, kind=kind, key=key)
    await audit.record(
        "guide.created" if created else "guide.updated",
        object_type="guide",
        object_id=guide.id,
        details={"kind": kind.value, "key": key, "published": published},
    )
    return guide, created


async def remove(*, kind: GuideKind, key: str) -> None:
    guide = await get(kind, key, include_drafts=True)
    await guide.delete()
    await audit.record(
        "guide.removed", object_type="guide", object_id=guide.id, details={"key": key}
    )


async def ensure_guides() -> int:
    """Write the seed guides that do not exist yet; edited rows are never overwritten. Safe
    when two `migrate` commands run at once (a conflicting insert is skipped)."""
    existing = set(await Guide.all().values_list("kind", "key"))
    missing = [
        Guide(
            kind=item["kind"],
            key=item["key"],
            title=item["title"],
            markdown=item["markdown"],
            html=render(item["markdown"]),
            summary=plain_summary(item["markdown"]),
            steps=item.get("steps", []),
            condition=item.get("condition", "always"),
            position=position,
        )
        for position, item in enumerate(SEED)
        if (item["kind"], item["key"]) not in existing
    ]
    await Guide.bulk_create(missing, ignore_conflicts=True)
    return len(missing)
