"""Photo checks: pixel floods refused from the header, low resolution, blur calibration,
corrupt and truncated files. pytest runs with warnings as errors, so a leaked Pillow
DecompressionBombWarning would fail these tests."""

from __future__ import annotations

import io
import warnings

import pytest
from PIL import Image

from banzheng.materials.imagecheck import analysis_blur_score, blur_score, inspect_image
from banzheng.materials.limits import BLUR_THRESHOLD, MAX_IMAGE_PIXELS, MIN_DOCUMENT_SHORT_SIDE
from tests.materials import samples


def codes(findings) -> list[str]:
    return [f.code for f in findings]


# --- calibration of BLUR_THRESHOLD -----------------------------------------------------------

SHARP = {
    "text_page": samples.text_page,
    "id_card": samples.id_card,
    "checkerboard": samples.checkerboard,
}
BLUR_RADIUS = 3  # px at the image's own size: text is no longer legible


@pytest.mark.parametrize("name", list(SHARP))
def test_blur_threshold_separates_sharp_from_blurred_with_margin(name):
    """The calibration recorded in BLUR_THRESHOLD's docstring: sharp ≥ 10× the threshold,
    blurred ≤ threshold / 1.5, for PNG and JPEG encodings alike."""
    image = SHARP[name]()
    for fmt in ("PNG", "JPEG"):
        sharp = analysis_blur_score(samples.encode(image.convert("RGB"), fmt))
        soft = analysis_blur_score(
            samples.encode(samples.blurred(image, BLUR_RADIUS).convert("RGB"), fmt)
        )
        assert sharp >= 10 * BLUR_THRESHOLD, (name, fmt, sharp)
        assert soft <= BLUR_THRESHOLD / 1.5, (name, fmt, soft)


def test_sharp_document_photo_passes_and_blurred_one_is_warned():
    sharp = samples.encode(samples.id_card(), "JPEG", quality=90)
    soft = samples.encode(samples.blurred(samples.id_card(), BLUR_RADIUS), "JPEG")
    assert inspect_image(sharp) == []
    [finding] = inspect_image(soft)
    assert finding.code == "IMAGE_BLURRY"
    assert finding.severity == "warn"
    assert finding.details["blur_score"] < BLUR_THRESHOLD
    assert finding.details["threshold"] == BLUR_THRESHOLD
    assert "重新拍摄" in finding.message


def test_blur_is_not_judged_for_non_document_photos():
    soft = samples.encode(samples.blurred(samples.id_card(), 6), "JPEG")
    assert inspect_image(soft, document=False) == []


def test_blur_score_is_independent_of_mode_and_handles_tiny_images():
    image = samples.checkerboard(cell=8, size=64)
    assert blur_score(image) == pytest.approx(blur_score(image.convert("RGB")))
    assert blur_score(Image.new("L", (2, 2))) == 0.0
    assert blur_score(Image.new("L", (50, 50), 128)) == 0.0


def test_laplacian_variance_matches_direct_computation():
    """The split positive/negative kernels rebuild the exact variance of the Laplacian."""
    image = samples.checkerboard(cell=3, size=30)
    px = image.load()
    values = [
        px[x - 1, y] + px[x + 1, y] + px[x, y - 1] + px[x, y + 1] - 4 * px[x, y]
        for x in range(1, 29)
        for y in range(1, 29)
    ]
    mean = sum(values) / len(values)
    expected = sum((v - mean) ** 2 for v in values) / len(values)
    # Each half is rounded to a multiple of 4 by the 1/4 scale, hence the tolerance.
    assert blur_score(image) == pytest.approx(expected, rel=0.02)


# --- size and resolution ---------------------------------------------------------------------


def test_pixel_flood_png_is_refused_before_decoding():
    data = samples.pixel_flood_png(60_000, 60_000)
    assert len(data) < 500
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        findings = inspect_image(data)
    [finding] = findings
    assert finding.code == "IMAGE_TOO_MANY_PIXELS"
    assert finding.severity == "reject"
    assert finding.details["max_pixels"] == MAX_IMAGE_PIXELS


def test_image_between_pillow_warning_and_error_limits_is_refused_without_warning():
    # 10 000 × 10 000 = 100 M pixels: above Pillow's warning limit (~89 M), below its error
    # limit (~179 M). The warning must become a finding, not leak.
    data = samples.pixel_flood_png(10_000, 10_000)
    findings = inspect_image(data)
    assert codes(findings) == ["IMAGE_TOO_MANY_PIXELS"]


def test_image_just_above_our_cap_is_refused_with_its_dimensions():
    width, height = 8000, MAX_IMAGE_PIXELS // 8000 + 1
    [finding] = inspect_image(samples.pixel_flood_png(width, height))
    assert finding.code == "IMAGE_TOO_MANY_PIXELS"
    assert (finding.details["width"], finding.details["height"]) == (width, height)


def test_pixel_cap_is_far_below_pillows_default():
    assert MAX_IMAGE_PIXELS * 2 <= Image.MAX_IMAGE_PIXELS


def test_low_resolution_document_is_refused():
    data = samples.encode(samples.text_page(800, MIN_DOCUMENT_SHORT_SIDE - 1), "JPEG")
    findings = inspect_image(data)
    assert "IMAGE_RESOLUTION_TOO_LOW" in codes(findings)
    finding = next(f for f in findings if f.code == "IMAGE_RESOLUTION_TOO_LOW")
    assert finding.severity == "reject"
    assert finding.details == {
        "width": 800,
        "height": MIN_DOCUMENT_SHORT_SIDE - 1,
        "min_short_side": MIN_DOCUMENT_SHORT_SIDE,
    }
    assert f"{MIN_DOCUMENT_SHORT_SIDE} 像素" in finding.message


def test_minimum_resolution_is_inclusive():
    data = samples.encode(samples.text_page(900, MIN_DOCUMENT_SHORT_SIDE), "PNG")
    assert inspect_image(data) == []


def test_small_face_photo_is_fine_when_not_a_document():
    data = samples.encode(samples.text_page(400, 300), "JPEG")
    assert inspect_image(data, document=False) == []


# --- unreadable files ------------------------------------------------------------------------


def test_truncated_jpeg_is_unreadable():
    data = samples.jpeg()
    assert codes(inspect_image(data[: len(data) // 2])) == ["IMAGE_UNREADABLE"]


def test_truncated_png_is_unreadable():
    data = samples.png()
    assert codes(inspect_image(data[: len(data) // 2])) == ["IMAGE_UNREADABLE"]


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"not an image at all",
        b"GIF89a\x01\x00\x01\x00\x00\x00\x00;",  # a real format, but not one we decode
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR\x00\x00\x00\x00",
    ],
)
def test_garbage_is_unreadable(data):
    assert codes(inspect_image(data)) == ["IMAGE_UNREADABLE"]


def test_palette_png_with_transparency_is_checked_without_leaking_warnings():
    image = samples.text_page(800, 700).convert("P")
    image.info["transparency"] = b"\x00" * 16
    out = io.BytesIO()
    image.save(out, "PNG", transparency=0)
    assert inspect_image(out.getvalue()) == []
