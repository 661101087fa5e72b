"""Streaming structure scan: refuse polyglots and truncated files while the upload arrives.

A polyglot is a file that is valid as two things at once: a JPEG whose bytes after its end
marker are a PHP script or an SVG, a PNG with a ZIP appended, a PDF with HTML after `%%EOF`.
`sniff` sees only the first bytes, so it cannot tell. This scanner walks the container
structure of each accepted format chunk by chunk, holding only a few header bytes between
chunks (never the file), and finds:

* **trailing data** — any byte other than padding after the format's end: JPEG EOI, PNG
  IEND, the last PDF `%%EOF`; for MP4/MOV, bytes that are not a well-formed top-level box;
* **truncation** — the stream ended before the format's end (an interrupted upload);
* **broken structure** — a segment, chunk or box header that cannot be what the format says;
* **script or markup anywhere** — `<?php`, `<script`, `<html`, `<iframe`, `<!doctype html`,
  each followed by the delimiter the language requires, so that random compressed bytes hit a
  marker about once in 10⁶ large files. This is defence in depth, not the defence: a PHP
  `<?=` tag is only three bytes and cannot be searched for in binary data. What makes uploads
  harmless is that they are stored under random ids, never executed, and served with the
  sniffed Content-Type, `X-Content-Type-Options: nosniff` and `Content-Disposition`.

Usage, per upload::

    scanner = StructureScanner(kind)
    for chunk in body:
        if has_reject(scanner.feed(chunk)):
            ...  # stop reading, answer 422 with the finding
    findings = scanner.finish()
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Iterable

from banzheng.materials.findings import Finding, reject
from banzheng.materials.limits import TAIL_SCAN_MAX_PENDING
from banzheng.materials.sniff import FileKind, MediaClass

HOSTILE_MARKERS = re.compile(
    rb"<(?:\?php\s|script[\s>/]|html[\s>]|iframe[\s>/]|!doctype\s+html)", re.IGNORECASE
)
# Longest match is "<!doctype" + whitespace + "html" = 14 bytes (one whitespace); carrying 31
# bytes between chunks covers runs of whitespace too. A marker split across chunks is found.
_MARKER_CARRY = 31

# Bytes that may follow the end of a file without meaning anything: cameras and exporters pad
# with NULs, 0xFF or line breaks.
PADDING = b"\x00\xff \t\r\n\x0c"

_MALFORMED_MESSAGE = "文件已损坏或格式不正确，请重新拍摄或从原始文件重新导出后上传。"
_TRUNCATED_MESSAGE = "文件不完整，可能是上传中断或文件已损坏，请重新上传。"
_HOSTILE_MESSAGE = (
    "文件中含有网页或脚本代码，不是正常的照片或文档，不能作为办证材料。"
    "请用手机重新拍照，或从原始文件重新导出后上传。"
)
_TRAILING_MESSAGES = {
    MediaClass.IMAGE: (
        "图片结尾处附带了其他数据（例如“动态照片”中的视频），不能作为办证材料。"
        "请关闭“动态照片/实况”后重新拍摄，或截图后上传。"
    ),
    MediaClass.PDF: "PDF 文件结尾处附带了其他数据，请重新导出（或用“打印—另存为 PDF”）后上传。",
    MediaClass.VIDEO: "视频文件结构异常，结尾处附带了其他数据，请用手机重新录制后上传。",
}


class _Walker(ABC):
    """What the scanner asks of every format: feed bytes, then say whether the stream is
    broken, has ended, carries trailing data, and may end here."""

    def __init__(self) -> None:
        self.buf = bytearray()
        self.skip = 0
        self.ended = False
        self.broken = False
        self.trailing = False

    @abstractmethod
    def feed(self, chunk: bytes) -> None: ...

    def after_end(self, data: bytes) -> None:
        if data.translate(None, PADDING):
            self.trailing = True

    def complete(self) -> bool:
        """Whether the stream may end here."""
        return self.ended


class _SteppingWalker(_Walker):
    """Common loop: a state machine steps over a byte buffer; `skip` bytes are consumed
    without being buffered (segment, chunk and box bodies)."""

    def feed(self, chunk: bytes) -> None:
        if self.broken:
            return
        if self.ended:
            self.after_end(chunk)
            return
        self.buf += chunk
        i, n = 0, len(self.buf)
        while not self.broken:
            if self.skip:
                take = min(self.skip, n - i)
                i += take
                self.skip -= take
                if self.skip:
                    break
            if self.ended:
                self.after_end(bytes(self.buf[i:]))
                i = n
                break
            j = self.step(i)
            if j is None:
                break
            i = j
        del self.buf[:i]
        if len(self.buf) > TAIL_SCAN_MAX_PENDING:
            self.broken = True

    @abstractmethod
    def step(self, i: int) -> int | None:
        """Consume from `buf[i:]`; return the next index, or None when more bytes are needed."""


class _JpegWalker(_SteppingWalker):
    """ITU-T T.81 Annex B: SOI, marker segments (FFxx + 2-byte length), entropy-coded data
    after each SOS (FF stuffed as FF00, restart markers FFD0–FFD7), EOI."""

    def __init__(self) -> None:
        super().__init__()
        self.state = "soi"

    def step(self, i: int) -> int | None:
        buf, n = self.buf, len(self.buf)
        if self.state == "entropy":
            j = buf.find(b"\xff", i)
            if j < 0:
                return n if n > i else None
            if j + 1 >= n:
                return j if j > i else None
            follower = buf[j + 1]
            if follower == 0x00 or 0xD0 <= follower <= 0xD7:
                return j + 2
            if follower == 0xFF:
                return j + 1
            self.state = "marker"
            return j
        if n - i < 2:
            return None
        if self.state == "soi":
            if buf[i : i + 2] != b"\xff\xd8":
                self.broken = True
                return None
            self.state = "marker"
            return i + 2
        if buf[i] != 0xFF:
            self.broken = True
            return None
        marker = buf[i + 1]
        if marker == 0xFF:  # fill byte before a marker
            return i + 1
        if marker == 0xD9:
            self.ended = True
            return i + 2
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            return i + 2
        if marker in (0x00, 0xD8):
            self.broken = True
            return None
        if n - i < 4:
            return None
        length = int.from_bytes(buf[i + 2 : i + 4], "big")
        if length < 2:
            self.broken = True
            return None
        self.skip = length - 2
        if marker == 0xDA:
            self.state = "entropy"
        return i + 4


class _PngWalker(_SteppingWalker):
    """ISO/IEC 15948 §5: signature, then chunks (4-byte length, 4-letter type, data, CRC)
    up to IEND."""

    def __init__(self) -> None:
        super().__init__()
        self.state = "signature"

    def step(self, i: int) -> int | None:
        buf = self.buf
        if self.state == "iend":
            self.ended = True
            return i
        if self.state == "signature":
            if len(buf) - i < 8:
                return None
            if buf[i : i + 8] != b"\x89PNG\r\n\x1a\n":
                self.broken = True
                return None
            self.state = "chunk"
            return i + 8
        if len(buf) - i < 8:
            return None
        length = int.from_bytes(buf[i : i + 4], "big")
        chunk_type = bytes(buf[i + 4 : i + 8])
        if length > 0x7FFFFFFF or not chunk_type.isalpha():
            self.broken = True
            return None
        self.skip = length + 4  # data + CRC
        if chunk_type == b"IEND":
            self.state = "iend"
        return i + 8


class _IsoBmffWalker(_SteppingWalker):
    """ISO/IEC 14496-12 §4.2: top-level boxes (32-bit size, or 1 + 64-bit size, or 0 = to the
    end of the file) back to back; the file must end on a box boundary."""

    def __init__(self) -> None:
        super().__init__()
        self.open_ended = False

    def step(self, i: int) -> int | None:
        buf, n = self.buf, len(self.buf)
        if self.open_ended:
            return n if n > i else None
        if n - i < 8:
            return None
        size = int.from_bytes(buf[i : i + 4], "big")
        box_type = bytes(buf[i + 4 : i + 8])
        if not all(0x20 <= b <= 0x7E for b in box_type):
            self.broken = True
            return None
        if size == 0:
            self.open_ended = True
            return i + 8
        if size == 1:
            if n - i < 16:
                return None
            size = int.from_bytes(buf[i + 8 : i + 16], "big")
            if size < 16:
                self.broken = True
                return None
            self.skip = size - 16
            return i + 16
        if size < 8:
            self.broken = True
            return None
        self.skip = size - 8
        return i + 8

    def complete(self) -> bool:
        return self.open_ended or (self.skip == 0 and not self.buf)


class _PdfWalker(_Walker):
    """ISO 32000-1 §7.5.5: the file ends with `%%EOF` (incremental updates add more); only
    padding may follow the last one. PDF bodies are checked by `pdfcheck` once complete."""

    EOF = b"%%EOF"

    def __init__(self) -> None:
        super().__init__()
        self.carry = b""
        self.seen_eof = False

    def feed(self, chunk: bytes) -> None:
        data = self.carry + chunk
        last = data.rfind(self.EOF)
        if last >= 0:
            self.seen_eof = True
            self.trailing = bool(data[last + len(self.EOF) :].translate(None, PADDING))
        elif self.seen_eof and chunk.translate(None, PADDING):
            self.trailing = True
        self.carry = data[-(len(self.EOF) - 1) :]

    def complete(self) -> bool:
        return self.seen_eof


def _walker_for(kind: FileKind) -> _Walker:
    match kind:
        case FileKind.JPEG:
            return _JpegWalker()
        case FileKind.PNG:
            return _PngWalker()
        case FileKind.PDF:
            return _PdfWalker()
        case FileKind.MP4 | FileKind.MOV:
            return _IsoBmffWalker()
    raise ValueError(kind)  # pragma: no cover - FileKind is closed


class StructureScanner:
    """Feed an upload chunk by chunk; each call returns the findings it just discovered, so
    the caller can stop reading at the first `reject`. `finish()` returns all findings."""

    def __init__(self, kind: FileKind) -> None:
        self.kind = kind
        self._walker = _walker_for(kind)
        self._carry = b""
        self._findings: list[Finding] = []
        self._codes: set[str] = set()
        self._size = 0
        self._finished = False

    @property
    def findings(self) -> list[Finding]:
        return list(self._findings)

    def feed(self, chunk: bytes) -> list[Finding]:
        if self._finished:
            raise RuntimeError("scanner already finished")
        before = len(self._findings)
        self._size += len(chunk)
        if "MATERIAL_HOSTILE_CONTENT" not in self._codes:
            window = self._carry + chunk
            match = HOSTILE_MARKERS.search(window)
            if match:
                marker = match.group().decode("ascii", "replace").strip().lower()
                self._add(reject("MATERIAL_HOSTILE_CONTENT", _HOSTILE_MESSAGE, marker=marker))
            self._carry = window[-_MARKER_CARRY:]
        walker = self._walker
        was_trailing = walker.trailing
        walker.feed(chunk)
        if walker.broken:
            self._add(reject("MATERIAL_MALFORMED", _MALFORMED_MESSAGE))
        elif walker.trailing and not was_trailing and not isinstance(walker, _PdfWalker):
            # A PDF may still bring another %%EOF; it is judged at the end.
            self._trailing()
        return self._findings[before:]

    def finish(self) -> list[Finding]:
        if not self._finished:
            self._finished = True
            walker = self._walker
            if self._size == 0:
                self._add(reject("MATERIAL_EMPTY", "文件是空的，请重新选择文件上传。"))
            elif not walker.broken and not walker.complete():
                self._add(reject("MATERIAL_TRUNCATED", _TRUNCATED_MESSAGE))
            elif walker.trailing:
                self._trailing()
        return self.findings

    def _trailing(self) -> None:
        self._add(reject("MATERIAL_TRAILING_DATA", _TRAILING_MESSAGES[self.kind.media]))

    def _add(self, finding: Finding) -> None:
        if finding.code not in self._codes:
            self._codes.add(finding.code)
            self._findings.append(finding)


def scan_tail(kind: FileKind, chunks: Iterable[bytes]) -> list[Finding]:
    """Scan a whole stream of chunks (an upload body, a stored object read piece by piece)."""
    scanner = StructureScanner(kind)
    for chunk in chunks:
        scanner.feed(chunk)
    return scanner.finish()


def inspect_trailing_bytes(kind: FileKind, data: bytes) -> list[Finding]:
    """`scan_tail` for a file already in memory."""
    return scan_tail(kind, [data])
