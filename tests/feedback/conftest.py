"""A window, a staff member and an estate's station with QR codes, on top of the workflow world."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from banzheng.accounts.models import User
from banzheng.feedback import service
from banzheng.feedback.models import FeedbackTarget, TargetKind
from tests.applications.conftest import act, world  # noqa: F401 - fixtures


@dataclass
class Targets:
    window: FeedbackTarget
    staff: FeedbackTarget
    station: FeedbackTarget


@pytest.fixture
async def targets(world) -> Targets:  # noqa: F811
    clerk = await User.get(username="clerk").select_related("organisation")
    return Targets(
        window=await service.create_target(
            creator=clerk, kind=TargetKind.window, name="和平街道 3 号窗口",
            organisation_id=world.orgs.heping.id,
        ),
        staff=await service.create_target(
            creator=clerk, kind=TargetKind.staff, name="窗口人员 张晓", staff_id=clerk.id
        ),
        station=await service.create_target(
            creator=clerk, kind=TargetKind.station, name="幸福里小区服务站",
            community_id=world.estate.id,
        ),
    )  # fmt: skip
