"""Nightly snapshots of each estate's certificate progress, so supervisors see the trend."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class EstateSnapshot(Model):
    """One estate on one day (Beijing date): its houses and how many hold a certificate."""

    id = fields.BigIntField(primary_key=True)
    day = fields.DateField(db_index=True)
    community = fields.ForeignKeyField(
        "models.Community", related_name="snapshots", on_delete=fields.CASCADE
    )
    # Copied from the estate so a scope's trend is one indexed prefix match.
    scope_path = fields.CharField(max_length=400, db_index=True)
    houses = fields.IntField()
    certified = fields.IntField()

    class Meta:
        table = "stats_estate_snapshot"
        unique_together = (("day", "community"),)
