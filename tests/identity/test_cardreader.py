"""Reading an ID-card reader's output (identity/cardreader.py): the formats the common readers'
SDKs and local services produce, checked as GB 11643 numbers, never raising."""

from __future__ import annotations

import json
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from banzheng.identity.cardreader import read_card

GOOD_ID = "110101199003078515"  # born 1990-03-07, male (17th digit odd)
TODAY = date(2026, 12, 1)

CARD_LABELS = """姓名：张三
性别：男
民族：汉
出生：1990年03月07日
住址：北京市东城区景山前街4号
公民身份号码：110101199003078515
签发机关：北京市公安局东城分局
有效期限：2015.03.07-2035.03.07
"""

SERVICE_JSON = {
    "retcode": "0x90",
    "code": 0,
    "data": {
        "name": "张三",
        "sex": "1",
        "nation": "01",
        "birthday": "19900307",
        "address": "北京市东城区景山前街4号",
        "cardno": GOOD_ID,
        "police": "北京市公安局东城分局",
        "userlifebegin": "20150307",
        "userlifeend": "长期",
        "photo": "iVBORw0KGgo" + "A" * 2000,
    },
}

INI = """[IDCardInfo]
Name=张三
Sex=男
Nation=汉族
Born=19900307
Address=北京市东城区景山前街4号
IDCardNo=110101199003078515
GrantDept=北京市公安局东城分局
UserLifeBegin=20150307
UserLifeEnd=20350307
"""


def test_the_cards_own_labels_one_per_line():
    reading = read_card(CARD_LABELS, today=TODAY)
    assert reading.usable, reading.problems
    assert (reading.name, reading.sex, reading.ethnicity) == ("张三", "男", "汉")
    assert reading.birth == date(1990, 3, 7) and reading.id_number == GOOD_ID
    assert reading.issuer == "北京市公安局东城分局"
    assert (reading.valid_from, reading.valid_until) == (date(2015, 3, 7), date(2035, 3, 7))
    assert reading.masked_id_number == "110***********8515"
    assert GOOD_ID not in repr(reading)


def test_a_local_services_wrapped_json_with_codes_and_a_permanent_card():
    reading = read_card(json.dumps(SERVICE_JSON, ensure_ascii=False), today=TODAY)
    assert reading.usable, reading.problems
    assert (reading.sex, reading.ethnicity) == ("男", "汉")  # GB/T 2261.1 and GB/T 3304 codes
    assert reading.id_number == GOOD_ID and reading.permanent and reading.valid_until is None


def test_ini_text_and_a_bom_and_windows_line_ends():
    reading = read_card("\ufeff" + INI.replace("\n", "\r\n"), today=TODAY)
    assert reading.usable, reading.problems
    assert reading.name == "张三" and reading.issuer == "北京市公安局东城分局"
    assert reading.ethnicity == "汉"


def test_a_wrong_check_digit_is_refused_with_the_validators_message():
    reading = read_card(CARD_LABELS.replace(GOOD_ID, GOOD_ID[:-1] + "4"), today=TODAY)
    assert not reading.usable
    assert any("校验码" in p for p in reading.problems)
    assert all(GOOD_ID[:-1] not in p for p in reading.problems)


def test_printed_facts_must_agree_with_the_number_and_the_card_must_be_valid():
    wrong_sex = read_card(CARD_LABELS.replace("性别：男", "性别：女"), today=TODAY)
    assert any("性别" in p for p in wrong_sex.problems)
    wrong_birth = read_card(CARD_LABELS.replace("03月07日", "03月08日"), today=TODAY)
    assert any("出生日期" in p for p in wrong_birth.problems)
    expired = read_card(CARD_LABELS.replace("2035.03.07", "2025.03.07"), today=TODAY)
    assert any("过期" in p for p in expired.problems)


def test_nothing_readable_says_what_is_missing():
    reading = read_card("hello\nworld", today=TODAY)
    assert len(reading.problems) == 2 and "姓名" in reading.problems[0]


@given(st.text(max_size=300))
def test_any_text_is_read_without_raising(text):
    reading = read_card(text, today=TODAY)
    assert isinstance(reading.problems, list)
