"""PAdES signing, sealing and verification of PDFs (pyHanko) — the one signing module.

Everything here is synchronous and CPU-bound (RSA/ECDSA, hashing, PDF parsing) and may call a
TSA over the network: callers run it off the event loop, e.g.
``await asyncio.to_thread(sealing.seal_pdf, pdf, as_=keyring.registry)``.

API (used by owner signatures here and by electronic certificates):

``prepare(pdf, boxes, lock_field=None) -> bytes``
    add empty signature fields where the renderer drew the boxes; ``lock_field`` (the seal's)
    locks the document once signed.
``sign_pdf(pdf, *, signer, field_name, name, reason, image_png=None, timestamper=None) -> bytes``
    one incremental PAdES signature; earlier signatures stay valid.
``seal_pdf(pdf, *, as_, field_name=None, reason=..., timestamper=None) -> bytes``
    the registry seal (``as_=keyring.registry``) signs last; without a prepared field an
    invisible one is added.
``verify_pdf(pdf, *, trust_roots) -> VerifyReport``
    every signature: intact, trusted chain, signer, signing time, timestamp, and whether the
    document changed after it was signed.
"""

from __future__ import annotations

import functools
import io
import math
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from asn1crypto import x509 as asn1_x509
from PIL import Image
from pyhanko.pdf_utils.images import PdfImage
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.sign import fields, signers
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.fields import SigSeedSubFilter
from pyhanko.sign.general import SigningError
from pyhanko.sign.timestamps import HTTPTimeStamper
from pyhanko.sign.timestamps.api import TimeStamper
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.errors import SignatureValidationError
from pyhanko.stamp import StaticStampStyle, TextStampStyle
from pyhanko_certvalidator import ValidationContext
from reportlab.lib import colors
from reportlab.pdfgen import canvas as pdf_canvas

from banzheng.signatures.keys import SealIdentity
from banzheng.signatures.render import FONT, Box

SEAL_FIELD = "registry-seal"
DEFAULT_SEAL_REASON = "登记机构电子印章"
MAX_SIGNATURE_IMAGE_SIDE = 1200  # px; the drawn signature is scaled down before embedding


class SigningFailed(Exception):
    """pyHanko refused to sign (a broken input PDF, a field already signed, a TSA failure)."""


def make_timestamper(url: str, timeout: float) -> TimeStamper | None:
    """RFC 3161 timestamps from the TSA at `url` (none when empty)."""
    return HTTPTimeStamper(url, timeout=timeout) if url else None


# --- preparing and signing -------------------------------------------------------------------


def prepare(pdf: bytes, boxes: Iterable[Box], *, lock_field: str | None = SEAL_FIELD) -> bytes:
    """Add an empty signature field on each box. The `lock_field`, once signed, forbids any
    further change to the document (its /Lock dictionary: FieldMDP all + DocMDP no changes)."""
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    for box in boxes:
        spec = fields.SigFieldSpec(
            sig_field_name=box.field_name,
            on_page=box.page,
            box=box.rect,
            field_mdp_spec=fields.FieldMDPSpec(fields.FieldMDPAction.ALL)
            if box.field_name == lock_field
            else None,
            doc_mdp_update_value=fields.MDPPerm.NO_CHANGES
            if box.field_name == lock_field
            else None,
        )
        fields.append_signature_field(writer, spec)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _metadata(
    field_name: str, name: str, reason: str, location: str
) -> signers.PdfSignatureMetadata:
    return signers.PdfSignatureMetadata(
        field_name=field_name,
        name=name,
        reason=reason,
        location=location,
        md_algorithm="sha256",
        subfilter=SigSeedSubFilter.PADES,
    )


def _sign(
    pdf: bytes, pdf_signer: signers.PdfSigner, *, new_field: fields.SigFieldSpec | None = None
) -> bytes:
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
        out = io.BytesIO()
        if new_field is not None:
            pdf_signer.new_field_spec = new_field
        pdf_signer.sign_pdf(writer, output=out)
        return out.getvalue()
    except (SigningError, PdfError, ValueError, OSError) as exc:
        raise SigningFailed(str(exc)) from exc


def signature_image(png: bytes) -> Image.Image:
    """The drawn signature, flattened on white and bounded in size (a PNG from a phone canvas
    may be transparent and several thousand pixels wide)."""
    with Image.open(io.BytesIO(png)) as drawn:
        drawn.load()
        image = drawn.convert("RGBA")
    image.thumbnail((MAX_SIGNATURE_IMAGE_SIDE, MAX_SIGNATURE_IMAGE_SIDE))
    flat = Image.new("RGB", image.size, "white")
    flat.paste(image, mask=image.getchannel("A"))
    return flat


def sign_pdf(
    pdf: bytes,
    *,
    signer: signers.Signer,
    field_name: str,
    name: str,
    reason: str,
    location: str = "",
    image_png: bytes | None = None,
    timestamper: TimeStamper | None = None,
) -> bytes:
    """One incremental PAdES signature into `field_name`, its appearance the drawn signature with
    the signing time under it. The signer's certificate names them; `name` goes into the
    signature dictionary as well."""
    style = None
    if image_png is not None:
        style = TextStampStyle(
            stamp_text="%(ts)s",
            timestamp_format="%Y-%m-%d %H:%M %z",
            background=PdfImage(signature_image(image_png)),
            background_opacity=1.0,
            border_width=0,
            text_box_style=TextBoxStyle(font_size=7),
        )
    pdf_signer = signers.PdfSigner(
        _metadata(field_name, name, reason, location),
        signer,
        timestamper=timestamper,
        stamp_style=style,
    )
    return _sign(pdf, pdf_signer)


@functools.cache
def _seal_appearance(name: str) -> str:
    """A red round seal drawn with reportlab (CJK text needs no font file), as a one-page PDF
    that pyHanko uses as the seal field's appearance. Cached per process and seal name."""
    path = Path(tempfile.gettempdir()) / f"banzheng-seal-{abs(hash(name))}.pdf"
    size = 160
    c = pdf_canvas.Canvas(str(path), pagesize=(size, size))
    red = colors.HexColor("#d4111b")
    c.setStrokeColor(red)
    c.setFillColor(red)
    c.setLineWidth(5)
    c.circle(size / 2, size / 2, size / 2 - 5)
    points = []
    for i in range(10):
        radius = 22 if i % 2 == 0 else 9
        angle = math.pi / 2 + i * math.pi / 5
        points.append(
            (size / 2 + radius * math.cos(angle), size / 2 + 4 + radius * math.sin(angle))
        )
    path_obj = c.beginPath()
    path_obj.moveTo(*points[0])
    for point in points[1:]:
        path_obj.lineTo(*point)
    path_obj.close()
    c.drawPath(path_obj, fill=1, stroke=0)
    c.setFont(FONT, 11)
    text = name[:14]
    for i, char in enumerate(text):  # along the upper arc
        angle = math.pi * (0.92 - 0.84 * i / max(1, len(text) - 1))
        c.saveState()
        c.translate(size / 2 + 58 * math.cos(angle), size / 2 + 58 * math.sin(angle))
        c.rotate(math.degrees(angle) - 90)
        c.drawCentredString(0, -4, char)
        c.restoreState()
    c.setFont(FONT, 10)
    c.drawCentredString(size / 2, size / 2 - 34, "电子印章")
    c.showPage()
    c.save()
    return str(path)


def seal_pdf(
    pdf: bytes,
    *,
    as_: SealIdentity,
    field_name: str | None = None,
    reason: str = DEFAULT_SEAL_REASON,
    location: str = "",
    timestamper: TimeStamper | None = None,
    visible_box: tuple[int, int, int, int] | None = None,
) -> bytes:
    """The registry seal signs (last). Fills `field_name` when the document was prepared with
    one; otherwise adds a new field — visible at `visible_box` on the first page, else invisible."""
    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    existing = {name for name, _, _ in fields.enumerate_sig_fields(reader, filled_status=None)}
    name = field_name or SEAL_FIELD
    new_field = None
    if name not in existing:
        new_field = fields.SigFieldSpec(sig_field_name=name, on_page=0, box=visible_box)
    style = StaticStampStyle.from_pdf_file(_seal_appearance(as_.name), border_width=0)
    pdf_signer = signers.PdfSigner(
        _metadata(name, as_.name, reason, location),
        as_.signer,
        timestamper=timestamper,
        stamp_style=style,
    )
    return _sign(pdf, pdf_signer, new_field=new_field)


# --- verification ------------------------------------------------------------------------------


@dataclass(frozen=True)
class SignatureReport:
    field: str
    signer: str  # common name of the signing certificate
    signer_organisation: str | None
    certificate_sha256: str
    issuer: str
    intact: bool  # the signed bytes are unchanged and the signature is mathematically correct
    trusted: bool  # the certificate chains to a trusted root
    signing_time: datetime | None  # as claimed by the signer
    timestamp: datetime | None  # from the TSA's token, when there is one
    timestamp_valid: bool | None
    covers_whole_document: bool
    modified_after_signing: bool  # changes after it other than further signatures and fields
    later_changes: str  # none | signatures_only | other
    problem: str = ""

    @property
    def ok(self) -> bool:
        return self.intact and self.trusted and not self.modified_after_signing


@dataclass(frozen=True)
class VerifyReport:
    signatures: list[SignatureReport] = field(default_factory=list)
    readable: bool = True
    problem: str = ""

    @property
    def valid(self) -> bool:
        return self.readable and bool(self.signatures) and all(s.ok for s in self.signatures)


_LATER = {
    ModificationLevel.NONE: "none",
    ModificationLevel.LTA_UPDATES: "none",
    ModificationLevel.FORM_FILLING: "signatures_only",
}


def _name_part(name: asn1_x509.Name, key: str) -> str | None:
    value = name.native.get(key)
    if isinstance(value, list):
        value = value[0] if value else None
    return value


def verify_pdf(pdf: bytes, *, trust_roots: Iterable[asn1_x509.Certificate]) -> VerifyReport:
    """Check every signature of `pdf` against `trust_roots`; never raises on a bad document."""
    roots = list(trust_roots)
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        embedded = list(reader.embedded_signatures)
    except (PdfError, ValueError, KeyError, TypeError, OSError) as exc:
        return VerifyReport(
            readable=False, problem=f"不是可以读取的 PDF 文件（{type(exc).__name__}）"
        )
    reports = []
    for sig in embedded:
        reports.append(_verify_one(sig, roots))
    return VerifyReport(signatures=reports)


def _verify_one(sig, roots) -> SignatureReport:
    context = ValidationContext(
        trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail"
    )
    ts_context = ValidationContext(
        trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail"
    )
    cert = sig.signer_cert
    base = {
        "field": sig.field_name,
        "signer": _name_part(cert.subject, "common_name") or "",
        "signer_organisation": _name_part(cert.subject, "organization_name"),
        "certificate_sha256": cert.sha256.hex(),
        "issuer": _name_part(cert.issuer, "common_name") or "",
    }
    try:
        status = validate_pdf_signature(
            sig, signer_validation_context=context, ts_validation_context=ts_context
        )
    except (SignatureValidationError, PdfError, ValueError, KeyError, TypeError) as exc:
        return SignatureReport(
            **base,
            intact=False,
            trusted=False,
            signing_time=None,
            timestamp=None,
            timestamp_valid=None,
            covers_whole_document=False,
            modified_after_signing=True,
            later_changes="other",
            problem=f"签名无法验证（{type(exc).__name__}）",
        )
    whole = status.coverage is not None and status.coverage.name == "ENTIRE_FILE"
    level = status.modification_level
    later = "none" if whole else _LATER.get(level, "other")
    modified = later == "other" or not status.docmdp_ok
    ts = status.timestamp_validity
    intact = bool(status.intact and status.valid)
    problem = ""
    if not intact:
        problem = "签名后文件内容被改动，或签名本身已损坏"
    elif not status.trusted:
        problem = "签名证书不在受信任的证书链中"
    elif modified:
        problem = "签名之后文件被作了签名以外的修改"
    return SignatureReport(
        **base,
        intact=intact,
        trusted=bool(status.trusted),
        signing_time=status.signer_reported_dt,
        timestamp=ts.timestamp if ts is not None else None,
        timestamp_valid=bool(ts.intact and ts.valid and ts.trusted) if ts is not None else None,
        covers_whole_document=whole,
        modified_after_signing=modified,
        later_changes=later,
        problem=problem,
    )
