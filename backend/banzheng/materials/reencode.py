"""Photos are stored as their pixels only (issue #13 item 4).

An uploaded JPEG or PNG can carry anything besides its picture: JPEG COM and APPn segments
(EXIF with the GPS position where the photo was taken, maker notes, XMP), PNG text and private
chunks (an ELF binary, a compressed `<script>` were accepted and served back byte for byte).
The structure checks (tailscan.py) refuse what follows the image; what sits inside its metadata
is only removed by decoding the picture and encoding it again, which this module does after
the upload's checks passed and before the file is stored.

* **Orientation.** The EXIF orientation is applied to the pixels first (ImageOps.exif_transpose),
  so a phone photo still stands upright once its EXIF is gone.
* **JPEG** is encoded again at `JPEG_QUALITY`, keeping greyscale as greyscale; CMYK scans become
  RGB (what every browser shows). The colour profile is dropped: phone cameras write sRGB or
  Display P3, and for photos of documents the slight shift of P3 colours does not matter.
* **PNG** keeps its mode (palette, greyscale, alpha) and its transparency; nothing else.

What is stored — and hashed, checked by the pre-review and downloaded — is the re-encoded file,
so the size and SHA-256 an owner sees are those of the stored bytes.
"""

from __future__ import annotations

import asyncio
import io
import warnings
import weakref

from PIL import Image, ImageOps

from banzheng.materials.imagecheck import PILLOW_FORMATS

JPEG_QUALITY = 90
"""High enough that text on a photographed document keeps its edges after one more generation
(the blur score of tests/materials/test_imagecheck.py's documents moves by under 5 %), low
enough that a 12-megapixel phone photo stays within a few MB."""

REENCODE_CONCURRENCY = 2
"""Photos decoded at once per API process. The largest accepted photo (MAX_IMAGE_PIXELS, 40 MP)
takes ≈ 160 MB decoded; two bound an upload burst to ≈ 320 MB, and two cores do no more at once.
Others wait their turn without holding the event loop."""

_slots: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore] = (
    weakref.WeakKeyDictionary()
)

_JPEG_MODES = {"L": "L", "RGB": "RGB", "CMYK": "RGB", "YCbCr": "RGB", "I;16": "L", "1": "L"}
_PNG_MODES = {"1", "L", "LA", "P", "RGB", "RGBA", "I", "I;16"}


def pixels_only(data: bytes, kind: str) -> bytes:
    """The picture of `data` (JPEG or PNG, already checked) encoded again without metadata.
    CPU-bound (decodes every pixel): call it off the event loop."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # odd metadata is what we are removing
        with Image.open(io.BytesIO(data), formats=PILLOW_FORMATS) as source:
            transparency = source.info.get("transparency")
            image = ImageOps.exif_transpose(source)  # a new image: no info, no EXIF
            image.load()
    out = io.BytesIO()
    if kind == "jpeg":
        image = image.convert(_JPEG_MODES.get(image.mode, "RGB"))
        image.info = {}  # a copy keeps the source's info (EXIF, ICC, comment): never re-saved
        image.save(out, format="JPEG", quality=JPEG_QUALITY, optimize=True, exif=b"")
    else:
        if image.mode not in _PNG_MODES:
            image = image.convert("RGBA")
        image.info = {}
        options = {"transparency": transparency} if transparency is not None else {}
        image.save(out, format="PNG", **options)
    return out.getvalue()


async def pixels_only_async(data: bytes, kind: str) -> bytes:
    """`pixels_only` in a worker thread (Pillow releases the GIL while it decodes and encodes),
    at most REENCODE_CONCURRENCY at a time per process."""
    loop = asyncio.get_running_loop()
    slot = _slots.get(loop)
    if slot is None:
        slot = _slots[loop] = asyncio.Semaphore(REENCODE_CONCURRENCY)
    async with slot:
        return await asyncio.to_thread(pixels_only, data, kind)
