"""QR code images (the `qrcode` package), one renderer for every domain: rating targets' codes
and posters (feedback/qr.py) and the staff TOTP enrolment code (accounts/mfa.py)."""

from __future__ import annotations

import base64
import io

import qrcode
import qrcode.image.svg
from qrcode.constants import ERROR_CORRECT_M


def _code(text: str) -> qrcode.QRCode:
    qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M, box_size=10, border=4)
    qr.add_data(text)
    qr.make(fit=True)
    return qr


def png(text: str) -> bytes:
    buffer = io.BytesIO()
    _code(text).make_image().save(buffer, format="PNG")
    return buffer.getvalue()


def svg(text: str) -> bytes:
    buffer = io.BytesIO()
    _code(text).make_image(image_factory=qrcode.image.svg.SvgPathImage).save(buffer)
    return buffer.getvalue()


def png_data_uri(text: str) -> str:
    """`data:image/png;base64,…`, ready for an `<img src>` in the console or a phone."""
    return "data:image/png;base64," + base64.b64encode(png(text)).decode()
