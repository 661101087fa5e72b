"""Policy updates (政策更新) for every owner of chosen estates.

The request only records the broadcast and queues one planning job; the planner lists the
owners (ids only) and queues one job per batch; each batch job writes that batch's messages and
deliveries in one transaction. No request fans out to thousands of rows, a batch that runs twice
writes nothing twice (`Message.dedupe_key` = broadcast + owner), and the batch counter tells
supervisors how far it got.
"""

from __future__ import annotations

from typing import Any

from tortoise.expressions import F
from tortoise.transactions import in_transaction

from banzheng import db, queue
from banzheng.accounts.models import User
from banzheng.common import audit
from banzheng.common.errors import NotFound, Unprocessable
from banzheng.communities.models import Community, HouseOwner
from banzheng.notifications import guides, service
from banzheng.notifications.models import Broadcast, BroadcastStatus, MessageKind
from banzheng.security.permissions import can_see

BATCH_SIZE = 200  # owners per job: one short transaction each
PLAN_JOB = "plan_broadcast"
BATCH_JOB = "send_broadcast_batch"


async def create(
    *, sender: User, title: str, markdown: str, community_ids: list[Any], jobs_queue
) -> Broadcast:
    communities = await Community.filter(id__in=community_ids)
    found = {str(c.id): c for c in communities}
    hidden = [str(i) for i in community_ids if str(i) not in found or not can_see(
        sender, scope_path=found[str(i)].scope_path
    )]  # fmt: skip
    if hidden:
        raise NotFound("未找到所选小区", details={"community_ids": hidden})
    async with in_transaction():
        broadcast = await Broadcast.create(
            title=title,
            markdown=markdown,
            html=guides.render(markdown),
            community_ids=sorted(found),
            created_by=sender,
        )
        await audit.record(
            "broadcast.created",
            object_type="broadcast",
            object_id=broadcast.id,
            details={"communities": len(found), "title": title},
        )

        async def plan() -> None:
            await queue.enqueue(
                jobs_queue,
                PLAN_JOB,
                key=f"broadcast:{broadcast.id}",
                broadcast_id=str(broadcast.id),
            )

        await db.after_commit(plan)
    return broadcast


async def get(broadcast_id: Any, viewer: User) -> Broadcast:
    broadcast = await Broadcast.get_or_none(id=broadcast_id)
    if broadcast is None:
        raise NotFound("未找到该推送")
    communities = await Community.filter(id__in=broadcast.community_ids)
    if not all(can_see(viewer, scope_path=c.scope_path) for c in communities):
        raise NotFound("未找到该推送")
    return broadcast


async def owner_ids(broadcast: Broadcast) -> list[str]:
    ids = await HouseOwner.filter(
        house__building__community_id__in=broadcast.community_ids
    ).values_list("owner_id", flat=True)
    return sorted({str(i) for i in ids})


async def plan(*, broadcast_id: str, jobs_queue) -> int:
    """Split the recipients into batches and queue one job per batch; returns the batches."""
    broadcast = await Broadcast.get(id=broadcast_id)
    recipients = await owner_ids(broadcast)
    batches = [recipients[i : i + BATCH_SIZE] for i in range(0, len(recipients), BATCH_SIZE)]
    await Broadcast.filter(id=broadcast.id).update(
        recipients=len(recipients),
        batches=len(batches),
        status=BroadcastStatus.sending if batches else BroadcastStatus.done,
    )
    for number, user_ids in enumerate(batches):
        await queue.enqueue(
            jobs_queue,
            BATCH_JOB,
            key=f"broadcast:{broadcast.id}:{number}",
            broadcast_id=str(broadcast.id),
            batch=number,
            user_ids=user_ids,
        )
    return len(batches)


async def send_batch(*, broadcast_id: str, batch: int, user_ids: list[str]) -> int:
    """One batch's messages, in one transaction with the batch counter."""
    broadcast = await Broadcast.get(id=broadcast_id)
    if not broadcast.markdown:
        raise Unprocessable("推送内容为空")
    async with in_transaction():
        created = await service.create_messages(
            service.Draft(
                recipient_id=user_id,
                kind=MessageKind.policy_update,
                title=broadcast.title,
                body=guides.plain_summary(broadcast.markdown, limit=2000),
                dedupe_key=f"broadcast:{broadcast.id}:{user_id}",
                link=f"pages/messages/index?broadcast_id={broadcast.id}",
                params={"title": broadcast.title[:35]},
            )
            for user_id in user_ids
        )
        if created:  # a re-run of a finished batch creates nothing and counts nothing
            await Broadcast.filter(id=broadcast.id).update(batches_done=F("batches_done") + 1)
        await Broadcast.filter(id=broadcast.id, batches_done__gte=F("batches")).update(
            status=BroadcastStatus.done
        )
    return len(created)
