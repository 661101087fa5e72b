"""Citizen identification numbers (公民身份号码), GB 11643-1999.

18 characters: a 6-digit address code (GB/T 2260), an 8-digit birth date (YYYYMMDD), a 3-digit
sequence number (odd for men, even for women) and a check character computed with ISO 7064
MOD 11-2 (0–9 or X, which stands for 10).

The same layout and check character are used by residence permits for residents of Hong
Kong, Macao (address code 810000 / 820000) and Taiwan (830000) under
《港澳台居民居住证申领发放办法》(2018), and by the 2023 foreign permanent residence ID card
(外国人永久居留身份证), whose first digit is 9 followed by a province code. Owners holding any
of these can own homes, so all are accepted.

Messages name the part that is wrong but never repeat the number: findings end up in logs and
supplement requests, and an ID number is personal information (《个人信息保护法》第二十八条).
"""

from __future__ import annotations

import unicodedata
from datetime import date
from typing import Literal

from banzheng.materials.findings import Finding, reject, warn
from banzheng.materials.limits import ID_NUMBER_EARLIEST_BIRTH

ID_NUMBER_LENGTH = 18

# ISO 7064 MOD 11-2: weight of position i (1-based from the left) is 2^(18-i) mod 11.
CHECK_WEIGHTS = tuple(pow(2, 17 - i, 11) for i in range(17))
CHECK_CHARACTERS = "10X98765432"  # indexed by (weighted sum mod 11)

# Province-level codes, the first two digits of a GB/T 2260 address code: 华北 11–15,
# 东北 21–23, 华东 31–37, 中南 41–46, 西南 50–54, 西北 61–65, 台湾 71, 香港 81, 澳门 82, and
# 83 for the residence permits of Taiwan residents (address code 830000).
PROVINCE_CODES = frozenset(
    {
        *(f"{n}" for n in range(11, 16)),
        *(f"{n}" for n in range(21, 24)),
        *(f"{n}" for n in range(31, 38)),
        *(f"{n}" for n in range(41, 47)),
        *(f"{n}" for n in range(50, 55)),
        *(f"{n}" for n in range(61, 66)),
        "71",
        "81",
        "82",
        "83",
    }
)
# Residence permits for Hong Kong, Macao and Taiwan residents use these whole address codes.
RESIDENCE_PERMIT_PROVINCES = frozenset({"81", "82", "83"})
FOREIGN_PERMANENT_RESIDENT_PREFIX = "9"

Gender = Literal["male", "female"]

_CHECK_HINT = "请逐位核对号码，注意不要把数字 0 与字母 O、数字 1 与字母 I 混淆。"


def normalize(value: str) -> str:
    """Full-width digits and spaces from Chinese input methods to ASCII (NFKC), spaces
    removed, the X upper-cased."""
    return "".join(unicodedata.normalize("NFKC", value).split()).upper()


def check_character(first17: str) -> str:
    """The 18th character for the given first 17 digits."""
    total = sum(int(d) * w for d, w in zip(first17, CHECK_WEIGHTS, strict=True))
    return CHECK_CHARACTERS[total % 11]


def validate_id_number(value: object, *, today: date | None = None) -> list[Finding]:
    """Every problem with an ID number at once; an empty list means it is well-formed.

    Region, birth date and check character are checked independently, so an owner who mistyped
    the birth date is told exactly that, not just "invalid"."""
    if not isinstance(value, str) or not normalize(value):
        return [reject("ID_NUMBER_MISSING", "请填写身份证号码。")]
    number = normalize(value)
    if len(number) != ID_NUMBER_LENGTH:
        message = f"身份证号码应为 18 位，当前为 {len(number)} 位。"
        if len(number) == 15:
            message += "15 位的旧号码已停止使用，请填写第二代身份证上的 18 位号码。"
        return [reject("ID_NUMBER_LENGTH", message, length=len(number))]
    if not (number[:17].isascii() and number[:17].isdigit()) or not (
        number[17] == "X" or (number[17].isascii() and number[17].isdigit())
    ):
        return [
            reject(
                "ID_NUMBER_CHARACTERS",
                "身份证号码前 17 位只能是数字，最后一位是数字或字母 X，请检查是否有多余的符号或字母。",
            )
        ]
    findings = [*_region_findings(number), *_birth_findings(number, today or date.today())]
    if number[17] != check_character(number[:17]):
        findings.append(
            reject(
                "ID_NUMBER_CHECK_DIGIT",
                "身份证号码最后一位（校验码）与前 17 位不符，号码中有数字填错了。" + _CHECK_HINT,
            )
        )
    return findings


def _region_findings(number: str) -> list[Finding]:
    province = number[1:3] if number.startswith(FOREIGN_PERMANENT_RESIDENT_PREFIX) else number[:2]
    if province not in PROVINCE_CODES:
        return [
            reject(
                "ID_NUMBER_REGION",
                "身份证号码前 6 位（地址码）不是有效的行政区划代码，请核对前两位。" + _CHECK_HINT,
            )
        ]
    if (
        number.startswith(FOREIGN_PERMANENT_RESIDENT_PREFIX)
        or province in RESIDENCE_PERMIT_PROVINCES
    ):
        return []
    if number[2:6] == "0000":
        return [
            reject(
                "ID_NUMBER_REGION",
                "身份证号码前 6 位（地址码）应具体到县（市、区），第 3 至 6 位不能全为 0，请核对。",
            )
        ]
    return []


def _birth_findings(number: str, today: date) -> list[Finding]:
    born = _parse_birth(number)
    if born is None:
        return [
            reject(
                "ID_NUMBER_BIRTH_DATE",
                "身份证号码第 7 至 14 位（出生日期）不是有效的日期，请核对年月日。",
            )
        ]
    if born > today:
        return [
            reject(
                "ID_NUMBER_BIRTH_DATE",
                "身份证号码第 7 至 14 位（出生日期）晚于今天，请核对年月日。",
            )
        ]
    if born < ID_NUMBER_EARLIEST_BIRTH:
        return [
            reject(
                "ID_NUMBER_BIRTH_DATE",
                f"身份证号码第 7 至 14 位（出生日期）早于 {ID_NUMBER_EARLIEST_BIRTH.year} 年，请核对年份。",
            )
        ]
    return []


def _parse_birth(number: str) -> date | None:
    digits = number[6:14]
    if not (digits.isascii() and digits.isdigit()):
        return None
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return None


def birth_date(value: str) -> date | None:
    """The birth date an ID number encodes, or None when the number is not valid."""
    if validate_id_number(value):
        return None
    return _parse_birth(normalize(value))


def gender(value: str) -> Gender | None:
    """The 17th digit (sequence number) is odd for men, even for women (GB 11643 §4.3)."""
    if validate_id_number(value):
        return None
    return "male" if int(normalize(value)[16]) % 2 else "female"


def mask_id_number(value: str) -> str:
    """First 3 and last 4 characters, the rest hidden: `110***********1234`. The birth date
    and sequence number are what identify a person, so they are always hidden."""
    number = normalize(value)
    if len(number) <= 7:
        return "*" * len(number)
    return number[:3] + "*" * (len(number) - 7) + number[-4:]


def compare_with_profile(extracted_id: str | None, profile_id: str | None) -> list[Finding]:
    """The number read from an uploaded ID card (OCR or clerk) against the one in the owner's
    profile. A different number means the card is someone else's: refused, with both numbers
    masked so the finding leaks neither."""
    if not profile_id:
        return []
    if not extracted_id:
        return [
            warn(
                "ID_NUMBER_UNREADABLE",
                "未能从证件照片中识别出身份证号码，请确认上传的是身份证人像面，照片完整清晰、无遮挡反光。",
            )
        ]
    extracted, profile = normalize(extracted_id), normalize(profile_id)
    if extracted == profile:
        return []
    return [
        reject(
            "ID_NUMBER_MISMATCH",
            f"证件上的身份证号码（{mask_id_number(extracted)}）与您账户中登记的号码"
            f"（{mask_id_number(profile)}）不一致。请上传本人的身份证；"
            "如账户中的号码有误，请先联系窗口工作人员更正。",
            extracted=mask_id_number(extracted),
            profile=mask_id_number(profile),
        )
    ]
