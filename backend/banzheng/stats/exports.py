"""Statistics as spreadsheets: CSV (UTF-8 with BOM, so Excel shows the Chinese) and XLSX
(openpyxl's write-only mode, spooled to a temporary file and streamed in chunks)."""

from __future__ import annotations

import csv
import io
import tempfile
from collections.abc import Iterable, Iterator
from typing import Any

from openpyxl import Workbook

CHUNK_BYTES = 64 * 1024
SPOOL_BYTES = 4 * 1024 * 1024  # beyond this the workbook goes to disk, not memory

Column = tuple[str, str]  # (field, Chinese heading)


def _cell(value: Any) -> Any:
    return "" if value is None else value


def csv_chunks(rows: Iterable[dict[str, Any]], columns: list[Column]) -> Iterator[bytes]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    buffer.write("\ufeff")
    writer.writerow([heading for _, heading in columns])
    for row in rows:
        writer.writerow([_cell(row.get(field)) for field, _ in columns])
        if buffer.tell() >= CHUNK_BYTES:
            yield buffer.getvalue().encode()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue().encode()


def xlsx_chunks(
    rows: Iterable[dict[str, Any]], columns: list[Column], title: str
) -> Iterator[bytes]:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=title[:31])  # Excel's limit for sheet names
    sheet.append([heading for _, heading in columns])
    for row in rows:
        sheet.append([_cell(row.get(field)) for field, _ in columns])
    with tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES) as spool:
        workbook.save(spool)
        spool.seek(0)
        while chunk := spool.read(CHUNK_BYTES):
            yield chunk
