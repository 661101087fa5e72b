"""QR codes of rating targets: PNG and SVG (common/qrimage.py) and a printable A4 poster PDF.

The poster is drawn with reportlab in the font of the signatures domain's PDF rendering
(`signatures.render.FONT`, the built-in CID font STSong-Light, registered there once): one PDF
font setup for every document the service draws.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from banzheng.common.qrimage import png, svg
from banzheng.feedback.labels import LEVEL_LABELS
from banzheng.feedback.models import Level
from banzheng.signatures.render import FONT

__all__ = ["png", "poster", "svg"]


def poster(*, url: str, title: str, kind_label: str) -> bytes:
    """An A4 page to print and put up at the window or the estate's service station."""
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    width, height = A4
    page.setTitle(f"扫码评价 - {title}")
    page.setFont(FONT, 30)
    page.drawCentredString(width / 2, height - 40 * mm, "请为我们的服务评价")
    page.setFont(FONT, 18)
    page.drawCentredString(width / 2, height - 55 * mm, f"{kind_label}：{title}")
    size = 110 * mm
    image = ImageReader(io.BytesIO(png(url)))
    page.drawImage(image, (width - size) / 2, height - 60 * mm - size, size, size)
    page.setFont(FONT, 14)
    lines = [
        "微信“扫一扫”打开小程序评价；用手机相机或其他应用扫码，打开网页评价。",
        "评价分五级：" + " / ".join(LEVEL_LABELS[level] for level in sorted(Level, reverse=True)),
        "您的每一条差评都会有专人回访、限期整改，并可在小程序“我的评价”中查看进度。",
        "现场服务每次可评价一次；感谢您的监督。",
    ]
    y = height - 70 * mm - size
    for line in lines:
        page.drawCentredString(width / 2, y, line)
        y -= 9 * mm
    page.setFont(FONT, 10)
    page.drawCentredString(width / 2, 15 * mm, url)
    page.showPage()
    page.save()
    return buffer.getvalue()
