"""Area-difference settlement (《商品房销售管理办法》第二十条), deed tax (财政部 税务总局
住房城乡建设部公告2024年第16号) and the maintenance fund, checked to the cent."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from banzheng.applications.rules import (
    AREA_TOLERANCE_PERCENT,
    REGISTRATION_FEE_HOUSING,
    DeedTaxRates,
    area_error_ratio,
    deed_tax,
    maintenance_fund,
    needs_settlement,
    registration_fee,
    settle_area_difference,
)

D = Decimal
ZERO = D("0.00")
CENT = D("0.01")


def settle(measured: str, contract: str = "100.00", price: str = "20000.00"):
    return settle_area_difference(
        contract_area=D(contract), measured_area=D(measured), unit_price=D(price)
    )


# --- 面积误差比 ---------------------------------------------------------------------------------


def test_tolerance_is_three_percent():
    assert D(3) == AREA_TOLERANCE_PERCENT


@pytest.mark.parametrize(
    ("contract", "measured", "ratio"),
    [
        ("100.00", "103.00", "3.00"),
        ("100.00", "103.01", "3.01"),
        ("100.00", "97.00", "-3.00"),
        ("100.00", "95.00", "-5.00"),
        ("121.36", "126.00", "3.82"),  # 3.8233…
        ("121.36", "115.00", "-5.24"),  # −5.2406…
        ("200.00", "200.01", "0.01"),  # 0.005 rounds half up
        ("90.00", "90.00", "0.00"),
    ],
)
def test_area_error_ratio(contract, measured, ratio):
    assert area_error_ratio(D(contract), D(measured)) == D(ratio)


def test_needs_settlement_only_beyond_three_percent():
    assert not needs_settlement(D("3.00"))
    assert not needs_settlement(D("-3.00"))
    assert needs_settlement(D("3.01"))
    assert needs_settlement(D("-3.01"))


def test_area_error_ratio_refuses_a_zero_contract_area():
    with pytest.raises(ValueError, match="contract area"):
        area_error_ratio(D(0), D("90"))


# --- settlement: every yuan -------------------------------------------------------------------


def test_exactly_three_percent_more_is_paid_by_the_owner_at_the_unit_price():
    s = settle("103.00")
    assert (s.ratio, s.within_tolerance) == (D("3.00"), True)
    assert s.owner_pays == D("60000.00")
    assert (s.developer_bears, s.refund_to_owner) == (ZERO, ZERO)
    assert "由业主补足" in s.lines[1] and "60,000.00 元" in s.lines[1]


def test_beyond_three_percent_more_the_developer_bears_the_excess():
    s = settle("103.01")
    assert (s.ratio, s.within_tolerance) == (D("3.01"), False)
    assert s.owner_pays == D("60000.00")  # 3.00 ㎡ × 20,000
    assert s.developer_bears == D("200.00")  # 0.01 ㎡ × 20,000
    assert s.refund_to_owner == ZERO
    assert "由开发企业承担" in s.lines[2] and "200.00 元" in s.lines[2]


def test_exactly_three_percent_less_is_refunded_at_the_unit_price():
    s = settle("97.00")
    assert (s.ratio, s.within_tolerance) == (D("-3.00"), True)
    assert s.refund_to_owner == D("60000.00")
    assert (s.owner_pays, s.developer_bears) == (ZERO, ZERO)


def test_five_percent_less_refunds_the_part_beyond_three_percent_double():
    s = settle("95.00")
    assert (s.ratio, s.within_tolerance) == (D("-5.00"), False)
    # 3 ㎡ × 20,000 = 60,000 at the unit price, 2 ㎡ × 20,000 × 2 = 80,000 double
    assert s.refund_to_owner == D("140000.00")
    assert (s.owner_pays, s.developer_bears) == (ZERO, ZERO)
    assert "60,000.00 元" in s.lines[1]
    assert "双倍返还" in s.lines[2] and "80,000.00 元" in s.lines[2]
    assert s.lines[3] == "合计返还业主 140,000.00 元"


def test_realistic_excess_rounds_each_part_to_the_cent():
    s = settle("126.00", contract="121.36", price="15888.88")
    # tolerance area 121.36 × 3 % = 3.6408 ㎡; 3.6408 × 15,888.88 = 57,848.234304
    assert s.owner_pays == D("57848.23")
    # beyond: 4.64 − 3.6408 = 0.9992 ㎡; × 15,888.88 = 15,876.169… → 15,876.17
    assert s.developer_bears == D("15876.17")
    assert s.difference == D("4.64")


def test_realistic_shortfall_rounds_each_part_to_the_cent():
    s = settle("115.00", contract="121.36", price="15888.88")
    # 57,848.23 at the unit price + 2.7192 ㎡ × 15,888.88 × 2 = 86,410.084… → 86,410.08
    assert s.refund_to_owner == D("144258.31")
    assert s.lines[-1] == "合计返还业主 144,258.31 元"


def test_a_hair_beyond_three_percent_is_borne_by_the_developer_even_if_shown_as_3_00():
    # 333.33 × 3 % = 9.9999 ㎡; the difference is 10.00 ㎡, a ratio of 3.00003 % shown as 3.00 %.
    s = settle("343.33", contract="333.33")
    assert s.ratio == D("3.00") and not needs_settlement(s.ratio)
    assert not s.within_tolerance
    assert s.owner_pays == D("199998.00")  # 9.9999 ㎡ × 20,000
    assert s.developer_bears == D("2.00")  # 0.0001 ㎡ × 20,000
    assert "超出 3% 部分 0.0001 ㎡" in s.lines[2]


def test_no_difference_settles_nothing():
    s = settle("100.00")
    assert (s.owner_pays, s.developer_bears, s.refund_to_owner) == (ZERO, ZERO, ZERO)
    assert s.within_tolerance
    assert "无需结算" in s.lines[-1]


def test_every_settlement_names_its_source():
    assert "《商品房销售管理办法》第二十条" in settle("95.00").lines[0]


areas = st.decimals(min_value=D("20.00"), max_value=D("400.00"), places=2)
prices = st.decimals(min_value=D("1000.00"), max_value=D("150000.00"), places=2)
offsets = st.decimals(min_value=D("-0.20"), max_value=D("0.20"), places=4)


def _measured(contract: Decimal, offset: Decimal) -> Decimal:
    return (contract * (1 + offset)).quantize(CENT)


@given(contract=areas, offset=offsets, price=prices)
def test_settlement_is_bounded_by_the_area_difference(contract, offset, price):
    measured = _measured(contract, offset)
    s = settle_area_difference(contract_area=contract, measured_area=measured, unit_price=price)
    value = abs(measured - contract) * price
    assert min(s.owner_pays, s.developer_bears, s.refund_to_owner) >= 0
    assert s.owner_pays == ZERO or s.refund_to_owner == ZERO
    assert s.owner_pays - s.refund_to_owner <= value + CENT
    assert s.refund_to_owner <= 2 * value + CENT
    if measured > contract:  # owner's part plus developer's part is the extra area's price
        assert abs(s.owner_pays + s.developer_bears - value) <= CENT
    if measured < contract:  # never refunded less than the missing area's price
        assert s.refund_to_owner >= value - CENT
    if s.within_tolerance:
        assert not needs_settlement(s.ratio)
    if needs_settlement(s.ratio):
        assert not s.within_tolerance


@given(contract=areas, offset=offsets, price=prices)
@example(contract=D("20.00"), offset=D("0.0028"), price=D("2501.75"))  # 150.105 rounds half up
def test_within_tolerance_the_settlement_is_linear(contract, offset, price):
    measured = _measured(contract, offset)
    s = settle_area_difference(contract_area=contract, measured_area=measured, unit_price=price)
    if s.within_tolerance:
        expected = ((measured - contract) * price).quantize(CENT, rounding=ROUND_HALF_UP)
        assert s.owner_pays - s.refund_to_owner == expected
        assert s.developer_bears == ZERO


@given(contract=areas, offset=offsets, step=st.integers(1, 500), price=prices)
@example(contract=D("333.33"), offset=D("0.03"), step=2, price=D("20000.00"))
def test_more_area_never_means_the_owner_is_better_off(contract, offset, step, price):
    # The example: 343.33 ㎡ is +3.0000 %, 343.35 ㎡ is +3.0060 % (shown 3.01 %).
    smaller = _measured(contract, offset)
    larger = smaller + step * CENT
    a = settle_area_difference(contract_area=contract, measured_area=smaller, unit_price=price)
    b = settle_area_difference(contract_area=contract, measured_area=larger, unit_price=price)
    assert b.owner_pays - b.refund_to_owner >= a.owner_pays - a.refund_to_owner


# --- 契税 -------------------------------------------------------------------------------------

RATES = DeedTaxRates()
PRICE = D("2000000.00")


@pytest.mark.parametrize(
    ("area", "home_count", "rate", "amount", "said"),
    [
        (
            "140.00",
            1,
            "1",
            "20000.00",
            "这是您家庭唯一的住房，面积 140.00 ㎡，不超过 140 ㎡，契税税率为 1%",
        ),
        (
            "140.01",
            1,
            "1.5",
            "30000.00",
            "这是您家庭唯一的住房，面积 140.01 ㎡，超过 140 ㎡，契税税率为 1.5%",
        ),
        (
            "140.00",
            2,
            "1",
            "20000.00",
            "这是您家庭的第二套住房，面积 140.00 ㎡，不超过 140 ㎡，契税税率为 1%",
        ),
        (
            "140.01",
            2,
            "2",
            "40000.00",
            "这是您家庭的第二套住房，面积 140.01 ㎡，超过 140 ㎡，契税税率为 2%",
        ),
    ],
)
def test_deed_tax_at_the_140_square_metre_line(area, home_count, rate, amount, said):
    line = deed_tax(price=PRICE, area=D(area), home_count=home_count, rates=RATES)
    assert (line.code, line.name) == ("deed_tax", "契税")
    assert line.rate == D(rate) and line.rate_unit == "%"
    assert line.amount == D(amount)
    assert line.basis.startswith(said)
    assert "财政部 税务总局 住房城乡建设部公告2024年第16号" in line.basis
    assert line.basis.endswith(f"= {D(amount):,.2f} 元")
    # plain sentences for owners (政策解读通俗化), not a formula with "?" and arrows
    assert not any(mark in line.basis for mark in ("？", "→", ">"))


def test_third_home_pays_the_general_rate_of_the_deed_tax_law():
    line = deed_tax(price=PRICE, area=D("90.00"), home_count=3, rates=RATES)
    assert line.rate == D(3)
    assert line.amount == D("60000.00")
    assert "《中华人民共和国契税法》" in line.basis


def test_deed_tax_rounds_half_up_to_the_cent():
    line = deed_tax(price=D("1234567.89"), area=D("150.00"), home_count=1, rates=RATES)
    assert line.amount == D("18518.52")  # 18,518.51835


def test_deed_tax_rates_can_be_replaced_for_a_city_with_its_own_rules():
    local = DeedTaxRates(second_home_small=D(3), second_home_large=D(3), source="本市规定")
    line = deed_tax(price=PRICE, area=D("100.00"), home_count=2, rates=local)
    assert line.amount == D("60000.00")
    assert "本市规定" in line.basis


def test_deed_tax_refuses_a_household_with_no_home():
    with pytest.raises(ValueError, match="home_count"):
        deed_tax(price=PRICE, area=D("90"), home_count=0, rates=RATES)


# --- 维修资金 ---------------------------------------------------------------------------------


def test_maintenance_fund_is_area_times_the_local_amount():
    line = maintenance_fund(area=D("121.36"), per_square_metre=D("120"))
    assert (line.code, line.name) == ("maintenance_fund", "住宅专项维修资金")
    assert line.amount == D("14563.20")
    assert (line.quantity, line.quantity_unit) == (D("121.36"), "㎡")
    assert (line.rate, line.rate_unit) == (D("120"), "元/㎡")
    assert line.basis.startswith(
        "首期维修资金按建筑面积交存：121.36 ㎡ × 每平方米 120.00 元 = 14,563.20 元"
    )
    assert "《住宅专项维修资金管理办法》" in line.basis


def test_maintenance_fund_rounds_half_up_to_the_cent():
    assert maintenance_fund(area=D("89.33"), per_square_metre=D("66.66")).amount == D("5954.74")


# --- 登记费 -----------------------------------------------------------------------------------


def test_registration_fee_is_80_yuan_per_housing_registration_with_its_source():
    line = registration_fee()
    assert (line.code, line.name) == ("registration_fee", "不动产登记费")
    assert line.amount == D("80.00") == REGISTRATION_FEE_HOUSING
    assert (line.quantity, line.quantity_unit, line.rate_unit) == (D(1), "件", "元/件")
    assert "发改价格规〔2016〕2559号" in line.basis
    assert "80.00 元" in line.basis
