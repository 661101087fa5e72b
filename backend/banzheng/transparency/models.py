"""Tables of the Merkle logs. Only perfect-subtree hashes are stored, packed in tiles (`store`).

Writers only ever INSERT a `QueuedLeaf` (the public log) or their own row (the audit log's
events): nothing they do touches a row another writer needs. The sequencer alone updates
`LogState`, `LogTile` and `LeafBucket`, in batches.
"""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class LogState(Model):
    """One row per log: its size, root and latest signed checkpoint (also published off the
    database). The sequencer's `UPDATE` of this row is what serialises two sequencers."""

    log = fields.CharField(max_length=16, primary_key=True)
    size = fields.BigIntField(default=0)
    root = fields.CharField(max_length=64)  # hex
    checkpoint = fields.TextField()  # the signed note of this size
    updated_at = fields.DatetimeField()

    class Meta:
        table = "tlog_state"


class LogTile(Model):
    """256 hashes (8 KiB) of one tree level: `id` is `<log>/<tile level>/<tile index>`."""

    id = fields.CharField(max_length=48, primary_key=True)
    hashes = fields.BinaryField()

    class Meta:
        table = "tlog_tile"


class QueuedLeaf(Model):
    """A leaf of the public log written by a request or job, waiting for the sequencer."""

    id = fields.BigIntField(primary_key=True)
    kind = fields.CharField(max_length=32)
    leaf_hash = fields.CharField(max_length=64)  # hex
    queued_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "tlog_queue"


class LeafBucket(Model):
    """Leaf hash → position in the public log, packed: `bucket` is the hash's first 2 bytes
    (65,536 rows), `entries` its leaves' 8-byte entries, tag (the hash's next 4 bytes) ‖
    position (4 bytes, big-endian), in integration order (`store.LeafLookup`). A candidate is
    confirmed against the leaf hash in its tile. 8 bytes per leaf plus a row per bucket
    (~16.5 bytes per leaf in all at 1,000,000 leaves) instead of a ~71-byte row per leaf;
    positions stop at 2^32 (`store.LeafIndexFull`)."""

    bucket = fields.IntField(primary_key=True, generated=False)
    entries = fields.BinaryField()

    class Meta:
        table = "tlog_leaf_bucket"
