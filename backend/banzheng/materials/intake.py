"""Checking an upload while its bytes pass through, before anything is kept.

The type is decided from the first bytes (never the filename or Content-Type), the size is
counted as it arrives, the structure is walked chunk by chunk (polyglots and appended scripts
are refused), and — once complete — a photo's pixel count is read from its header and a PDF is
searched for active content, from a spool file rather than memory. A refusal raises
`UploadRefused`; the storage layer then keeps nothing.
"""

from __future__ import annotations

import io
import tempfile
import warnings
from dataclasses import dataclass, field
from typing import BinaryIO

from PIL import Image

from banzheng.common.errors import ApiError
from banzheng.materials.findings import Finding, has_reject, reject
from banzheng.materials.imagecheck import PILLOW_FORMATS, _too_many_pixels
from banzheng.materials.inspect import check_size, check_type, limit_for
from banzheng.materials.labels import MEDIA_LABELS, accepted_media_text
from banzheng.materials.limits import MAX_IMAGE_PIXELS, SNIFF_HEAD_BYTES, SizeLimits
from banzheng.materials.pdfcheck import inspect_pdf
from banzheng.materials.sniff import FileKind, MediaClass
from banzheng.materials.tailscan import StructureScanner

# A photo's dimensions sit in its first bytes (PNG: 33; JPEG: the SOF marker, after EXIF, which
# phones keep under 64 KB). Keeping this much of the head bounds memory per upload.
IMAGE_HEAD_BYTES = 256 * 1024
# PDFs are parsed from a temporary file that stays in memory up to this size, then spills.
PDF_SPOOL_MEMORY = 1024 * 1024

FORMAT_MEDIA = {
    "jpeg": MediaClass.IMAGE,
    "png": MediaClass.IMAGE,
    "pdf": MediaClass.PDF,
    "mp4": MediaClass.VIDEO,
    "mov": MediaClass.VIDEO,
}


class UploadRefused(ApiError):
    """4xx with the first refusing finding's code and message; all findings in details."""

    def __init__(self, findings: list[Finding], status: int = 422) -> None:
        first = next(f for f in findings if f.severity == "reject")
        too_large = first.code == "MATERIAL_TOO_LARGE"
        super().__init__(
            first.message,
            code=first.code,
            status=413 if too_large else status,
            details={"findings": [f.to_dict() for f in findings]},
        )


def accepted_media(formats: list[str]) -> set[MediaClass]:
    return {FORMAT_MEDIA[f] for f in formats if f in FORMAT_MEDIA}


@dataclass
class Intake:
    limits: SizeLimits
    accepted: set[MediaClass]
    declared_length: int | None = None
    kind: FileKind | None = None
    size: int = 0
    _head: bytearray = field(default_factory=bytearray)
    _scanner: StructureScanner | None = None
    _spool: BinaryIO | None = None

    def feed(self, chunk: bytes) -> None:
        if not chunk:
            return
        self.size += len(chunk)
        if self.kind is None:
            self._head += chunk
            if len(self._head) >= SNIFF_HEAD_BYTES:
                self._decide_type(bytes(self._head))
            return
        self._pass(chunk)

    def _decide_type(self, head: bytes) -> None:
        kind, findings = check_type(head[:SNIFF_HEAD_BYTES])
        if kind is None:
            raise UploadRefused(findings)
        if kind.media not in self.accepted:
            raise UploadRefused(
                [
                    reject(
                        "MATERIAL_KIND_NOT_ACCEPTED",
                        f"这一项材料只接受{accepted_media_text(self.accepted)}，"
                        f"收到的是{MEDIA_LABELS[kind.media]}，请重新选择文件上传。",
                        kind=str(kind),
                    )
                ]
            )
        if self.declared_length is not None:
            self._refuse_if(check_size(kind, self.declared_length, self.limits))
        self.kind = kind
        self._scanner = StructureScanner(kind)
        if kind.media in (MediaClass.PDF, MediaClass.IMAGE):
            # PDFs are parsed from it; photos are encoded again from it (reencode.py)
            self._spool = tempfile.SpooledTemporaryFile(max_size=PDF_SPOOL_MEMORY)
        buffered = bytes(self._head)
        self._head = bytearray(
            buffered[:IMAGE_HEAD_BYTES] if kind.media is MediaClass.IMAGE else b""
        )
        self._pass(buffered, keep_head=False)

    def _pass(self, chunk: bytes, *, keep_head: bool = True) -> None:
        if self.size > limit_for(self.kind, self.limits):
            self._refuse_if(check_size(self.kind, self.size, self.limits))
        self._refuse_if(self._scanner.feed(chunk))
        if keep_head and self.kind.media is MediaClass.IMAGE and len(self._head) < IMAGE_HEAD_BYTES:
            self._head += chunk[: IMAGE_HEAD_BYTES - len(self._head)]
        if self._spool is not None:
            self._spool.write(chunk)

    def finish(self) -> None:
        """All bytes arrived: the checks that need the whole stream."""
        if self.kind is None:
            if not self._head:
                raise UploadRefused([reject("MATERIAL_EMPTY", "文件是空的，请重新选择文件上传。")])
            self._decide_type(bytes(self._head))
        if self.declared_length is not None and self.size != self.declared_length:
            raise UploadRefused(
                [
                    reject(
                        "UPLOAD_INCOMPLETE",
                        "文件没有传完整，请重新上传。",
                        expected=self.declared_length,
                        received=self.size,
                    )
                ],
                400,
            )
        self._refuse_if(check_size(self.kind, self.size, self.limits))
        self._refuse_if(self._scanner.finish())
        if self.kind.media is MediaClass.IMAGE:
            self._refuse_if(image_header_findings(bytes(self._head)))
        if self.kind.media is MediaClass.PDF:
            self._spool.seek(0)
            try:
                self._refuse_if(inspect_pdf(self._spool))
            finally:
                self.close()

    def photo_bytes(self) -> bytes | None:
        """A finished photo's bytes as received (to be encoded again), else None."""
        if self.kind is None or self.kind.media is not MediaClass.IMAGE or self._spool is None:
            return None
        self._spool.seek(0)
        return self._spool.read()

    def close(self) -> None:
        if self._spool is not None:
            self._spool.close()
            self._spool = None

    @staticmethod
    def _refuse_if(findings: list[Finding]) -> None:
        if has_reject(findings):
            raise UploadRefused(findings)


def image_header_findings(head: bytes) -> list[Finding]:
    """Refuse a pixel flood from the header alone, before any pixel is decoded. A header that
    cannot be read from the first bytes is left to the full pre-review (it decodes nothing
    either before checking the size)."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(head), formats=PILLOW_FORMATS) as image:
                width, height = image.size
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            return [_too_many_pixels(None, None)]
        except (OSError, ValueError, SyntaxError):  # Pillow's "cannot identify/parse" family
            return []
    return [_too_many_pixels(width, height)] if width * height > MAX_IMAGE_PIXELS else []
