"""Background jobs of the e-signature domain (registered in banzheng/worker.py).

At-least-once delivery: sealing re-checks the request is still waiting for the seal; reminders
mark each signer reminded in the same update that selects them.
"""

from __future__ import annotations

import logging

from banzheng.queue import beating
from banzheng.signatures import flows, service

log = logging.getLogger(__name__)


def seal_key(request_id: object) -> str:
    return f"seal:{request_id}"


@beating
async def seal_signing_request(ctx: dict, *, request_id: str) -> str:
    """Every owner signed: the registry seal signs last (and the timeline says so)."""
    sealed = await service.seal(
        request_id=request_id,
        store=ctx["storage"],
        keyring=ctx["keyring"],
        cipher=ctx["cipher"],
        timestamper=ctx["timestamper"],
    )
    if sealed is None:
        return "skipped"
    await flows.note_on_timeline(
        sealed, "signature_sealed", f"《{sealed.title}》已签署完成并加盖电子印章"
    )
    return "sealed"


@beating
async def signature_housekeeping(ctx: dict) -> dict[str, int]:
    """Hourly: requests past their deadline expire; signers still pending are reminded (a
    timeline event until the notifications domain can message them)."""
    settings = ctx["settings"]
    expired = await service.expire_due()
    for request in expired:
        await flows.note_on_timeline(
            request,
            "signature_expired",
            f"《{request.title}》超过签署期限未签完，已失效，请重新发起",
        )
    reminded = await service.due_reminders(every_hours=settings.SIGNATURE_REMINDER_HOURS)
    for party in reminded:
        await flows.remind(party)
    if expired or reminded:
        log.info(
            "signature housekeeping", extra={"expired": len(expired), "reminded": len(reminded)}
        )
    return {"expired": len(expired), "reminded": len(reminded)}
