"""Server-rendered Chinese PDFs (reportlab; the built-in CJK font STSong-Light needs no font file).

A document is a `Document` value — title, facts, clauses, who signs — so each kind (application
form, 告知承诺书, 面积差异确认书, 委托书) is a small function in `documents.py` and the layout lives
here once. `render` returns the PDF and where each signature box is, so empty signature fields
can be placed on them before anyone signs (`sealing.prepare`): later signatures then only fill
fields, which keeps every earlier signature valid.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import (
    Flowable,
    Image,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 20 * mm
BOX_WIDTH, BOX_HEIGHT = 70 * mm, 28 * mm

TITLE = ParagraphStyle("title", fontName=FONT, fontSize=18, leading=26, alignment=TA_CENTER)
SUBTITLE = ParagraphStyle(
    "subtitle", fontName=FONT, fontSize=9, leading=13, alignment=TA_CENTER, textColor=colors.grey
)
BODY = ParagraphStyle("body", fontName=FONT, fontSize=11, leading=18, wordWrap="CJK")
CLAUSE = ParagraphStyle("clause", parent=BODY, firstLineIndent=22, spaceAfter=4, wordWrap="CJK")
CELL = ParagraphStyle("cell", fontName=FONT, fontSize=10, leading=14, wordWrap="CJK")
SMALL = ParagraphStyle("small", fontName=FONT, fontSize=8, leading=11, textColor=colors.grey)


@dataclass(frozen=True)
class SignerSlot:
    field_name: str  # the PDF signature field this signer fills
    label: str  # e.g. "权利人（签名）", "登记机构（电子印章）"
    name: str  # printed under the box


@dataclass
class Document:
    title: str
    reference: str  # case number or document number, printed under the title
    facts: list[tuple[str, str]] = field(default_factory=list)
    clauses: list[str] = field(default_factory=list)
    signers: list[SignerSlot] = field(default_factory=list)
    footer: str = ""
    # A QR code under the facts (a certificate's verification link) with a caption beside it.
    qr_png: bytes | None = None
    qr_caption: str = ""
    keywords: str = ""  # PDF metadata /Keywords (a certificate carries its log leaf here)


@dataclass(frozen=True)
class Box:
    field_name: str
    page: int  # 0-based
    rect: tuple[int, int, int, int]  # x1, y1, x2, y2 in PDF points, origin bottom-left


class _SignatureBox(Flowable):
    """A labelled empty box; remembers where it landed so a signature field can go there."""

    def __init__(self, slot: SignerSlot, boxes: list[Box]) -> None:
        super().__init__()
        self.slot, self.boxes = slot, boxes
        self.width, self.height = BOX_WIDTH, BOX_HEIGHT + 16

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFont(FONT, 10)
        canvas.drawString(0, self.height - 10, self.slot.label)
        canvas.setStrokeColor(colors.lightgrey)
        canvas.setDash(2, 2)
        canvas.rect(0, 0, BOX_WIDTH, BOX_HEIGHT)
        canvas.setDash()
        # Absolute position of the box on the page (the canvas is translated to this flowable).
        x, y = canvas.absolutePosition(0, 0)
        page = canvas.getPageNumber() - 1
        self.boxes.append(
            Box(
                self.slot.field_name,
                page,
                (round(x), round(y), round(x + BOX_WIDTH), round(y + BOX_HEIGHT)),
            )
        )


QR_SIDE = 34 * mm


def _qr_row(png: bytes, caption: str) -> Table:
    image = Image(io.BytesIO(png), width=QR_SIDE, height=QR_SIDE)
    row = Table(
        [[image, Paragraph(caption, CELL)]],
        colWidths=[QR_SIDE + 6 * mm, PAGE_WIDTH - 2 * MARGIN - QR_SIDE - 6 * mm],
        hAlign="LEFT",
    )
    row.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return row


def render(doc: Document) -> tuple[bytes, list[Box]]:
    buffer = io.BytesIO()
    template = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=doc.title,
        author="小区办证",
        subject=doc.reference,
        creator="Banzheng",
        keywords=doc.keywords,
    )
    boxes: list[Box] = []
    story: list[Flowable] = [
        Paragraph(doc.title, TITLE),
        Paragraph(doc.reference, SUBTITLE),
        Spacer(1, 8 * mm),
    ]
    if doc.facts:
        table = Table(
            [[Paragraph(k, CELL), Paragraph(v, CELL)] for k, v in doc.facts],
            colWidths=[40 * mm, PAGE_WIDTH - 2 * MARGIN - 40 * mm],
        )
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                    ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f2f3f5")),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ]
            )
        )
        story += [table, Spacer(1, 6 * mm)]
    if doc.qr_png is not None:
        story += [_qr_row(doc.qr_png, doc.qr_caption), Spacer(1, 4 * mm)]
    story += [Paragraph(text, CLAUSE) for text in doc.clauses]
    story.append(Spacer(1, 8 * mm))
    pairs = [doc.signers[i : i + 2] for i in range(0, len(doc.signers), 2)]
    for pair in pairs:
        cells = [[_SignatureBox(slot, boxes) for slot in pair]]
        names = [[Paragraph(slot.name, CELL) for slot in pair]]
        row = Table(cells + names, colWidths=[BOX_WIDTH + 10 * mm] * len(pair), hAlign="LEFT")
        row.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        story += [KeepTogether([row]), Spacer(1, 4 * mm)]
    if doc.footer:
        story += [Spacer(1, 4 * mm), Paragraph(doc.footer, SMALL)]
    template.build(story)
    return buffer.getvalue(), boxes
