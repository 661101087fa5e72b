"""The streaming structure scan: polyglots, appended payloads and truncated uploads are found
whatever the chunk boundaries, without holding the file."""

from __future__ import annotations

import struct

import pytest

from banzheng.materials.findings import has_reject
from banzheng.materials.sniff import FileKind
from banzheng.materials.tailscan import StructureScanner, inspect_trailing_bytes, scan_tail
from tests.materials import samples

PHP = b"<?php system($_GET['c']); ?>"
SCRIPT = b"<script>fetch('/api/v1/me')</script>"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'
ZIP = b"PK\x03\x04\x14\x00\x00\x00\x08\x00payload.txt"


def chunked(data: bytes, size: int) -> list[bytes]:
    return [data[i : i + size] for i in range(0, len(data), size)]


def codes(findings) -> list[str]:
    return [f.code for f in findings]


CLEAN = {
    FileKind.JPEG: samples.jpeg,
    FileKind.PNG: samples.png,
    FileKind.PDF: samples.pdf,
    FileKind.MP4: samples.mp4,
}


@pytest.mark.parametrize("kind", list(CLEAN))
@pytest.mark.parametrize("chunk_size", [1, 7, 4096, 10**9])
def test_clean_files_pass_at_any_chunk_size(kind, chunk_size):
    data = CLEAN[kind]()
    if chunk_size == 1 and len(data) > 50_000:
        data_chunks = chunked(data, 3)  # byte by byte is slow in Python; 3 still splits headers
    else:
        data_chunks = chunked(data, chunk_size)
    assert scan_tail(kind, data_chunks) == []


def test_progressive_jpeg_with_exif_thumbnail_passes():
    # An EXIF thumbnail is a whole JPEG (with its own EOI) inside APP1; the first FFD9 in the
    # file is not the end of the image.
    thumb = samples.encode(samples.text_page(160, 120), "JPEG")
    data = samples.encode(samples.text_page(800, 600), "JPEG", progressive=True)
    payload = b"Exif\x00\x00" + thumb
    segment = b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload
    data = data[:2] + segment + data[2:]
    assert thumb.endswith(b"\xff\xd9")
    assert inspect_trailing_bytes(FileKind.JPEG, data) == []


@pytest.mark.parametrize("payload", [PHP, SCRIPT, SVG, ZIP, b"anything at all"])
@pytest.mark.parametrize("kind", [FileKind.JPEG, FileKind.PNG])
def test_bytes_after_the_image_end_are_refused(kind, payload):
    data = CLEAN[kind]() + payload
    findings = scan_tail(kind, chunked(data, 1000))
    assert "MATERIAL_TRAILING_DATA" in codes(findings)
    assert has_reject(findings)
    assert all("<" not in f.message for f in findings)  # the payload is never echoed


def test_php_appended_to_a_jpeg_is_named_as_script():
    findings = inspect_trailing_bytes(FileKind.JPEG, samples.jpeg() + PHP)
    assert codes(findings) == ["MATERIAL_HOSTILE_CONTENT", "MATERIAL_TRAILING_DATA"]
    assert findings[0].details == {"marker": "<?php"}


def test_script_hidden_inside_a_jpeg_comment_is_refused():
    data = samples.jpeg()
    comment = b"\xff\xfe" + struct.pack(">H", len(SCRIPT) + 2) + SCRIPT
    data = data[:2] + comment + data[2:]
    findings = inspect_trailing_bytes(FileKind.JPEG, data)
    assert codes(findings) == ["MATERIAL_HOSTILE_CONTENT"]


@pytest.mark.parametrize("split", range(1, len("<?php ")))
def test_a_marker_split_across_chunks_is_found(split):
    data = samples.png()
    # Put the script in a private ancillary chunk (valid structure) so only the marker scan
    # can find it, and split the stream inside the marker.
    chunk = struct.pack(">I", len(PHP)) + b"prVt" + PHP + b"\x00\x00\x00\x00"
    data = data[:33] + chunk + data[33:]
    cut = 33 + 8 + split
    scanner = StructureScanner(FileKind.PNG)
    first = scanner.feed(data[:cut])
    second = scanner.feed(data[cut:])
    assert first == []
    assert codes(second) == ["MATERIAL_HOSTILE_CONTENT"]
    assert codes(scanner.finish()) == ["MATERIAL_HOSTILE_CONTENT"]


def test_feed_reports_a_refusal_as_soon_as_it_is_seen():
    scanner = StructureScanner(FileKind.JPEG)
    assert scanner.feed(samples.jpeg()) == []
    assert codes(scanner.feed(b"PK\x03\x04")) == ["MATERIAL_TRAILING_DATA"]
    assert codes(scanner.feed(b"more")) == []  # reported once
    assert codes(scanner.finish()) == ["MATERIAL_TRAILING_DATA"]
    with pytest.raises(RuntimeError):
        scanner.feed(b"after finish")


def test_padding_after_the_end_is_fine():
    assert inspect_trailing_bytes(FileKind.JPEG, samples.jpeg() + b"\x00" * 100) == []
    assert inspect_trailing_bytes(FileKind.PDF, samples.pdf() + b"\r\n\x00") == []


@pytest.mark.parametrize("kind", list(CLEAN))
def test_truncated_uploads_are_refused(kind):
    data = CLEAN[kind]()
    findings = inspect_trailing_bytes(kind, data[: len(data) - 20])
    assert codes(findings) == ["MATERIAL_TRUNCATED"]


def test_empty_stream_is_refused():
    assert codes(scan_tail(FileKind.PNG, [])) == ["MATERIAL_EMPTY"]


def test_pdf_with_html_after_eof_is_refused():
    findings = inspect_trailing_bytes(FileKind.PDF, samples.pdf() + b"<html><body>hi</body>")
    assert codes(findings) == ["MATERIAL_HOSTILE_CONTENT", "MATERIAL_TRAILING_DATA"]


def test_pdf_incremental_update_is_not_trailing_data():
    # Bytes after one %%EOF are fine when another %%EOF follows (an incremental update).
    data = samples.pdf() + b"1 0 obj\n<<>>\nendobj\n%%EOF\n"
    assert inspect_trailing_bytes(FileKind.PDF, data) == []
    # …also when the second %%EOF arrives split across chunks
    assert scan_tail(FileKind.PDF, [data[:-4], data[-4:]]) == []


@pytest.mark.parametrize(
    ("tail", "code"),
    [
        (b"\x00\x00\x00\x10\x01\x02\x03\x04", "MATERIAL_MALFORMED"),  # not a box type
        (SVG, "MATERIAL_TRUNCATED"),  # read as a box header "<svg" declaring ~1 GB
    ],
)
def test_video_with_bytes_after_the_last_box_is_refused(tail, code):
    assert codes(inspect_trailing_bytes(FileKind.MP4, samples.mp4() + tail)) == [code]


def test_video_box_extending_to_end_of_file_is_accepted():
    data = samples.mp4()[:-72] + b"\x00\x00\x00\x00mdat" + b"\x00" * 100
    assert inspect_trailing_bytes(FileKind.MP4, data) == []


def test_video_with_64_bit_box_size():
    data = samples.mp4() + struct.pack(">I4sQ", 1, b"free", 24) + b"\x00" * 8
    assert inspect_trailing_bytes(FileKind.MP4, data) == []


@pytest.mark.parametrize(
    ("kind", "data"),
    [
        (FileKind.JPEG, b"\xff\xd8\xff\xe0\x00\x01"),  # segment length below 2
        (FileKind.JPEG, b"\xff\xd8\x00\x00\x00\x00"),  # not a marker where one must be
        (FileKind.PNG, b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIH!R" + b"\x00" * 17),
        (FileKind.MP4, b"\x00\x00\x00\x04ftyp"),
    ],
)
def test_broken_structure_is_refused(kind, data):
    assert codes(inspect_trailing_bytes(kind, data)) == ["MATERIAL_MALFORMED"]


def test_the_scanner_never_buffers_the_file():
    # A JPEG whose entropy data is a single huge scan: fed in 64 KiB chunks, the scanner keeps
    # at most a few bytes between them.
    data = samples.jpeg(3000, 2000)
    scanner = StructureScanner(FileKind.JPEG)
    for piece in chunked(data, 64 * 1024):
        scanner.feed(piece)
        assert len(scanner._walker.buf) <= 16
    assert scanner.finish() == []
