"""Small JPEG previews of uploaded photos (ID cards, contracts) for staff review lists.

An upload is attacker-controlled, so before any pixel is decoded: only JPEG and PNG are opened,
the encoded size is capped, and the dimensions from the header are checked against a pixel cap
(a 100-byte PNG can claim 50 000 × 50 000 pixels and take gigabytes to decode). Our cap sits
below Pillow's own `MAX_IMAGE_PIXELS` (89 MP), which we leave unchanged (it is process-global);
Pillow warns in `open()` for 89–179 MP and refuses above, and both end here as a refusal too.
JPEGs are decoded at reduced scale (`draft`), so a 40 MP phone photo costs well under 1 MP.
The thumbnail keeps no EXIF (location, device), and it is rotated as the phone meant it.
Decoding runs in a worker thread: it is CPU work the event loop must not wait on.
"""

from __future__ import annotations

import asyncio
import io
import struct
from collections.abc import AsyncIterable, Iterable

from PIL import Image, ImageOps, UnidentifiedImageError

THUMBNAIL_MAX_SIDE = 320
THUMBNAIL_QUALITY = 80
# Defaults only, for callers outside the upload path. The material checks own the real limits
# (`materials.limits.MAX_IMAGE_PIXELS`, `SizeLimits.image`) and pass them in; storage, being
# infrastructure, does not import a domain package.
MAX_PIXELS = 40_000_000  # same as materials.limits; far below Pillow's 89 MP bomb threshold
MAX_INPUT_BYTES = 30 * 1024 * 1024
ACCEPTED_FORMATS = ("JPEG", "PNG")


# What Pillow raises on corrupt or truncated input (ValueError and struct.error: bad EXIF).
_UNREADABLE = (UnidentifiedImageError, OSError, SyntaxError, ValueError, struct.error)


class ThumbnailRefused(ValueError):
    """Not a JPEG or PNG we are willing to decode: unreadable, too large, or a pixel flood."""


async def make_thumbnail(
    chunks: AsyncIterable[bytes] | Iterable[bytes],
    *,
    max_side: int = THUMBNAIL_MAX_SIDE,
    max_pixels: int = MAX_PIXELS,
    max_input_bytes: int = MAX_INPUT_BYTES,
) -> bytes:
    """A JPEG no larger than `max_side` on either side, from an image given as byte chunks
    (such as `await store.open_stream(id)`); store it with `store.put_bytes`."""
    data = bytearray()
    if isinstance(chunks, AsyncIterable):
        async for chunk in chunks:
            _append(data, chunk, max_input_bytes)
    else:
        for chunk in chunks:
            _append(data, chunk, max_input_bytes)
    return await asyncio.to_thread(
        _thumbnail, bytes(data), max_side=max_side, max_pixels=max_pixels
    )


def _append(data: bytearray, chunk: bytes, limit: int) -> None:
    data += chunk
    if len(data) > limit:
        raise ThumbnailRefused(f"image larger than {limit} bytes")


def _thumbnail(data: bytes, *, max_side: int, max_pixels: int) -> bytes:
    try:
        image = Image.open(io.BytesIO(data), formats=ACCEPTED_FORMATS)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        # Pillow's own check, past 2 × 89 MP (or 89 MP where warnings are errors, as in tests).
        raise ThumbnailRefused(f"pixel flood: {exc}") from exc
    except _UNREADABLE as exc:
        raise ThumbnailRefused(f"unreadable image: {exc}") from exc
    with image:
        width, height = image.size  # from the header; nothing is decoded yet
        if width * height > max_pixels:
            raise ThumbnailRefused(f"pixel flood: {width}×{height} exceeds {max_pixels} pixels")
        try:
            image.draft("RGB", (max_side, max_side))  # JPEG only: decode at reduced scale
            upright = ImageOps.exif_transpose(image)
            upright.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
            rgb = _flatten(upright)
            out = io.BytesIO()
            rgb.save(out, "JPEG", quality=THUMBNAIL_QUALITY, optimize=True)
        except _UNREADABLE as exc:
            raise ThumbnailRefused(f"unreadable image: {exc}") from exc
        return out.getvalue()


def _flatten(image: Image.Image) -> Image.Image:
    """Transparent PNGs go onto white: a scanned form with an alpha channel must stay legible."""
    if image.mode in ("RGBA", "LA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, "white")
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return image.convert("RGB")
