"""Small real files for the material checks, made on the spot: Pillow images, pypdf PDFs and
hand-assembled containers for the hostile cases no encoder writes on purpose."""

from __future__ import annotations

import io
import random
import struct
import zlib

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    TextStringObject,
)

from banzheng.materials.idnumber import check_character

# --- images ----------------------------------------------------------------------------------


def encode(image: Image.Image, fmt: str = "PNG", **params) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, **params)
    return out.getvalue()


def text_page(width: int = 1240, height: int = 1754, seed: int = 1) -> Image.Image:
    """An A4 page at 150 dpi covered with lines of random 'words' — a scanned contract."""
    rnd = random.Random(seed)
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=28)
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
    for y in range(80, height - 80, 44):
        words = ("".join(rnd.choice(alphabet) for _ in range(rnd.randint(2, 9))) for _ in range(12))
        draw.text((80, y), " ".join(words), fill="black", font=font)
    return image


def id_card(seed: int = 2) -> Image.Image:
    """An ID-card-like layout at 20 px/mm: a photo frame and lines of digits on a pale ground,
    with large plain areas like a real card."""
    rnd = random.Random(seed)
    image = Image.new("RGB", (1712, 1080), (235, 240, 245))
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=40)
    draw.rectangle((100, 150, 500, 650), outline="black", width=3)
    for y in range(150, 900, 90):
        line = "".join(rnd.choice("0123456789X") for _ in range(18))
        draw.text((600, y), line, fill=(20, 20, 20), font=font)
    return image


def checkerboard(cell: int = 32, size: int = 1200) -> Image.Image:
    image = Image.new("L", (size, size), 255)
    draw = ImageDraw.Draw(image)
    for x in range(0, size, cell):
        for y in range(0, size, cell):
            if (x // cell + y // cell) % 2:
                draw.rectangle((x, y, x + cell - 1, y + cell - 1), fill=0)
    return image


def blurred(image: Image.Image, radius: float) -> Image.Image:
    return image.filter(ImageFilter.GaussianBlur(radius))


def jpeg(width: int = 1200, height: int = 900) -> bytes:
    return encode(text_page(width, height), "JPEG", quality=90)


def png(width: int = 1200, height: int = 900) -> bytes:
    return encode(text_page(width, height), "PNG")


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def pixel_flood_png(width: int = 60_000, height: int = 60_000) -> bytes:
    """A PNG that claims width×height 1-bit pixels in a few hundred bytes: the IHDR says so,
    the IDAT is a zlib stream of a few rows. Decoding it would allocate gigabytes."""
    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)  # 1-bit grayscale
    idat = zlib.compress(b"\x00" * 1024, 9)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", ihdr)
        + _png_chunk(b"IDAT", idat)
        + _png_chunk(b"IEND", b"")
    )


def mp4(brand: bytes = b"isom", mdat: bytes = b"\x00" * 64) -> bytes:
    """A minimal ISO-BMFF file: ftyp, an empty moov, an mdat."""
    ftyp_body = brand + b"\x00\x00\x02\x00" + brand + b"mp41"
    ftyp = struct.pack(">I", 8 + len(ftyp_body)) + b"ftyp" + ftyp_body
    moov = struct.pack(">I", 8) + b"moov"
    return ftyp + moov + struct.pack(">I", 8 + len(mdat)) + b"mdat" + mdat


# --- PDFs ------------------------------------------------------------------------------------


def pdf_writer(pages: int = 1) -> PdfWriter:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(595, 842)
    return writer


def pdf_bytes(writer: PdfWriter) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def pdf(pages: int = 1) -> bytes:
    return pdf_bytes(pdf_writer(pages))


def large_pdf(content: bytes) -> bytes:
    """A one-page PDF whose content stream is `content`: a scan of many MiB."""
    writer = pdf_writer(1)
    stream = DecodedStreamObject()
    stream.set_data(content)
    writer.pages[0][NameObject("/Contents")] = writer._add_object(stream)
    return pdf_bytes(writer)


def action(kind: str, **entries) -> DictionaryObject:
    result = DictionaryObject({NameObject("/Type"): NameObject("/Action")})
    result[NameObject("/S")] = NameObject(kind)
    for key, value in entries.items():
        result[NameObject(f"/{key}")] = value
    return result


def link_annotation(target: DictionaryObject) -> DictionaryObject:
    return DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Link"),
            NameObject("/Rect"): ArrayObject([]),
            NameObject("/A"): target,
        }
    )


def launch_action() -> DictionaryObject:
    return action("/Launch", F=TextStringObject("cmd.exe"))


# --- ID numbers ------------------------------------------------------------------------------


def id_number(first17: str) -> str:
    return first17 + check_character(first17)
