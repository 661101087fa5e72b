"""What an ID-card reader (二代身份证阅读器) at the window read from a card, from its output.

Readers do not share a format. Their SDK demos and local web services give one of:
- JSON, flat or wrapped (`{"code": 0, "data": {...}}`, `{"resultContent": {...}}`), with English
  keys (`name`, `sex`, `nation`, `born`/`birthday`, `address`, `cardno`/`idnum`/`certNumber`,
  `police`/`issuer`/`signingOrganization`, `userlifebegin`/`validStart` + `userlifeend`/
  `validEnd`) or the card's own Chinese labels;
- INI-like text (`[IDCardInfo]` then `Name=张三`), or the labels of the card itself, one per line
  (`姓名：张三`, `公民身份号码：110101…`, `有效期限：2015.03.07-2035.03.07`), as the demos' text
  boxes show them and their `wz.txt` exports hold.
Sex and ethnicity may come as GB/T 2261.1 and GB/T 3304 codes (`1`, `01`).

`read_card` never raises: anything it cannot read is simply absent, and `problems` says what
stops an application (the same GB 11643 check as everywhere, via materials/idnumber.py; the
birth date and sex printed on the card must agree with the number; an expired card is not an
identity document). The text holds a full ID number and a photo: nothing here logs it, and the
photo is not kept.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from banzheng.materials import idnumber

MAX_TEXT = 64_000
"""Characters of reader output looked at: a card's text is a few hundred, its photo (base64 in
some JSON outputs) about 40,000."""

PERMANENT = "长期"

# GB/T 3304-1991 ethnicity codes, 01–56, as some readers give them.
ETHNICITIES = (
    "汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 "
    "拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 "
    "怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺"
).split()
SEXES = {
    "1": "男",
    "2": "女",
    "男": "男",
    "女": "女",
    "M": "男",
    "F": "女",
    "MALE": "男",
    "FEMALE": "女",
}

# Field → the keys readers use for it (compared after dropping case, spaces, "_" and "-").
KEYS = {
    "name": ("姓名", "name", "partyname", "xm", "cnname"),
    "sex": ("性别", "sex", "gender", "xb", "sexcode"),
    "ethnicity": ("民族", "nation", "folk", "ethnicity", "nationality", "mz", "nationcode"),
    "birth": ("出生", "出生日期", "born", "birth", "birthday", "birthdate", "csrq", "dateofbirth"),
    "address": ("住址", "地址", "address", "addr", "zz"),
    "id_number": (
        "公民身份号码",
        "身份证号",
        "身份证号码",
        "证件号码",
        "cardno",
        "cardnum",
        "cardnumber",
        "idnum",
        "idno",
        "idnumber",
        "idcard",
        "idcardno",
        "idcode",
        "certno",
        "certnumber",
        "code",
        "sfzh",
        "gmsfhm",
    ),
    "issuer": (
        "签发机关",
        "police",
        "issuer",
        "issuedby",
        "issueauthority",
        "issuingauthority",
        "signingorganization",
        "department",
        "signgov",
        "qfjg",
        "grantdept",
    ),
    "validity": ("有效期限", "有效期", "validity", "validperiod", "validterm", "yxqx", "period"),
    "valid_from": (
        "userlifebegin",
        "validstart",
        "validstartdate",
        "validtermofstart",
        "startdate",
        "effecteddate",
        "effectdate",
        "validfrom",
        "yxqxq",
    ),
    "valid_until": (
        "userlifeend",
        "validend",
        "validenddate",
        "validtermofend",
        "enddate",
        "expireddate",
        "expiredate",
        "validuntil",
        "validto",
        "yxqxz",
    ),
}
_FIELD_OF = {key: name for name, keys in KEYS.items() for key in keys}
_LINE = re.compile(r"^\s*([^=:：\s][^=:：]{0,30}?)\s*[=:：]\s*(.*?)\s*$")
_DATE = re.compile(r"(\d{4})\D{0,3}(\d{1,2})\D{0,3}(\d{1,2})")


@dataclass(frozen=True)
class CardReading:
    name: str = ""
    sex: str = ""
    ethnicity: str = ""
    birth: date | None = None
    address: str = ""
    id_number: str = ""
    issuer: str = ""
    valid_from: date | None = None
    valid_until: date | None = None
    permanent: bool = False  # 有效期限 长期
    problems: list[str] = field(default_factory=list)

    @property
    def usable(self) -> bool:
        return not self.problems

    @property
    def masked_id_number(self) -> str:
        return idnumber.mask_id_number(self.id_number) if self.id_number else ""

    def __repr__(self) -> str:  # never the number, even in a traceback or a debugger
        return f"CardReading(masked={self.masked_id_number!r}, problems={len(self.problems)})"


def read_card(text: str, *, today: date | None = None) -> CardReading:
    """What the reader's output says, with every problem that stops an application."""
    raw = _fields(_clean(text or "")[:MAX_TEXT])
    number = idnumber.normalize(raw.get("id_number", ""))
    from_, until, permanent = _validity(raw)
    reading = CardReading(
        name="".join(unicodedata.normalize("NFKC", raw.get("name", "")).split())[:40],
        sex=SEXES.get(raw.get("sex", "").strip().upper(), raw.get("sex", "")[:4]),
        ethnicity=_ethnicity(raw.get("ethnicity", "")),
        birth=_date(raw.get("birth", "")),
        address=raw.get("address", "")[:120],
        id_number=number[:24],
        issuer=raw.get("issuer", "")[:60],
        valid_from=from_,
        valid_until=until,
        permanent=permanent,
    )
    reading.problems.extend(_problems(reading, today or date.today()))
    return reading


def _clean(text: str) -> str:
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def _key(label: str) -> str:
    return re.sub(r"[\s_\-.]", "", unicodedata.normalize("NFKC", label)).lower()


def _fields(text: str) -> dict[str, str]:
    """Field name → its text, from JSON (any nesting) or from `key=value` / `标签：值` lines."""
    found: dict[str, str] = {}
    try:
        parsed = json.loads(text)
    except ValueError:
        parsed = None
    if isinstance(parsed, (dict, list)):
        _walk(parsed, found, depth=0)
        return found
    for line in text.split("\n"):
        match = _LINE.match(line)
        if match:
            _take(found, match.group(1), match.group(2))
    return found


def _walk(node: object, found: dict[str, str], *, depth: int) -> None:
    if depth > 5:
        return
    items = node.items() if isinstance(node, dict) else enumerate(node)  # type: ignore[union-attr]
    for key, value in items:
        if isinstance(value, (dict, list)):
            _walk(value, found, depth=depth + 1)
        elif isinstance(value, (str, int)) and not isinstance(value, bool):
            _take(found, str(key), str(value))


def _take(found: dict[str, str], label: str, value: str) -> None:
    name = _FIELD_OF.get(_key(label))
    value = value.strip().strip('"').strip()
    # the first value wins ("code" is also a status field in some wrappers: only an ID-like one)
    if name and value and name not in found:
        if name == "id_number" and not re.fullmatch(r"[0-9０-９]{17}[0-9０-９xXＸ]", value.strip()):
            return
        found[name] = value


def _date(text: str) -> date | None:
    match = _DATE.search(unicodedata.normalize("NFKC", text))
    if not match:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def _validity(raw: dict[str, str]) -> tuple[date | None, date | None, bool]:
    """`有效期限` as one text (2015.03.07-2035.03.07, 20150307-长期) or two fields."""
    start, end = raw.get("valid_from", ""), raw.get("valid_until", "")
    if "validity" in raw:
        parts = re.split(
            r"\s*(?:-|－|—|–|~|～|至)\s*", unicodedata.normalize("NFKC", raw["validity"])
        )
        if len(parts) >= 2:
            start, end = start or parts[0], end or parts[-1]
    permanent = PERMANENT in end
    return _date(start), None if permanent else _date(end), permanent


def _ethnicity(text: str) -> str:
    text = text.strip()
    if text.isdigit() and 1 <= int(text) <= len(ETHNICITIES):
        return ETHNICITIES[int(text) - 1]
    return text.removesuffix("族")[:10]


def _problems(reading: CardReading, today: date) -> list[str]:
    problems = []
    if not reading.name:
        problems.append("没有读到姓名：请把身份证放在阅读器上重新读取")
    if not reading.id_number:
        problems.append("没有读到公民身份号码：请把身份证放在阅读器上重新读取")
        return problems
    findings = idnumber.validate_id_number(reading.id_number, today=today)
    problems.extend(f.message for f in findings if f.rejects)
    if findings:
        return problems
    if reading.birth and reading.birth != idnumber.birth_date(reading.id_number):
        problems.append("证件上的出生日期与身份号码不一致：读卡可能有误，请重新读取")
    gender = {"male": "男", "female": "女"}[idnumber.gender(reading.id_number)]
    if reading.sex in ("男", "女") and reading.sex != gender:
        problems.append("证件上的性别与身份号码不一致：读卡可能有误，请重新读取")
    if reading.valid_until and reading.valid_until < today:
        problems.append(
            f"身份证已于 {reading.valid_until:%Y年%m月%d日} 过期：请申请人出示有效身份证件"
        )
    return problems
