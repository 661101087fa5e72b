"""Citizen ID numbers (GB 11643-1999): check character, birth date, region code, and the
comparison with the owner's profile that never reveals either number."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from banzheng.materials.idnumber import (
    CHECK_CHARACTERS,
    PROVINCE_CODES,
    birth_date,
    check_character,
    compare_with_profile,
    gender,
    mask_id_number,
    validate_id_number,
)
from tests.materials.samples import id_number

TODAY = date(2026, 6, 1)
# The worked example printed in GB 11643-1999 itself.
STANDARD_EXAMPLE = "11010519491231002X"


def codes(findings) -> list[str]:
    return [f.code for f in findings]


def test_the_standards_own_example_is_valid():
    assert check_character("11010519491231002") == "X"
    assert validate_id_number(STANDARD_EXAMPLE, today=TODAY) == []
    assert birth_date(STANDARD_EXAMPLE) == date(1949, 12, 31)
    assert gender(STANDARD_EXAMPLE) == "female"  # sequence 002: even


def test_lowercase_x_and_spaces_are_accepted():
    assert validate_id_number("11010519491231002x", today=TODAY) == []
    assert validate_id_number(" 110105 19491231 002x ", today=TODAY) == []
    assert validate_id_number("110105\u300019491231002X", today=TODAY) == []  # full-width space
    # full-width digits and Ｘ from a Chinese input method
    assert validate_id_number("１１０１０５１９４９１２３１００２ｘ", today=TODAY) == []


def test_real_shaped_numbers_in_many_provinces():
    for first17 in ("44030419900307123", "31011519851120003", "65010219700101451"):
        number = id_number(first17)
        assert validate_id_number(number, today=TODAY) == [], number
    assert gender(id_number("44030419900307123")) == "male"


def test_wrong_check_digit():
    number = STANDARD_EXAMPLE[:-1] + "5"
    [finding] = validate_id_number(number, today=TODAY)
    assert finding.code == "ID_NUMBER_CHECK_DIGIT"
    assert finding.severity == "reject"
    assert "校验码" in finding.message
    assert number not in finding.message and number[:17] not in finding.message


def test_february_30th_is_not_a_date():
    number = id_number("11010519900230123")
    assert codes(validate_id_number(number, today=TODAY)) == ["ID_NUMBER_BIRTH_DATE"]
    assert "出生日期" in validate_id_number(number, today=TODAY)[0].message
    assert birth_date(number) is None and gender(number) is None


def test_february_29th_only_in_leap_years():
    assert validate_id_number(id_number("11010520000229123"), today=TODAY) == []
    assert codes(validate_id_number(id_number("11010519000229123"), today=TODAY)) == [
        "ID_NUMBER_BIRTH_DATE"
    ]


def test_future_birth_date():
    number = id_number("11010520260602123")
    [finding] = validate_id_number(number, today=TODAY)
    assert finding.code == "ID_NUMBER_BIRTH_DATE"
    assert "晚于今天" in finding.message
    assert validate_id_number(id_number("11010520260601123"), today=TODAY) == []


def test_birth_before_1900():
    [finding] = validate_id_number(id_number("11010518991231123"), today=TODAY)
    assert finding.code == "ID_NUMBER_BIRTH_DATE"
    assert "1900" in finding.message


def test_region_99_is_refused():
    [finding] = validate_id_number(id_number("99010519491231002"), today=TODAY)
    assert finding.code == "ID_NUMBER_REGION"
    assert "地址码" in finding.message


def test_region_must_name_a_county():
    [finding] = validate_id_number(id_number("11000019491231002"), today=TODAY)
    assert finding.code == "ID_NUMBER_REGION"


@pytest.mark.parametrize(
    "first17",
    [
        "81000019900101123",  # 港澳居民居住证 (Hong Kong)
        "82000019900101123",  # 港澳居民居住证 (Macao)
        "83000019900101123",  # 台湾居民居住证
        "93115619900101123",  # 外国人永久居留身份证 (2023): 9 + province 31 + country 156
    ],
)
def test_residence_permits_and_foreigner_permanent_residence_cards(first17):
    assert validate_id_number(id_number(first17), today=TODAY) == []


def test_every_problem_is_reported_at_once():
    number = "99000019900230123" + "0"
    found = codes(validate_id_number(number, today=TODAY))
    assert "ID_NUMBER_REGION" in found and "ID_NUMBER_BIRTH_DATE" in found
    assert check_character(number[:17]) != "0"  # so the last character is wrong as well
    assert "ID_NUMBER_CHECK_DIGIT" in found


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("", "ID_NUMBER_MISSING"),
        ("   ", "ID_NUMBER_MISSING"),
        (None, "ID_NUMBER_MISSING"),
        (110105194912310021, "ID_NUMBER_MISSING"),
        ("110105491231002", "ID_NUMBER_LENGTH"),  # a 15-digit first-generation number
        ("11010519491231002X1", "ID_NUMBER_LENGTH"),
        ("11010519491231O02X", "ID_NUMBER_CHARACTERS"),  # letter O for zero
        ("1101051949123100X2", "ID_NUMBER_CHARACTERS"),
        ("11010519491231002Y", "ID_NUMBER_CHARACTERS"),
        ("11010519491231००2X", "ID_NUMBER_CHARACTERS"),  # Devanagari zeros are digits too
    ],
)
def test_shape_errors(value, code):
    findings = validate_id_number(value, today=TODAY)
    assert codes(findings) == [code]


def test_fifteen_digit_number_gets_advice():
    [finding] = validate_id_number("110105491231002")
    assert "15 位" in finding.message and "18 位" in finding.message


def test_province_codes_are_gb_t_2260():
    assert len(PROVINCE_CODES) == 35  # 34 province-level divisions + 83 (Taiwan residents)
    assert {"11", "50", "65", "71", "81", "82", "83"} <= PROVINCE_CODES
    assert not {"10", "16", "20", "24", "38", "47", "55", "60", "66", "99"} & PROVINCE_CODES


# --- the checksum, as a property -------------------------------------------------------------

valid_first17 = st.builds(
    lambda province, county, born, seq: f"{province}{county}{born:%Y%m%d}{seq:03d}",
    st.sampled_from(sorted(PROVINCE_CODES - {"81", "82", "83"})),
    st.integers(1, 9999).map(lambda n: f"{n:04d}"),
    st.dates(date(1900, 1, 1), TODAY),
    st.integers(0, 999),
)


@given(valid_first17, st.sampled_from(CHECK_CHARACTERS))
@example("11010519491231002", "X")
def test_checksum_accepts_exactly_the_right_character(first17, last):
    findings = validate_id_number(first17 + last, today=TODAY)
    if last == check_character(first17):
        assert findings == []
    else:
        assert codes(findings) == ["ID_NUMBER_CHECK_DIGIT"]


@given(st.text(alphabet="0123456789", min_size=17, max_size=17))
def test_check_character_detects_any_single_digit_change(first17):
    right = check_character(first17)
    for position in range(17):
        digit = int(first17[position])
        changed = first17[:position] + str((digit + 1) % 10) + first17[position + 1 :]
        assert check_character(changed) != right


# --- comparison with the profile -------------------------------------------------------------


def test_masking_keeps_three_and_four():
    assert mask_id_number("110105194912311234") == "110***********1234"
    assert mask_id_number("110105194912310021x") == "110************021X"
    assert mask_id_number("1234") == "****"


def test_same_number_matches_whatever_the_case_of_x():
    assert compare_with_profile("11010519491231002x", STANDARD_EXAMPLE) == []


def test_different_number_is_refused_without_revealing_either():
    other = id_number("44030419900307123")
    [finding] = compare_with_profile(other, STANDARD_EXAMPLE)
    assert finding.code == "ID_NUMBER_MISMATCH"
    assert finding.severity == "reject"
    text = finding.message + repr(finding.details)
    for number in (other, STANDARD_EXAMPLE):
        assert number not in text
        assert number[6:14] not in text  # the birth date
    assert "440***********" in finding.message and "110***********002X" in finding.message


def test_unreadable_card_is_a_warning_and_missing_profile_is_nothing_to_compare():
    [finding] = compare_with_profile(None, STANDARD_EXAMPLE)
    assert (finding.code, finding.severity) == ("ID_NUMBER_UNREADABLE", "warn")
    assert compare_with_profile(STANDARD_EXAMPLE, None) == []
