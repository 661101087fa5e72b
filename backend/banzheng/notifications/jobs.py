"""Background jobs of the notifications domain (registered in banzheng/worker.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from banzheng.common.ratelimit import RateLimiter
from banzheng.notifications import broadcasts, delivery, service
from banzheng.notifications.models import Delivery, DeliveryStatus
from banzheng.notifications.sms import make_gateway
from banzheng.queue import beating
from banzheng.security.fieldcrypt import FieldCipher
from banzheng.wechat import make_wechat

# A pending delivery whose job never came (a crash between COMMIT and enqueue) is re-queued by
# the sweep after this long.
SWEEP_AFTER = timedelta(minutes=1)
SWEEP_BATCH = 500


def senders(settings, redis) -> delivery.Senders:
    """Built once per worker (worker.job_context)."""
    return delivery.Senders(
        redis=redis,
        wechat=make_wechat(settings),
        sms=make_gateway(settings),
        limiter=RateLimiter(redis),
        cipher=FieldCipher(settings.FIELD_KEYS, settings.LOOKUP_HMAC_KEY.encode()),
    )


@beating
async def deliver_message(ctx: dict, *, delivery_id: str) -> str:
    job = ctx.get("job")
    final = job is None or job.attempts >= job.retries
    return await delivery.deliver(delivery_id, ctx["notify_senders"], final=final)


@beating
async def sweep_deliveries(ctx: dict) -> int:
    """Every minute: deliveries due whose job was lost, and claims whose run died."""
    now = datetime.now(UTC)
    before = now - SWEEP_AFTER
    due = (
        await Delivery.filter(status=DeliveryStatus.pending, created_at__lt=before)
        .filter(not_before__isnull=True)
        .limit(SWEEP_BATCH)
        + await Delivery.filter(status=DeliveryStatus.pending, not_before__lt=now).limit(
            SWEEP_BATCH
        )
        + await Delivery.filter(
            status=DeliveryStatus.sending,
            claimed_at__lt=now - delivery.LEASE,
        ).limit(SWEEP_BATCH)
    )
    for row in due:
        await service.enqueue_delivery(str(row.id))
    return len(due)


@beating
async def plan_broadcast(ctx: dict, *, broadcast_id: str) -> int:
    return await broadcasts.plan(broadcast_id=broadcast_id, jobs_queue=ctx["queue"])


@beating
async def send_broadcast_batch(ctx: dict, *, broadcast_id: str, batch: int, user_ids: list[str]):
    return await broadcasts.send_batch(broadcast_id=broadcast_id, batch=batch, user_ids=user_ids)
