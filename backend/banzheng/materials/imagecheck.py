"""Photo checks: a pixel bomb is refused from the header, before decoding; a photo of a
document must be large and sharp enough for a clerk to read it (plan requirement 4, 材料预审).
"""

from __future__ import annotations

import io
import warnings

from PIL import Image, ImageFilter, ImageStat

from banzheng.materials.findings import Finding, reject, warn
from banzheng.materials.limits import (
    BLUR_ANALYSIS_MAX_SIDE,
    BLUR_THRESHOLD,
    MAX_IMAGE_PIXELS,
    MIN_DOCUMENT_SHORT_SIDE,
)

# Pillow decodes only these; every other plugin (and its parser) stays out of reach.
PILLOW_FORMATS = ("JPEG", "PNG")

# 4-neighbour Laplacian split into its positive and negative halves: "L" images clip to 0–255,
# so each half is computed separately and scaled by 1/4 to fit, and the variance is rebuilt
# exactly from their sums (the halves never overlap on a pixel).
_LAPLACE_SCALE = 4
_LAPLACE_POS = ImageFilter.Kernel((3, 3), (0, 1, 0, 1, -4, 1, 0, 1, 0), scale=_LAPLACE_SCALE)
_LAPLACE_NEG = ImageFilter.Kernel((3, 3), (0, -1, 0, -1, 4, -1, 0, -1, 0), scale=_LAPLACE_SCALE)

_UNREADABLE_MESSAGE = "图片无法打开（文件可能已损坏或不完整），请重新拍摄后上传。"


def inspect_image(data: bytes, *, document: bool = True) -> list[Finding]:
    """Every problem with one photo. `document` asks for the legibility checks (resolution and
    sharpness) that photos of papers and cards need; a face photo from the identity check
    does not."""
    with warnings.catch_warnings():
        # Pillow warns (not raises) between its two bomb limits; make that a refusal too.
        # Other Pillow warnings (odd metadata) are not the owner's problem. catch_warnings is
        # process-global: a thread running this at the same moment sees the same filters,
        # which only ever turn that one warning into the refusal we want anyway.
        warnings.simplefilter("ignore")
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data), formats=PILLOW_FORMATS)
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            return [_too_many_pixels(None, None)]
        except Exception:  # decoders of hostile input raise anything: all mean "unreadable"
            return [reject("IMAGE_UNREADABLE", _UNREADABLE_MESSAGE)]
        with image:
            return _inspect_open_image(image, document=document)


def _inspect_open_image(image: Image.Image, *, document: bool) -> list[Finding]:
    width, height = image.size  # from the header; no pixel decoded yet
    if width * height > MAX_IMAGE_PIXELS:
        return [_too_many_pixels(width, height)]
    findings: list[Finding] = []
    if document and min(width, height) < MIN_DOCUMENT_SHORT_SIDE:
        findings.append(
            reject(
                "IMAGE_RESOLUTION_TOO_LOW",
                f"照片分辨率太低（{width}×{height} 像素），证件上的文字无法看清。"
                f"请使用手机相机直接拍摄，照片较短一边不少于 {MIN_DOCUMENT_SHORT_SIDE} 像素，"
                "不要上传截图或缩略图。",
                width=width,
                height=height,
                min_short_side=MIN_DOCUMENT_SHORT_SIDE,
            )
        )
    try:
        gray = _analysis_copy(image)
    except Exception:  # truncated or corrupt pixel data
        return [*findings, reject("IMAGE_UNREADABLE", _UNREADABLE_MESSAGE)]
    if document:
        score = blur_score(gray)
        if score < BLUR_THRESHOLD:
            findings.append(
                warn(
                    "IMAGE_BLURRY",
                    "照片可能模糊，文字不易辨认。建议在光线充足处对准证件、等对焦清晰后重新拍摄，"
                    "避免反光和抖动。",
                    blur_score=round(score, 1),
                    threshold=BLUR_THRESHOLD,
                )
            )
    return findings


def _analysis_copy(image: Image.Image) -> Image.Image:
    """Grayscale copy, longer side at most `BLUR_ANALYSIS_MAX_SIDE`. For JPEG, `draft` lets the
    decoder scale by 1/2–1/8 while decoding, so a large photo is never decoded at full size."""
    box = (BLUR_ANALYSIS_MAX_SIDE, BLUR_ANALYSIS_MAX_SIDE)
    image.draft("L", box)
    gray = image.convert("L")
    gray.thumbnail(box)
    return gray


def blur_score(gray: Image.Image) -> float:
    """Variance of the 4-neighbour Laplacian of a grayscale image (Pech-Pacheco et al., 2000):
    edges of sharp text give large second derivatives, blur spreads them out and the variance
    collapses. Comparable between images only at the same scale — use `_analysis_copy`."""
    if gray.mode != "L":
        gray = gray.convert("L")
    width, height = gray.size
    if width < 3 or height < 3:
        return 0.0
    # Pillow copies the outermost pixels through a kernel filter unchanged; they are not
    # Laplacian values, so they are cut away before measuring.
    inner = (1, 1, width - 1, height - 1)
    pixels = (width - 2) * (height - 2)
    pos = ImageStat.Stat(gray.filter(_LAPLACE_POS).crop(inner))
    neg = ImageStat.Stat(gray.filter(_LAPLACE_NEG).crop(inner))
    total = pos.sum[0] - neg.sum[0]
    total_sq = pos.sum2[0] + neg.sum2[0]
    variance = total_sq / pixels - (total / pixels) ** 2
    return max(variance, 0.0) * _LAPLACE_SCALE**2


def _too_many_pixels(width: int | None, height: int | None) -> Finding:
    return reject(
        "IMAGE_TOO_MANY_PIXELS",
        "照片像素过高，无法处理。请在相机设置中选择标准画质（不要使用超高像素模式）重新拍摄，"
        "或截图后上传。",
        width=width,
        height=height,
        max_pixels=MAX_IMAGE_PIXELS,
    )


def analysis_blur_score(data: bytes) -> float:
    """`blur_score` of an encoded photo at the analysis scale — for calibration and tooling."""
    with Image.open(io.BytesIO(data), formats=PILLOW_FORMATS) as image:
        return blur_score(_analysis_copy(image))
