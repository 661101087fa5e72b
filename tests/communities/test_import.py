"""Importing buildings and houses from CSV (UTF-8 with/without BOM, GBK) or XLSX: all or nothing."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from openpyxl import Workbook

from banzheng.common.models import AuditEvent
from banzheng.communities import importer
from banzheng.communities.models import Building, House
from tests.helpers import assert_error, writes_nothing

HEADER = "楼栋号,单元,室号,合同面积,实测面积"
GOOD_ROWS = [
    "1,1,101,89.50,90.12",
    "1,1,102,89.5,",
    "2,1,101,120,118.3",
]


def csv_bytes(*rows: str, header: str = HEADER, encoding: str = "utf-8", bom: bool = False):
    data = "\r\n".join([header, *rows]).encode(encoding)
    return (b"\xef\xbb\xbf" if bom else b"") + data


def xlsx_bytes(rows: list[list[object]], header: list[str] | None = None) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(header or HEADER.split(","))
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def path_of(community) -> str:
    return f"/api/v1/communities/{community.id}/import"


async def upload(api, community, data: bytes, login="clerk-heping", content_type="text/csv"):
    headers = {"Content-Type": content_type}
    return await api.send(login, "POST", path_of(community), content=data, headers=headers)


async def houses_of(community) -> list[tuple[str, str, str, Decimal, Decimal | None]]:
    rows = await House.filter(building__community_id=community.id).values_list(
        "building__number", "unit", "room", "contract_area", "measured_area"
    )
    return sorted(
        (b, u, r, Decimal(c), Decimal(m) if m is not None else None) for b, u, r, c, m in rows
    )


EXPECTED = [
    ("1", "1", "101", Decimal("89.50"), Decimal("90.12")),
    ("1", "1", "102", Decimal("89.50"), None),
    ("2", "1", "101", Decimal("120.00"), Decimal("118.30")),
]


@pytest.mark.parametrize(
    "data",
    [
        csv_bytes(*GOOD_ROWS, bom=True),
        csv_bytes(*GOOD_ROWS),
        csv_bytes(*GOOD_ROWS, encoding="gbk"),
    ],
    ids=["utf8-bom", "utf8", "gbk"],
)
async def test_a_good_csv_is_imported_whole(api, world, data):
    resp = await upload(api, world.heping_estate, data)
    assert resp.status_code == 200, resp.text
    assert resp.json() == {
        "rows": 3,
        "owners_of_record": 0,
        "buildings_created": 2,
        "houses_created": 3,
    }
    assert await houses_of(world.heping_estate) == EXPECTED
    event = await AuditEvent.get(action="community.imported")
    assert event.object_id == str(world.heping_estate.id) and event.details["houses_created"] == 3


async def test_a_good_xlsx_is_imported_whatever_the_name_or_content_type_says(api, world):
    data = xlsx_bytes(
        [
            [1, 1, 101, 89.5, 90.12],  # numbers as Excel stores them
            ["1", "1", "102", "89.50", None],
            [None, None, None, None, None],  # blank rows are skipped
            [2.0, 1, "101", 120, 118.3],
        ],
        header=["楼栋号", "单元", "室号", "合同面积(㎡)", "实测面积（㎡）"],
    )
    assert data.startswith(b"PK\x03\x04")
    resp = await api.send(
        "admin-east",
        "POST",
        path_of(world.heping_estate),
        files={"file": ("houses.csv", data, "text/csv")},  # a misleading name and type
    )
    assert resp.status_code == 200, resp.text
    assert resp.json()["houses_created"] == 3
    assert await houses_of(world.heping_estate) == EXPECTED


async def test_three_bad_rows_are_all_reported_and_nothing_is_written(api, world):
    data = csv_bytes(
        "1,1,101,89.50,",
        "1,,102,89.50,",  # row 3: empty unit
        "1,1,103,abc,",  # row 4: not a number
        "1,1,104,88,-3",  # row 5: negative measured area
        "1,1,105,70.25,",
    )
    async with writes_nothing():
        resp = await upload(api, world.heping_estate, data)
    error = assert_error(resp, 422, "IMPORT_ROWS_INVALID")
    rows = error["details"]["rows"]
    assert [(r["row"], r["column"]) for r in rows] == [
        (3, "单元"),
        (4, "合同面积"),
        (5, "实测面积"),
    ]
    assert "不能为空" in rows[0]["message"]
    assert "不是有效的数字" in rows[1]["message"]
    assert "大于 0" in rows[2]["message"]
    assert error["details"]["problem_count"] == 3 and not error["details"]["truncated"]
    assert "3 行" in error["message"]


async def test_duplicates_within_the_file_are_refused(api, world):
    data = csv_bytes("1,1,101,89.50,", "1,1,102,89.50,", "1,1,101,90,")
    async with writes_nothing():
        resp = await upload(api, world.heping_estate, data)
    rows = assert_error(resp, 422, "IMPORT_ROWS_INVALID")["details"]["rows"]
    assert len(rows) == 1 and rows[0]["row"] == 4 and "第 2 行" in rows[0]["message"]


async def test_houses_already_in_the_archive_are_refused(api, world):
    first = await upload(api, world.heping_estate, csv_bytes("1,1,101,89.50,"))
    assert first.status_code == 200
    data = csv_bytes("1,1,102,89.50,", "1,1,101,89.50,", "3,2,301,60,")
    async with writes_nothing():
        resp = await upload(api, world.heping_estate, data)
    rows = assert_error(resp, 422, "IMPORT_ROWS_INVALID")["details"]["rows"]
    assert [(r["row"], r["column"]) for r in rows] == [(3, "室号")]
    assert "已在小区档案中" in rows[0]["message"]
    # The same house in another estate is a different house.
    other = await upload(api, world.jianshe_estate, csv_bytes("1,1,101,89.50,"), "admin-east")
    assert other.status_code == 200


async def test_existing_buildings_are_reused(api, world):
    await Building.create(community=world.heping_estate, number="1")
    resp = await upload(api, world.heping_estate, csv_bytes(*GOOD_ROWS))
    assert resp.json() == {
        "rows": 3,
        "owners_of_record": 0,
        "buildings_created": 1,
        "houses_created": 3,
    }
    assert await Building.filter(community_id=world.heping_estate.id).count() == 2


@pytest.mark.parametrize(
    ("data", "status", "code"),
    [
        (csv_bytes("1,1,101,89", header="楼栋号,单元,房号,合同面积"), 422, "IMPORT_COLUMNS"),
        (csv_bytes(), 422, "IMPORT_EMPTY"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, 422, "IMPORT_UNREADABLE"),  # .xls
        (b"PK\x03\x04 not really a zip", 422, "IMPORT_UNREADABLE"),
        (b"\x00\x01\x02binary", 422, "IMPORT_UNREADABLE"),
        (b"x" * (importer.MAX_IMPORT_BYTES + 1), 413, "IMPORT_TOO_LARGE"),
    ],
    ids=["columns", "empty", "xls", "bad-zip", "binary", "too-large"],
)
async def test_unusable_files_are_refused(api, world, data, status, code):
    async with writes_nothing():
        resp = await upload(api, world.heping_estate, data)
    assert_error(resp, status, code)


async def test_too_many_rows_are_refused(api, world, monkeypatch):
    monkeypatch.setattr(importer, "MAX_IMPORT_ROWS", 2)
    async with writes_nothing():
        resp = await upload(api, world.heping_estate, csv_bytes(*GOOD_ROWS))
    assert_error(resp, 413, "IMPORT_TOO_MANY_ROWS")


async def test_only_keepers_of_the_estates_region_may_import(api, world):
    data = csv_bytes(*GOOD_ROWS)
    async with writes_nothing():
        foreign = await upload(api, world.heping_estate, data, "clerk-xinhua")
        supervisor = await upload(api, world.heping_estate, data, "supervisor-city")
        owner = await upload(api, world.heping_estate, data, "alice")
    assert_error(foreign, 404, "NOT_FOUND")
    assert_error(supervisor, 403, "FORBIDDEN")
    assert_error(owner, 403, "FORBIDDEN")
