"""What a file is, from its first bytes only.

The filename and the client's Content-Type are chosen by the client, so they decide nothing.
We accept five formats and recognise them by their magic numbers; everything else is refused.

Why our own ~40 lines rather than a type-sniffing package such as `filetype`: we need an
allow-list of five formats, not recognition of eighty; for ISO-BMFF we must decide by the major
brand (HEIC photos and M4A audio share the container with phone videos), which is policy, not
detection; and refusing polyglots needs the structure scan in `tailscan` anyway, which no
sniffing library does. So a dependency would add little and still need wrapping.
"""

from __future__ import annotations

import enum

from banzheng.materials.findings import Finding, reject


class MediaClass(enum.StrEnum):
    IMAGE = "image"
    PDF = "pdf"
    VIDEO = "video"


class FileKind(enum.StrEnum):
    JPEG = "jpeg"
    PNG = "png"
    PDF = "pdf"
    MP4 = "mp4"
    MOV = "mov"

    @property
    def media(self) -> MediaClass:
        return _MEDIA[self]

    @property
    def mime(self) -> str:
        return _MIME[self]


_MEDIA = {
    FileKind.JPEG: MediaClass.IMAGE,
    FileKind.PNG: MediaClass.IMAGE,
    FileKind.PDF: MediaClass.PDF,
    FileKind.MP4: MediaClass.VIDEO,
    FileKind.MOV: MediaClass.VIDEO,
}
_MIME = {
    FileKind.JPEG: "image/jpeg",
    FileKind.PNG: "image/png",
    FileKind.PDF: "application/pdf",
    FileKind.MP4: "video/mp4",
    FileKind.MOV: "video/quicktime",
}

JPEG_MAGIC = b"\xff\xd8\xff"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
# The PDF header must be at offset 0. Readers tolerate it anywhere in the first kilobyte, which
# is exactly how HTML/PDF polyglots are made; scanners and exporters write it first.
PDF_MAGIC = b"%PDF-"

# ISO-BMFF major brands of the videos phones record (Android: mp42/isom, iPhone: "qt  ",
# WeChat: mp42/isom, older phones: 3GP). Other ftyp files are refused: HEIC/AVIF are photos in
# the same container, M4A is audio.
MP4_BRANDS = frozenset(
    {
        b"isom",
        b"iso2",
        b"iso4",
        b"iso5",
        b"iso6",
        b"mp41",
        b"mp42",
        b"avc1",
        b"M4V ",
        b"MSNV",
        b"3gp4",
        b"3gp5",
        b"3gp6",
        b"3g2a",
    }
)
MOV_BRANDS = frozenset({b"qt  "})


def sniff(head: bytes) -> FileKind | None:
    """The kind of file whose first bytes are `head` (pass at least `SNIFF_HEAD_BYTES`), or
    None when it is not one we accept."""
    if head.startswith(JPEG_MAGIC):
        return FileKind.JPEG
    # The first chunk of every PNG is IHDR (ISO/IEC 15948 §5.6): length 13, then the type.
    if head.startswith(PNG_MAGIC) and head[8:16] == b"\x00\x00\x00\x0dIHDR":
        return FileKind.PNG
    if head.startswith(PDF_MAGIC):
        return FileKind.PDF
    return _sniff_iso_bmff(head)


def _sniff_iso_bmff(head: bytes) -> FileKind | None:
    if len(head) < 16 or head[4:8] != b"ftyp":
        return None
    box_size = int.from_bytes(head[0:4], "big")
    # ftyp = header 8 + major brand 4 + minor version 4 + compatible brands 4·n
    if box_size < 16 or box_size > 1024 or (box_size - 16) % 4:
        return None
    brand = head[8:12]
    if brand in MP4_BRANDS:
        return FileKind.MP4
    if brand in MOV_BRANDS:
        return FileKind.MOV
    return None


# Formats owners really send by mistake, so the refusal can say what to do instead.
_KNOWN_REFUSED: tuple[tuple[bytes, int, str, str], ...] = (
    (b"GIF8", 0, "gif", "GIF 动图不能作为办证材料，请上传 JPG 或 PNG 照片"),
    (b"RIFF", 0, "webp", "请将图片保存为 JPG 或 PNG 格式后重新上传"),
    (b"BM", 0, "bmp", "请将图片保存为 JPG 或 PNG 格式后重新上传"),
    (b"II*\x00", 0, "tiff", "请将图片保存为 JPG 或 PNG 格式后重新上传"),
    (b"MM\x00*", 0, "tiff", "请将图片保存为 JPG 或 PNG 格式后重新上传"),
    (b"PK\x03\x04", 0, "zip", "压缩包和 Word/Excel 文件不能直接上传，请导出为 PDF 后上传"),
    (b"\xd0\xcf\x11\xe0", 0, "office", "Word/Excel 文件不能直接上传，请导出为 PDF 后上传"),
    (
        b"ftypheic",
        4,
        "heic",
        "HEIC 格式的照片无法识别：请在手机“设置—相机—格式”中选择“兼容性最佳”后重新拍摄，或截图后上传",
    ),
    (
        b"ftypmif1",
        4,
        "heic",
        "HEIC 格式的照片无法识别：请在手机“设置—相机—格式”中选择“兼容性最佳”后重新拍摄，或截图后上传",
    ),
)

ACCEPTED_FORMATS_TEXT = "只能上传 JPG、PNG 照片，PDF 文件，或 MP4、MOV 视频"


def check_type(head: bytes) -> tuple[FileKind | None, list[Finding]]:
    """`sniff`, plus the refusal an owner can act on when the type is not accepted."""
    kind = sniff(head)
    if kind is not None:
        return kind, []
    for magic, offset, name, advice in _KNOWN_REFUSED:
        if head[offset : offset + len(magic)] == magic:
            return None, [
                reject(
                    "MATERIAL_TYPE_UNSUPPORTED",
                    f"文件格式不支持：{advice}。",
                    detected=name,
                )
            ]
    return None, [
        reject(
            "MATERIAL_TYPE_UNSUPPORTED",
            f"无法识别的文件格式：{ACCEPTED_FORMATS_TEXT}。请重新拍照或导出后再上传。",
            detected=None,
        )
    ]
