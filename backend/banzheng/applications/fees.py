"""Fees and area differences (公开费用计算依据, MISSION req. 5 and 10): what the owner pays and why,
and the owner's confirmation of an area difference beyond the tolerance. The numbers are in rules.py.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

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
    return fee_lines(
        house=house,
        kind=application.kind,
        contract_price=application.contract_price,
        home_count=application.home_count,
        settings=settings,
    )


def fee_lines(
    *,
    house: House,
    kind: ApplicationKind,
    contract_price: Decimal | None,
    home_count: int,
    settings,
) -> list[rules.FeeLine]:
    """The fee lines for a house and kind: of an application, or previewed before a draft
    exists (the guide shows them to an owner deciding whether to apply)."""
    area = house.measured_area or house.contract_area
    lines = [
        rules.maintenance_fund(area=area, per_square_metre=settings.MAINTENANCE_FUND_PER_M2),
        rules.registration_fee(),
    ]
    if contract_price is not None and kind is not ApplicationKind.first_registration:
        lines.insert(
            0,
            rules.deed_tax(
                price=contract_price,
                area=area,
                home_count=home_count,
                rates=deed_tax_rates(settings),
            ),
        )
    return lines


async def area_settlement(application: Application) -> rules.AreaSettlement | None:
    house = await House.get(id=application.house_id)
    return house_settlement(house, application.contract_price)


def house_settlement(house: House, contract_price: Decimal | None) -> rules.AreaSettlement | None:
    if house.measured_area is None or contract_price is None:
        return None
    unit_price = contract_price / house.contract_area
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
