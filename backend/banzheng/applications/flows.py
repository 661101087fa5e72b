"""Staff decisions as the API and the console both take them: one action on a locked application
in the caller's scope; clerk decisions that also grade the automatic pre-review (applications ×
materials); department decisions that first inspect the signed documents (applications ×
signatures)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from typing import Any

from tortoise.transactions import in_transaction

from banzheng.accounts.models import User
from banzheng.applications import lifecycle, steps
from banzheng.applications.models import Application
from banzheng.materials import prereview
from banzheng.signatures import flows as signing


async def act(
    user: User, application_id: object, action: Callable[..., Awaitable[Any]], **kwargs: Any
) -> Application:
    """Load the application locked, in `user`'s scope (404 otherwise), run one service action."""
    async with in_transaction():
        application = await lifecycle.visible_application(user, application_id, lock=True)
        await action(application=application, **kwargs)
    return application


async def decide_step(
    *,
    reviewer: User,
    application_id: object,
    step_id: object,
    approve: bool,
    opinion: str,
    store,
    keyring,
) -> Application:
    """A department's decision on its step. Approving inspects first, outside the transaction:
    registration (the registry's step) checks the signed PDFs themselves."""
    signed: frozenset = frozenset()
    if approve:
        await lifecycle.visible_application(reviewer, application_id)
        signed = await signing.verified_documents(
            application_id=application_id, store=store, keyring=keyring
        )
    return await act(
        reviewer,
        application_id,
        steps.decide_step,
        step_id=step_id,
        reviewer=reviewer,
        approve=approve,
        opinion=opinion,
        signed_documents=signed,
    )


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
