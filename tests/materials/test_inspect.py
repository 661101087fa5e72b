"""The inspection entry points as the upload route and the pre-review job call them: size
limits, whole-file inspection of every hostile case, duplicates across checklist items."""

from __future__ import annotations

import hashlib

import pytest

from banzheng.materials.findings import Finding
from banzheng.materials.inspect import (
    FileKind,
    Inspection,
    MediaClass,
    SizeLimits,
    StructureScanner,
    check_size,
    check_type,
    find_duplicates,
    inspect_content,
    inspect_file,
)
from banzheng.materials.limits import MB
from tests.materials import samples


def codes(findings) -> list[str]:
    return [f.code for f in findings]


# --- sizes -----------------------------------------------------------------------------------


def test_default_limits_per_kind_of_material():
    limits = SizeLimits()
    assert (limits.image, limits.pdf, limits.video) == (10 * MB, 20 * MB, 30 * MB)


@pytest.mark.parametrize(
    ("kind", "limit"),
    [
        (FileKind.JPEG, 10 * MB),
        (FileKind.PNG, 10 * MB),
        (FileKind.PDF, 20 * MB),
        (FileKind.MOV, 30 * MB),
    ],
)
def test_size_limit_is_inclusive(kind, limit):
    assert check_size(kind, limit) == []
    [finding] = check_size(kind, limit + 1)
    assert finding.code == "MATERIAL_TOO_LARGE"
    assert finding.severity == "reject"
    assert finding.details == {"size": limit + 1, "limit": limit}
    assert f"{limit // MB} MB" in finding.message


def test_limits_come_from_settings():
    limits = SizeLimits(image=1 * MB)
    assert codes(check_size(FileKind.JPEG, 2 * MB, limits)) == ["MATERIAL_TOO_LARGE"]
    assert check_size(FileKind.PDF, 2 * MB, limits) == []


@pytest.mark.parametrize("size", [0, -1])
def test_empty_file_is_refused(size):
    assert codes(check_size(FileKind.PNG, size)) == ["MATERIAL_EMPTY"]


# --- whole files -----------------------------------------------------------------------------


def test_clean_files_are_accepted():
    for data, kind in [
        (samples.jpeg(), FileKind.JPEG),
        (samples.png(), FileKind.PNG),
        (samples.pdf(), FileKind.PDF),
        (samples.mp4(b"qt  "), FileKind.MOV),
    ]:
        result = inspect_file(data)
        assert result == Inspection(kind, [])
        assert result.accepted


HOSTILE = {
    "empty file": (b"", "MATERIAL_EMPTY"),
    "GIF/PHP polyglot": (
        b"GIF89a\x01\x00\x01\x00<?php system($_GET['c']); ?>",
        "MATERIAL_TYPE_UNSUPPORTED",
    ),
    "SVG": (
        b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
        "MATERIAL_TYPE_UNSUPPORTED",
    ),
    "HTML": (b"<!DOCTYPE html><script>alert(1)</script>", "MATERIAL_TYPE_UNSUPPORTED"),
    "PHP": (b"<?php eval($_POST['x']); ?>", "MATERIAL_TYPE_UNSUPPORTED"),
    "ZIP/Office": (
        b"PK\x03\x04\x14\x00\x06\x00\x08\x00word/document.xml",
        "MATERIAL_TYPE_UNSUPPORTED",
    ),
    "JPEG with a PHP tail": (
        samples.jpeg() + b"<?php system($_GET['c']); ?>",
        "MATERIAL_HOSTILE_CONTENT",
    ),
    "PNG with an SVG tail": (samples.png() + b"<svg onload=alert(1)>", "MATERIAL_TRAILING_DATA"),
    "pixel flood": (samples.pixel_flood_png(), "IMAGE_TOO_MANY_PIXELS"),
    "truncated JPEG": (samples.jpeg()[:-500], "MATERIAL_TRUNCATED"),
}


@pytest.mark.parametrize("case", list(HOSTILE))
def test_hostile_files_are_refused(case):
    data, code = HOSTILE[case]
    result = inspect_file(data)
    assert not result.accepted
    assert result.findings[0].code == code
    assert all(isinstance(f, Finding) and f.message for f in result.findings)


def test_png_renamed_pdf_is_inspected_as_a_png():
    # Whatever the client calls it, the bytes say PNG and the image checks run.
    result = inspect_file(samples.encode(samples.text_page(400, 300), "PNG"))
    assert result.kind is FileKind.PNG
    assert codes(result.findings) == ["IMAGE_RESOLUTION_TOO_LOW"]


def test_pdf_with_javascript_is_refused():
    from pypdf.actions import JavaScript

    writer = samples.pdf_writer()
    writer.add_open_action(JavaScript("app.launchURL('https://example.invalid')"))
    result = inspect_file(samples.pdf_bytes(writer))
    assert codes(result.findings) == ["PDF_ACTIVE_CONTENT"]


def test_too_large_file_is_refused_before_its_content_is_read():
    limits = SizeLimits(pdf=100)
    result = inspect_file(samples.pdf(), limits=limits)
    assert codes(result.findings) == ["MATERIAL_TOO_LARGE"]


def test_checklist_item_accepts_only_its_kinds():
    result = inspect_file(samples.mp4(), accepted=[MediaClass.IMAGE, MediaClass.PDF])
    [finding] = result.findings
    assert finding.code == "MATERIAL_KIND_NOT_ACCEPTED"
    assert "照片或PDF 文件" in finding.message and "视频" in finding.message
    assert inspect_file(samples.jpeg(), accepted=[MediaClass.IMAGE]).accepted


def test_warnings_do_not_refuse():
    result = inspect_file(samples.pdf(60))
    assert result.accepted
    assert codes(result.findings) == ["PDF_TOO_MANY_PAGES"]


def test_upload_route_flow_in_chunks():
    """What the upload route does: type from the first chunk, size from Upload-Length,
    structure chunk by chunk, content at the end."""
    data = samples.jpeg()
    kind, findings = check_type(data[:64])
    assert (kind, findings) == (FileKind.JPEG, [])
    assert check_size(kind, len(data)) == []
    scanner = StructureScanner(kind)
    for i in range(0, len(data), 8192):
        assert scanner.feed(data[i : i + 8192]) == []
    assert scanner.finish() == []
    assert inspect_content(kind, data) == []
    assert inspect_content(FileKind.MP4, samples.mp4()) == []


def test_findings_serialise_for_the_api():
    [finding] = check_size(FileKind.PDF, 0)
    assert finding.to_dict() == {
        "code": "MATERIAL_EMPTY",
        "message": finding.message,
        "severity": "reject",
        "details": {},
    }


# --- duplicates ------------------------------------------------------------------------------


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_no_duplicates():
    assert find_duplicates([("ID_CARD", sha(b"a")), ("CONTRACT", sha(b"b"))]) == []
    assert find_duplicates([]) == []


def test_same_file_for_two_requirements_is_refused_and_names_them():
    digest = sha(b"scan")
    [finding] = find_duplicates(
        [("ID_CARD", digest), ("CONTRACT", sha(b"other")), ("INVOICE", digest.upper())],
        names={"ID_CARD": "身份证", "INVOICE": "购房发票"},
    )
    assert finding.code == "MATERIAL_DUPLICATE"
    assert finding.severity == "reject"
    assert finding.details["requirements"] == ["ID_CARD", "INVOICE"]
    assert "「身份证」" in finding.message and "「购房发票」" in finding.message


def test_same_file_twice_for_one_requirement_is_a_warning():
    digest = sha(b"scan")
    [finding] = find_duplicates([("ID_CARD", digest), ("ID_CARD", digest)])
    assert (finding.code, finding.severity) == ("MATERIAL_DUPLICATE", "warn")
    assert finding.details["copies"] == 2
    assert "「ID_CARD」" in finding.message


def test_each_duplicated_file_is_its_own_finding():
    a, b = sha(b"a"), sha(b"b")
    findings = find_duplicates([("X", a), ("Y", a), ("Z", b), ("Z", b)])
    assert [f.severity for f in findings] == ["reject", "warn"]
