"""Money rules an owner can check line by line: area-difference settlement, deed tax, and the
maintenance fund (公开费用计算依据, requirement 5). Pure functions on `Decimal`, no database.

Every amount is in yuan, rounded to the cent half-up, and every result carries its basis in
Chinese text naming the rule and its source, so the mini-program can show how it was computed.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
HUNDRED = Decimal(100)

AREA_RULE_SOURCE = "《商品房销售管理办法》第二十条"
# 面积误差比绝对值在3%以内（含3%）的，据实结算房价款 — 《商品房销售管理办法》第二十条
AREA_TOLERANCE_PERCENT = Decimal(3)
# Beyond the tolerance, missing area is refunded at double the price (same article).
SHORTFALL_PENALTY_MULTIPLIER = Decimal(2)

DEED_TAX_SOURCE = "财政部 税务总局 住房城乡建设部公告2024年第16号"
DEED_TAX_LAW = "《中华人民共和国契税法》第三条"
MAINTENANCE_FUND_SOURCE = "《住宅专项维修资金管理办法》第七条"

# 不动产登记费: 住宅类不动产登记收费标准为每件 80 元 (the fee includes the first certificate;
# each extra certificate costs 10 元 工本费) — 《国家发展改革委 财政部关于不动产登记收费标准等有关问题
# 的通知》(发改价格规〔2016〕2559号) 第一条. Non-housing property (非住宅类) pays 550 元 per 件, which
# this service does not handle: every house in the estates archive is a home.
REGISTRATION_FEE_HOUSING = Decimal(80)
REGISTRATION_FEE_SOURCE = "国家发展改革委 财政部 发改价格规〔2016〕2559号"


def _yuan(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def _num(value: Decimal) -> str:
    """A number as people write it: no exponent, no trailing zeros (1.50 → 1.5, 140 → 140)."""
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _money(value: Decimal) -> str:
    return f"{_yuan(value):,.2f}"


# ---------------------------------------------------------------------------------------------
# 面积差异 — area difference between the contract and the registered (measured) area


def area_error_ratio(contract_area: Decimal, measured_area: Decimal) -> Decimal:
    """面积误差比 = (产权登记面积 − 合同约定面积) ÷ 合同约定面积 × 100%, in percent to 2 decimals.

    Defined by 《商品房销售管理办法》第二十条; positive when the home came out larger.
    """
    if contract_area <= 0:
        raise ValueError("contract area must be positive")
    if measured_area <= 0:
        raise ValueError("measured area must be positive")
    ratio = (measured_area - contract_area) / contract_area * HUNDRED
    return ratio.quantize(CENT, rounding=ROUND_HALF_UP)


def needs_settlement(ratio: Decimal) -> bool:
    """Whether the published ratio (2 decimals) is beyond the 3 % tolerance, so the difference
    must be settled before the certificate is issued (plan requirement 10;
    《商品房销售管理办法》第二十条)."""
    return abs(ratio) > AREA_TOLERANCE_PERCENT


@dataclass(frozen=True)
class AreaSettlement:
    """How the price of an area difference is split between owner and developer.

    `owner_pays`: the owner makes up the price of extra area within the tolerance.
    `developer_bears`: the price of extra area beyond the tolerance, which the owner receives
    without paying. `refund_to_owner`: missing area within the tolerance at the unit price,
    plus missing area beyond it at double the price. At most one of `owner_pays` and
    `refund_to_owner` is non-zero.
    """

    contract_area: Decimal
    measured_area: Decimal
    difference: Decimal  # m², measured − contract
    ratio: Decimal  # percent, 2 decimals
    within_tolerance: bool
    owner_pays: Decimal
    developer_bears: Decimal
    refund_to_owner: Decimal
    lines: tuple[str, ...]


def settle_area_difference(
    *, contract_area: Decimal, measured_area: Decimal, unit_price: Decimal
) -> AreaSettlement:
    """Settle the price of an area difference per 《商品房销售管理办法》第二十条.

    Within ±3 % (inclusive) the difference is settled at the contract unit price. Larger area
    beyond 3 %: the owner pays for the 3 % part, the developer bears the rest (the property
    still goes to the owner). Smaller area beyond 3 %: the developer refunds the 3 % part at the
    unit price and the rest at double the price. (The article also lets the buyer withdraw from
    the purchase beyond 3 %; that is outside this service.)

    The "3 % part" is an area, contract area × 3 %, compared with the difference exactly, not
    through the ratio rounded for display: judging by the rounded ratio would let a home 0.02 ㎡
    larger cost its owner less (a ratio of 3.003 % rounds to 3.00 %, 3.006 % does not). So in
    the rare case where the ratio shows 3.00 % but the difference is a hair beyond 3 %, the hair
    is borne by the developer and the lines say so. Each amount is rounded to the cent on its
    own so the lines add up to the totals.
    """
    if unit_price < 0:
        raise ValueError("unit price must not be negative")
    ratio = area_error_ratio(contract_area, measured_area)
    difference = measured_area - contract_area
    tolerance_area = contract_area * AREA_TOLERANCE_PERCENT / HUNDRED
    within = abs(difference) <= tolerance_area
    price = _money(unit_price)
    lines = [
        f"合同约定面积 {contract_area:f} ㎡，产权登记面积 {measured_area:f} ㎡，"
        f"面积误差比 {ratio}%（{AREA_RULE_SOURCE}）",
    ]
    owner_pays = developer_bears = refund = Decimal("0.00")
    if difference == 0:
        lines.append("面积无差异，无需结算")
    elif difference > 0:
        tolerated = difference if within else tolerance_area
        owner_pays = _yuan(tolerated * unit_price)
        lines.append(
            f"误差比 3% 以内（含 3%）部分 {tolerated:f} ㎡ × {price} 元/㎡ = "
            f"{_money(owner_pays)} 元，由业主补足"
        )
        if not within:
            beyond = difference - tolerance_area
            developer_bears = _yuan(beyond * unit_price)
            lines.append(
                f"超出 3% 部分 {beyond:f} ㎡ × {price} 元/㎡ = {_money(developer_bears)} 元，"
                "由开发企业承担，产权归业主"
            )
    else:
        missing = -difference
        tolerated = missing if within else tolerance_area
        refund = _yuan(tolerated * unit_price)
        lines.append(
            f"误差比 3% 以内（含 3%）部分 {tolerated:f} ㎡ × {price} 元/㎡ = "
            f"{_money(refund)} 元，由开发企业返还业主"
        )
        if not within:
            beyond = missing - tolerance_area
            double = _yuan(beyond * unit_price * SHORTFALL_PENALTY_MULTIPLIER)
            refund += double
            lines.append(
                f"超出 3% 部分 {beyond:f} ㎡ × {price} 元/㎡ × 2 = {_money(double)} 元，"
                "由开发企业双倍返还业主"
            )
            lines.append(f"合计返还业主 {_money(refund)} 元")
    return AreaSettlement(
        contract_area=contract_area,
        measured_area=measured_area,
        difference=difference,
        ratio=ratio,
        within_tolerance=within,
        owner_pays=owner_pays,
        developer_bears=developer_bears,
        refund_to_owner=refund,
        lines=tuple(lines),
    )


# ---------------------------------------------------------------------------------------------
# 税费 — fees with their published basis


@dataclass(frozen=True)
class FeeLine:
    """One fee: `amount` = `quantity` × `rate` (÷ 100 when `rate_unit` is "%"), in yuan."""

    code: str
    name: str
    amount: Decimal
    basis: str
    quantity: Decimal
    quantity_unit: str
    rate: Decimal
    rate_unit: str


@dataclass(frozen=True)
class DeedTaxRates:
    """Deed-tax rates in percent of the taxable price.

    Defaults: 财政部 税务总局 住房城乡建设部公告2024年第16号 (from 2024-12-01) — a household's only
    home 1 % up to 140 ㎡ and 1.5 % above; a second home 1 % up to 140 ㎡ and 2 % above. The
    announcement let 北京、上海、广州、深圳 keep their own second-home rules at first, hence a
    value object rather than constants. A third or later home pays the general rate, which
    《中华人民共和国契税法》第三条 lets each province fix between 3 % and 5 %; 3 % by default.
    """

    area_threshold: Decimal = Decimal(140)  # ㎡; "140平方米及以下" takes the lower rate
    only_home_small: Decimal = Decimal(1)
    only_home_large: Decimal = Decimal("1.5")
    second_home_small: Decimal = Decimal(1)
    second_home_large: Decimal = Decimal(2)
    general: Decimal = Decimal(3)
    source: str = DEED_TAX_SOURCE
    general_source: str = DEED_TAX_LAW


def deed_tax(*, price: Decimal, area: Decimal, home_count: int, rates: DeedTaxRates) -> FeeLine:
    """契税 on a home purchase: taxable price × rate, the rate set by how many homes the household
    will own (this one included) and the area (财政部 税务总局 住房城乡建设部公告2024年第16号).

    `home_count` 1 is the household's only home, 2 its second; 3 or more pay the general rate
    of 《中华人民共和国契税法》.
    """
    if home_count < 1:
        raise ValueError("home_count counts this home, so it is at least 1")
    if price < 0:
        raise ValueError("price must not be negative")
    if area <= 0:
        raise ValueError("area must be positive")
    if home_count >= 3:
        rate = rates.general
        rule = (
            f"这是您家庭的第 {home_count} 套及以上住房，按一般税率 {_num(rate)}% 缴纳契税"
            f"（依据{rates.general_source}，税率由省级确定）。"
        )
    else:
        large = area > rates.area_threshold
        household = "这是您家庭唯一的住房" if home_count == 1 else "这是您家庭的第二套住房"
        if home_count == 1:
            rate = rates.only_home_large if large else rates.only_home_small
        else:
            rate = rates.second_home_large if large else rates.second_home_small
        compared = "超过" if large else "不超过"
        rule = (
            f"{household}，面积 {area:f} ㎡，{compared} {_num(rates.area_threshold)} ㎡，"
            f"契税税率为 {_num(rate)}%（依据{rates.source}）。"
        )
    amount = _yuan(price * rate / HUNDRED)
    return FeeLine(
        code="deed_tax",
        name="契税",
        amount=amount,
        basis=f"{rule}应缴契税：计税价格 {_money(price)} 元 × {_num(rate)}% = {_money(amount)} 元",
        quantity=price,
        quantity_unit="元",
        rate=rate,
        rate_unit="%",
    )


def maintenance_fund(*, area: Decimal, per_square_metre: Decimal) -> FeeLine:
    """首期住宅专项维修资金: building area × the local amount per ㎡.

    《住宅专项维修资金管理办法》第七条 sets the amount per ㎡ locally, at 5 %–8 % of the local
    construction cost per ㎡, so it is passed in by the caller (a setting per city).
    """
    if area <= 0:
        raise ValueError("area must be positive")
    if per_square_metre < 0:
        raise ValueError("amount per square metre must not be negative")
    amount = _yuan(area * per_square_metre)
    return FeeLine(
        code="maintenance_fund",
        name="住宅专项维修资金",
        amount=amount,
        basis=(
            f"首期维修资金按建筑面积交存：{area:f} ㎡ × 每平方米 {_money(per_square_metre)} 元 = "
            f"{_money(amount)} 元（依据{MAINTENANCE_FUND_SOURCE}，按当地标准交存）。"
        ),
        quantity=area,
        quantity_unit="㎡",
        rate=per_square_metre,
        rate_unit="元/㎡",
    )


def registration_fee() -> FeeLine:
    """不动产登记费 for one registration of a home (住宅类, 每件 80 元 including the first
    certificate), per 发改价格规〔2016〕2559号. Extra certificates' 工本费 (10 元 each) are charged
    at the window when an owner asks for them, so they are not part of this estimate."""
    amount = _yuan(REGISTRATION_FEE_HOUSING)
    return FeeLine(
        code="registration_fee",
        name="不动产登记费",
        amount=amount,
        basis=(
            f"住宅类不动产登记每件收费 {_money(amount)} 元，已含第一本不动产权证书的工本费"
            f"（依据{REGISTRATION_FEE_SOURCE}）。"
        ),
        quantity=Decimal(1),
        quantity_unit="件",
        rate=REGISTRATION_FEE_HOUSING,
        rate_unit="元/件",
    )
