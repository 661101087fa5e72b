"""Fees and area differences (公开费用计算依据, MISSION req. 5 and 10): what the owner pays and why,
and the owner's confirmation of an area difference beyond the tolerance. The numbers are in rules.py.
"""

from __future__ import annotations

from datetime import UTC, datetime

from banzheng.accounts.models import User
from banzheng.applications import rules
from banzheng.applications.models import (
    Application,
    ApplicationKind,
)
from banzheng.applications.workflow import (
    OPEN,
    record,
)
from banzheng.common.errors import Conflict
from banzheng.communities.models import House


def deed_tax_rates(settings) -> rules.DeedTaxRates:
    return rules.DeedTaxRates(
        area_threshold=settings.DEED_TAX_AREA_THRESHOLD,
        only_home_small=settings.DEED_TAX_ONLY_HOME_SMALL,
        only_home_large=settings.DEED_TAX_ONLY_HOME_LARGE,
        second_home_small=settings.DEED_TAX_SECOND_HOME_SMALL,
        second_home_large=settings.DEED_TAX_SECOND_HOME_LARGE,
        general=settings.DEED_TAX_GENERAL,
    )


async def fees(*, application: Application, settings) -> list[rules.FeeLine]:
    """Deed tax (when the contract price is known and the owner acquires the home), the
    maintenance fund and the registration fee, each with its basis in plain sentences."""
    house = await House.get(id=application.house_id)
    area = house.measured_area or house.contract_area
    lines = [
        rules.maintenance_fund(area=area, per_square_metre=settings.MAINTENANCE_FUND_PER_M2),
        rules.registration_fee(),
    ]
    if (
        application.contract_price is not None
        and application.kind is not ApplicationKind.first_registration
    ):
        lines.insert(
            0,
            rules.deed_tax(
                price=application.contract_price,
                area=area,
                home_count=application.home_count,
                rates=deed_tax_rates(settings),
            ),
        )
    return lines


async def area_settlement(application: Application) -> rules.AreaSettlement | None:
    house = await House.get(id=application.house_id)
    if house.measured_area is None or application.contract_price is None:
        return None
    unit_price = application.contract_price / house.contract_area
    return rules.settle_area_difference(
        contract_area=house.contract_area, measured_area=house.measured_area, unit_price=unit_price
    )


async def confirm_area(*, application: Application, owner: User) -> None:
    """The owner confirms the settlement of an area difference beyond 3 % (requirement 10)."""
    ratio = application.area_error_ratio
    if ratio is None or not rules.needs_settlement(ratio):
        raise Conflict(
            f"该房屋面积误差在 {rules.AREA_TOLERANCE_PERCENT}% 以内，无需确认",
            code="NO_AREA_DIFFERENCE",
        )
    if application.status not in OPEN:
        raise Conflict("该申请已办结", code="APPLICATION_CLOSED")
    if application.area_confirmed_at is None:
        application.area_confirmed_at = datetime.now(UTC)
        await application.save(update_fields=["area_confirmed_at"])
        await record(application, "area_confirmed", actor=owner, details={"ratio": str(ratio)})
