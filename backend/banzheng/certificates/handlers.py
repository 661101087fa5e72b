"""缮证 issues the electronic certificate (registered in applications/workflow.py HANDLER_MODULES).

- In the transition's own transaction: refuse 缮证 when the archive lacks what the certificate
  must state (the unit number, a right holder) — the clerk gets 409 and nothing changes.
- After COMMIT, in the worker: number the certificate and queue its PDF (service.py).
"""

from __future__ import annotations

from banzheng.applications.models import ApplicationEvent
from banzheng.applications.workflow import Action, Phase, on
from banzheng.certificates import service
from banzheng.certificates.models import Certificate
from banzheng.common.errors import Conflict


@on(Action.issue_certificate, phase=Phase.transaction)
async def archive_is_complete(event: ApplicationEvent) -> None:
    if missing := await service.missing_for_issue(event.application):
        raise Conflict(missing, code="ARCHIVE_INCOMPLETE")


@on(Action.issue_certificate)
async def issue_certificate(event: ApplicationEvent) -> None:
    application = event.application
    if await Certificate.exists(application_id=application.id, supersedes_id=None):
        return  # the application's first certificate exists already (issued once per case)
    await service.open_certificate(application=application, issued_by_id=event.actor_id)
