"""Clerk decisions that also grade the automatic pre-review (applications × materials)."""

from __future__ import annotations

from collections.abc import Iterable

from banzheng.accounts.models import User
from banzheng.applications import lifecycle
from banzheng.applications.models import Application
from banzheng.materials import prereview


async def accept(
    *,
    application: Application,
    clerk: User,
    limit_workdays: int,
    deferred: Iterable[lifecycle.Deferral] = (),
) -> None:
    await lifecycle.accept(
        application=application, clerk=clerk, limit_workdays=limit_workdays, deferred=deferred
    )
    await prereview.record_clerk_decision(application_id=application.id)


async def request_supplement(
    *, application: Application, actor: User, items: list[tuple[str | None, str]]
) -> None:
    await lifecycle.request_supplement(application=application, actor=actor, items=items)
    await prereview.record_clerk_decision(
        application_id=application.id, refused_codes=[code for code, _ in items if code]
    )
