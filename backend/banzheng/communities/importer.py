"""Import an estate's buildings and houses from a spreadsheet (CSV or XLSX).

Registry staff receive house lists from developers and property managers as Excel files, saved
as XLSX or as CSV (UTF-8, with or without BOM, or GBK — what Excel writes on a Chinese Windows).
The file type is read from the bytes, never the file name. Every bad row is reported at once
(一次性告知), and nothing is imported unless every row is good: one transaction.
"""

from __future__ import annotations

import asyncio
import csv
import io
import re
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from banzheng.common import audit
from banzheng.common.errors import ApiError, Conflict, ValidationFailed
from banzheng.communities import binding
from banzheng.communities.models import Building, Community, House, OwnerOfRecord
from banzheng.materials.idnumber import normalize, validate_id_number
from banzheng.security.fieldcrypt import FieldCipher

MAX_IMPORT_BYTES = 5 * 1024 * 1024  # 5 MiB: a 20,000-row XLSX is well under 1 MiB
MAX_IMPORT_ROWS = 20_000  # houses per file; the largest estates have a few thousand
# Rows looked at, blank ones included (formatted but empty rows at the end of a sheet).
MAX_SCANNED_ROWS = 5 * MAX_IMPORT_ROWS
MAX_REPORTED_PROBLEMS = 500  # row problems listed in one answer; the total is always given
MAX_COLUMNS = 50  # columns read per row; anything further right is ignored

XLSX_MAGIC = b"PK\x03\x04"  # XLSX is a ZIP archive
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .xls (Excel 97-2003)

COL_BUILDING = "楼栋号"
COL_UNIT = "单元"
COL_ROOM = "室号"
COL_CONTRACT_AREA = "合同面积"
COL_MEASURED_AREA = "实测面积"
COL_UNIT_NUMBER = "不动产单元号"
# Owners of record (communities/binding.py): co-owners separated by 、 or ；, names and ID numbers
# in the same order, shares split equally (共同共有); the 网签备案 number is kept only as a hash.
COL_OWNER_NAMES = "产权人"
COL_OWNER_IDS = "产权人身份证号"
COL_CONTRACT_NUMBER = "网签合同编号"
OWNER_SEPARATORS = re.compile(r"[、;；]")
MAX_OWNERS_PER_HOUSE = 20
HOUSE_KEY_COLUMNS = (COL_BUILDING, COL_UNIT, COL_ROOM)  # a house within its estate
REQUIRED_COLUMNS = (*HOUSE_KEY_COLUMNS, COL_CONTRACT_AREA)
OPTIONAL_COLUMNS = (
    COL_MEASURED_AREA,
    COL_UNIT_NUMBER,
    COL_OWNER_NAMES,
    COL_OWNER_IDS,
    COL_CONTRACT_NUMBER,
)
# 不动产单元号, GB/T 37346-2019: 6-digit county code, 6-digit cadastral zone and subzone, parcel
# (2 letters: ownership and right kind, 5 digits), fixture (1 letter F/L/Q/W, 8 digits).
UNIT_NUMBER = re.compile(r"^\d{12}[A-Z]{2}\d{5}[FLQW]\d{8}$")
# The model's column widths (Building.number, House.unit, House.room).
TEXT_LIMITS = {COL_BUILDING: 20, COL_UNIT: 10, COL_ROOM: 10}
# House areas are DECIMAL(9, 2) in square metres.
AREA_PLACES = 2
AREA_LIMIT = Decimal("10000000")

_UNIT_SUFFIX = re.compile(r"\s*[（(].*$")  # "合同面积(㎡)" is the 合同面积 column


class ImportTooLarge(ApiError):
    status = 413
    code = "IMPORT_TOO_LARGE"
    message = f"文件过大，请不超过 {MAX_IMPORT_BYTES // (1024 * 1024)} MB"


@dataclass(frozen=True)
class RowProblem:
    row: int  # as the spreadsheet numbers it: the header is row 1
    column: str | None
    message: str

    def as_dict(self) -> dict[str, Any]:
        return {"row": self.row, "column": self.column, "message": self.message}


@dataclass(frozen=True)
class HouseRow:
    row: int
    building: str
    unit: str
    room: str
    contract_area: Decimal
    measured_area: Decimal | None
    unit_number: str | None = None
    owners: tuple[tuple[str, str, int], ...] = ()  # (name, ID number, share %)
    contract_number: str | None = None

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.building, self.unit, self.room)


# ---- reading bytes into rows -----------------------------------------------------------------


def _cell_text(value: Any) -> str:
    """A cell as the clerk sees it: XLSX numbers 3 or 3.0 are "3", text is trimmed."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value).replace("\u3000", " ").strip()


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # GB18030 is a superset of GBK and GB2312, which Excel writes for "CSV" on Chinese Windows.
        return data.decode("gb18030")


def _csv_rows(data: bytes) -> Iterator[list[Any]]:
    if b"\x00" in data[:4096]:
        raise _unreadable()
    try:
        text = _decode(data)
    except UnicodeDecodeError:
        raise _unreadable() from None
    try:
        for record in csv.reader(io.StringIO(text, newline="")):
            yield record[:MAX_COLUMNS]
    except csv.Error:
        raise _unreadable() from None


def _xlsx_rows(data: bytes) -> Iterator[list[Any]]:
    from openpyxl import load_workbook  # imported here: only imports need it

    # Any failure to parse an uploaded workbook (bad ZIP, bad XML, missing parts) means the
    # same thing to the clerk: this is not a workbook we can read.
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:
        raise _unreadable() from None
    try:
        try:
            rows = workbook.worksheets[0].iter_rows(max_col=MAX_COLUMNS, values_only=True)
        except Exception:
            raise _unreadable() from None
        while True:
            try:
                values = next(rows)
            except StopIteration:
                return
            except Exception:
                raise _unreadable() from None
            yield list(values)
    finally:
        workbook.close()


def _unreadable() -> ValidationFailed:
    return ValidationFailed(
        "无法读取该文件，请上传 xlsx 或 csv 格式（UTF-8 或 GBK 编码）的表格",
        code="IMPORT_UNREADABLE",
    )


def _too_many_rows() -> ImportTooLarge:
    return ImportTooLarge(
        f"一次最多导入 {MAX_IMPORT_ROWS} 行房屋，请拆分文件", code="IMPORT_TOO_MANY_ROWS"
    )


def _header(
    values: list[Any], required: tuple[str, ...], optional: tuple[str, ...]
) -> dict[str, int]:
    """Column positions by name, or a refusal naming the missing or repeated columns."""
    header = [_UNIT_SUFFIX.sub("", _cell_text(v)) for v in values]
    missing = [c for c in required if c not in header]
    repeated = sorted({c for c in header if c and header.count(c) > 1})
    if missing or repeated:
        parts = []
        if missing:
            parts.append(f"缺少列：{'、'.join(missing)}")
        if repeated:
            parts.append(f"列名重复：{'、'.join(repeated)}")
        raise ValidationFailed(
            "表头不正确，" + "；".join(parts),
            code="IMPORT_COLUMNS",
            details={"missing": missing, "repeated": repeated, "expected": list(required)},
        )
    return {c: header.index(c) for c in (*required, *optional) if c in header}


def read_table(
    data: bytes,
    *,
    required: tuple[str, ...] = REQUIRED_COLUMNS,
    optional: tuple[str, ...] = OPTIONAL_COLUMNS,
) -> list[tuple[int, dict[str, str]]]:
    """The data rows of the file as (row number, {column: text}); blank rows are skipped."""
    if len(data) > MAX_IMPORT_BYTES:
        raise ImportTooLarge()
    if data.startswith(OLE_MAGIC):
        raise ValidationFailed(
            "不支持旧版 Excel（.xls）文件，请另存为 .xlsx 或 .csv 后再导入",
            code="IMPORT_UNREADABLE",
        )
    with closing(_xlsx_rows(data) if data.startswith(XLSX_MAGIC) else _csv_rows(data)) as raw:
        return _table(raw, required, optional)


def _table(
    raw: Iterator[list[Any]], required: tuple[str, ...], optional: tuple[str, ...]
) -> list[tuple[int, dict[str, str]]]:
    first = next(raw, None)
    if first is None or not any(_cell_text(v) for v in first):
        raise ValidationFailed("文件为空，第 1 行应为表头", code="IMPORT_EMPTY")
    wanted = _header(first, required, optional)
    rows = []
    for number, values in enumerate(raw, start=2):
        if number > MAX_SCANNED_ROWS:
            raise _too_many_rows()
        texts = {c: _cell_text(values[i]) if i < len(values) else "" for c, i in wanted.items()}
        if not any(texts.values()):
            continue
        rows.append((number, texts))
        if len(rows) > MAX_IMPORT_ROWS:
            raise _too_many_rows()
    if not rows:
        raise ValidationFailed("文件中没有房屋数据", code="IMPORT_EMPTY")
    return rows


# ---- checking rows ---------------------------------------------------------------------------


def _area(text: str, column: str) -> Decimal | str | None:
    """The area, or a message saying what is wrong with it; None for an empty optional cell."""
    if not text:
        return None
    try:
        area = Decimal(text.replace(",", ""))
    except InvalidOperation:
        return f"{column}不是有效的数字：{text}"
    if not area.is_finite():
        return f"{column}不是有效的数字：{text}"
    if area <= 0:
        return f"{column}必须大于 0：{text}"
    if area.as_tuple().exponent < -AREA_PLACES:
        return f"{column}最多保留 {AREA_PLACES} 位小数：{text}"
    if area >= AREA_LIMIT:
        return f"{column}过大：{text}"
    return area.quantize(Decimal(1).scaleb(-AREA_PLACES))


def check_rows(
    rows: list[tuple[int, dict[str, str]]],
) -> tuple[list[HouseRow], list[RowProblem]]:
    """Every problem of every row, and the good rows; duplicates within the file included."""
    houses: list[HouseRow] = []
    problems: list[RowProblem] = []
    first_seen: dict[tuple[str, str, str], int] = {}
    numbers_seen: dict[str, int] = {}
    for number, texts in rows:
        found = []
        found.extend(_empty(number, texts, REQUIRED_COLUMNS))
        for column, limit in TEXT_LIMITS.items():
            if len(texts[column]) > limit:
                found.append(RowProblem(number, column, f"{column}不能超过 {limit} 个字符"))
        areas = {}
        for column in (COL_CONTRACT_AREA, COL_MEASURED_AREA):
            area = _area(texts.get(column, ""), column)
            if isinstance(area, str):
                found.append(RowProblem(number, column, area))
            areas[column] = area
        unit_number = texts.get(COL_UNIT_NUMBER, "").upper() or None
        if unit_number and not UNIT_NUMBER.match(unit_number):
            found.append(
                RowProblem(number, COL_UNIT_NUMBER, f"{COL_UNIT_NUMBER}应为 28 位：{unit_number}")
            )
        owners = _owners(number, texts, found)
        contract_number = texts.get(COL_CONTRACT_NUMBER, "") or None
        if contract_number and len(contract_number) > 64:
            found.append(RowProblem(number, COL_CONTRACT_NUMBER, "网签合同编号不能超过 64 个字符"))
        if found:
            problems.extend(found)
            continue
        house = HouseRow(
            owners=owners,
            contract_number=contract_number,
            row=number,
            building=texts[COL_BUILDING],
            unit=texts[COL_UNIT],
            room=texts[COL_ROOM],
            contract_area=areas[COL_CONTRACT_AREA],
            measured_area=areas[COL_MEASURED_AREA],
            unit_number=unit_number,
        )
        if unit_number and unit_number in numbers_seen:
            problems.append(
                RowProblem(
                    number,
                    COL_UNIT_NUMBER,
                    f"{COL_UNIT_NUMBER}与第 {numbers_seen[unit_number]} 行重复",
                )
            )
            continue
        if house.key in first_seen:
            problems.append(_repeated(number, first_seen[house.key]))
            continue
        first_seen[house.key] = number
        if unit_number:
            numbers_seen[unit_number] = number
        houses.append(house)
    return houses, problems


def _empty(number: int, texts: dict[str, str], columns: tuple[str, ...]) -> list[RowProblem]:
    return [RowProblem(number, c, f"{c}不能为空") for c in columns if not texts[c]]


def _repeated(number: int, first: int) -> RowProblem:
    return RowProblem(number, COL_ROOM, f"与第 {first} 行重复（楼栋号、单元、室号相同）")


def _owners(number: int, texts: dict[str, str], found: list[RowProblem]):
    """The row's owners of record with equal shares, or problems added to `found`."""
    names = [n.strip() for n in OWNER_SEPARATORS.split(texts.get(COL_OWNER_NAMES, "")) if n.strip()]
    ids = [i.strip() for i in OWNER_SEPARATORS.split(texts.get(COL_OWNER_IDS, "")) if i.strip()]
    if len(names) != len(ids):
        found.append(
            RowProblem(
                number,
                COL_OWNER_IDS,
                f"产权人 {len(names)} 位，身份证号 {len(ids)} 个，数量应一致（多人用“、”分隔）",
            )
        )
        return ()
    if len(names) > MAX_OWNERS_PER_HOUSE or any(len(n) > 50 for n in names):
        found.append(RowProblem(number, COL_OWNER_NAMES, "产权人过多或姓名过长"))
        return ()
    for id_number in ids:
        problems = validate_id_number(id_number)
        if problems:
            found.append(RowProblem(number, COL_OWNER_IDS, problems[0].message))
            return ()
    if len({normalize(i) for i in ids}) != len(ids):
        found.append(RowProblem(number, COL_OWNER_IDS, "同一产权人不能列两次"))
        return ()
    if not names:
        return ()
    base, extra = divmod(100, len(names))
    return tuple(
        (name, normalize(id_number), base + (1 if i < extra else 0))
        for i, (name, id_number) in enumerate(zip(names, ids, strict=True))
    )


def parse(data: bytes) -> tuple[list[HouseRow], list[RowProblem]]:
    return check_rows(read_table(data))


def parse_house_list(
    data: bytes,
) -> tuple[list[tuple[int, tuple[str, str, str]]], list[RowProblem]]:
    """A list of houses already in an estate (批量受理): (row, (楼栋号, 单元, 室号)) per good row,
    and the problems of the others. Any spreadsheet with those three columns will do — the
    import file itself included; other columns are ignored."""
    keys: list[tuple[int, tuple[str, str, str]]] = []
    problems: list[RowProblem] = []
    first_seen: dict[tuple[str, str, str], int] = {}
    for number, texts in read_table(data, required=HOUSE_KEY_COLUMNS, optional=()):
        empty = _empty(number, texts, HOUSE_KEY_COLUMNS)
        if empty:
            problems.extend(empty)
            continue
        key = (texts[COL_BUILDING], texts[COL_UNIT], texts[COL_ROOM])
        if key in first_seen:
            problems.append(_repeated(number, first_seen[key]))
            continue
        first_seen[key] = number
        keys.append((number, key))
    return keys, problems


def _refuse(problems: list[RowProblem]) -> ValidationFailed:
    problems = sorted(problems, key=lambda p: p.row)
    shown = problems[:MAX_REPORTED_PROBLEMS]
    rows = len({p.row for p in problems})
    return ValidationFailed(
        f"有 {rows} 行数据有误，未导入任何数据，请修改后重新导入",
        code="IMPORT_ROWS_INVALID",
        details={
            "rows": [p.as_dict() for p in shown],
            "problem_count": len(problems),
            "truncated": len(shown) < len(problems),
        },
    )


# ---- against the archive ---------------------------------------------------------------------


async def _existing_keys(community: Community) -> set[tuple[str, str, str]]:
    rows = await House.filter(building__community_id=community.id).values_list(
        "building__number", "unit", "room"
    )
    return {tuple(row) for row in rows}


def _clashes(houses: list[HouseRow], existing: set[tuple[str, str, str]]) -> list[RowProblem]:
    """Rows naming a house the estate's archive already has: an import only adds houses."""
    return [
        RowProblem(h.row, COL_ROOM, "该房屋已在小区档案中（楼栋号、单元、室号相同）")
        for h in houses
        if h.key in existing
    ]


@dataclass(frozen=True)
class ImportPreview:
    houses: list[HouseRow]  # the rows the import would write
    problems: list[RowProblem]  # by row, at most MAX_REPORTED_PROBLEMS
    problem_count: int
    new_buildings: list[str]

    @property
    def owners_of_record(self) -> int:
        return sum(len(h.owners) for h in self.houses)


async def preview_import(*, community: Community, data: bytes) -> ImportPreview:
    """The import's dry run, writing nothing: every problem `import_houses` would refuse the file
    for — a house already in the archive included — and what it would create. The import
    checks everything again in its own transaction when the clerk confirms."""
    houses, problems = await asyncio.to_thread(parse, data)
    existing = await _existing_keys(community)
    problems = sorted([*problems, *_clashes(houses, existing)], key=lambda p: p.row)
    buildings = set(
        await Building.filter(community_id=community.id).values_list("number", flat=True)
    )
    return ImportPreview(
        houses=[h for h in houses if h.key not in existing],
        problems=problems[:MAX_REPORTED_PROBLEMS],
        problem_count=len(problems),
        new_buildings=sorted({h.building for h in houses} - buildings),
    )


# ---- writing ---------------------------------------------------------------------------------


async def import_houses(
    *, community: Community, data: bytes, cipher: FieldCipher
) -> dict[str, int]:
    """Check the whole file, then write all of it in one transaction, or nothing."""
    # Parsing a large workbook takes a moment of CPU: keep it off the event loop.
    houses, problems = await asyncio.to_thread(parse, data)
    if problems:
        raise _refuse(problems)
    try:
        async with in_transaction():
            # One import per estate at a time (PostgreSQL); the unique keys back this up.
            await Community.select_for_update().get(id=community.id)
            buildings = {b.number: b for b in await Building.filter(community_id=community.id)}
            clashes = _clashes(houses, await _existing_keys(community))
            if clashes:
                raise _refuse(clashes)
            new_buildings = [
                Building(community_id=community.id, number=number)
                for number in sorted({h.building for h in houses} - set(buildings))
            ]
            await Building.bulk_create(new_buildings, batch_size=500)
            buildings.update({b.number: b for b in new_buildings})
            rows = [
                House(
                    building_id=buildings[h.building].id,
                    unit=h.unit,
                    room=h.room,
                    contract_area=h.contract_area,
                    measured_area=h.measured_area,
                    unit_number=h.unit_number,
                    contract_number_hash=binding.contract_number_hash(h.contract_number, cipher)
                    if h.contract_number
                    else None,
                )
                for h in houses
            ]
            await House.bulk_create(rows, batch_size=1000)
            await OwnerOfRecord.bulk_create(
                [
                    binding.new_owner_record(
                        house.id, name=name, id_number=id_number, share_percent=share, cipher=cipher
                    )
                    for house, h in zip(rows, houses, strict=True)
                    for name, id_number, share in h.owners
                ],
                batch_size=1000,
            )
            result = {
                "rows": len(houses),
                "owners_of_record": sum(len(h.owners) for h in houses),
                "buildings_created": len(new_buildings),
                "houses_created": len(houses),
            }
            await audit.record(
                "community.imported",
                object_type="community",
                object_id=community.id,
                details={**result, "bytes": len(data)},
            )
    except IntegrityError:
        raise Conflict(
            "导入时小区档案已被他人修改，请刷新后重新导入", code="IMPORT_CONFLICT"
        ) from None
    return result
