"""File type from magic numbers only: the five accepted formats, and everything owners or
attackers send instead."""

from __future__ import annotations

import pytest

from banzheng.materials.sniff import FileKind, MediaClass, check_type, sniff
from tests.materials import samples


def test_real_images_and_pdf_are_recognised():
    assert sniff(samples.jpeg()[:64]) is FileKind.JPEG
    assert sniff(samples.png()[:64]) is FileKind.PNG
    assert sniff(samples.pdf()[:64]) is FileKind.PDF


def test_a_png_named_pdf_is_a_png():
    # The filename and Content-Type never reach sniff: only bytes do.
    data = samples.png()
    assert sniff(data[:64]) is FileKind.PNG
    assert FileKind.PNG.media is MediaClass.IMAGE
    assert FileKind.PNG.mime == "image/png"


@pytest.mark.parametrize(
    ("brand", "kind"),
    [(b"isom", FileKind.MP4), (b"mp42", FileKind.MP4), (b"qt  ", FileKind.MOV)],
)
def test_phone_videos_by_major_brand(brand, kind):
    assert sniff(samples.mp4(brand)[:64]) is kind
    assert kind.media is MediaClass.VIDEO


@pytest.mark.parametrize("brand", [b"heic", b"mif1", b"avif", b"M4A ", b"crx "])
def test_other_iso_bmff_files_are_refused(brand):
    assert sniff(samples.mp4(brand)[:64]) is None


def test_ftyp_box_with_an_impossible_size_is_refused():
    data = bytearray(samples.mp4())
    data[0:4] = (7).to_bytes(4, "big")
    assert sniff(bytes(data)) is None


@pytest.mark.parametrize(
    ("head", "detected"),
    [
        (b"GIF89a\x01\x00\x01\x00<?php system($_GET['c']); ?>", "gif"),
        (b"GIF87a" + b"\x00" * 20, "gif"),
        (b"PK\x03\x04\x14\x00\x06\x00[Content_Types].xml", "zip"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 20, "office"),
        (b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic", "heic"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "webp"),
        (b"BM6\x00\x00\x00", "bmp"),
    ],
)
def test_known_formats_are_refused_with_advice(head, detected):
    kind, findings = check_type(head)
    assert kind is None
    [finding] = findings
    assert finding.code == "MATERIAL_TYPE_UNSUPPORTED"
    assert finding.severity == "reject"
    assert finding.details == {"detected": detected}


@pytest.mark.parametrize(
    "head",
    [
        b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
        b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        b"<!DOCTYPE html><html><body><script>alert(1)</script>",
        b"<?php echo shell_exec($_GET['c']); ?>",
        b"#!/bin/sh\nrm -rf /\n",
        b"  %PDF-1.7 header not at offset 0",
        b"<html>%PDF-1.4",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dJUNK",  # PNG signature without IHDR
        b"\xff\xd8",  # too short to be a JPEG
        b"",
    ],
)
def test_markup_scripts_and_fakes_are_refused(head):
    assert sniff(head) is None
    kind, [finding] = check_type(head)
    assert kind is None
    assert finding.code == "MATERIAL_TYPE_UNSUPPORTED"
    assert "JPG" in finding.message and "PDF" in finding.message
