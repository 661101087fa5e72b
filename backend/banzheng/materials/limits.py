"""Every number the material checks use, in one place, each with the reason for its value.

Size limits are a dataclass because the app fills them from settings (operators tune them
without a release); the other numbers are properties of the checks themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class SizeLimits:
    """Largest accepted upload per kind of material, in bytes.

    Owners upload from phones on weak networks (requirement 1): a 12-megapixel phone photo is
    3–6 MB, a scanned multi-page contract a few MB, a 30-second identity video 10–25 MB. The
    limits leave room for those and refuse anything that would tie up a resumable upload and the
    pre-review workers for minutes.
    """

    image: int = 10 * MB
    pdf: int = 20 * MB
    video: int = 30 * MB


# --- Quotas (issue #13 item 4: 60 sessions in 0.3 s, 5 × 20 MiB sessions were accepted) -------

MAX_OPEN_UPLOADS_PER_OWNER = 10
"""Resumable uploads one owner may have unfinished at once: a checklist has at most 8 items
(requirement 1) and an identity check one video, so every item can upload in parallel with a
retry to spare; the 11th is refused (429) until one finishes or runs out (UPLOAD_SESSION_TTL)."""

MAX_OPEN_UPLOAD_BYTES_PER_OWNER = 64 * MB
"""Declared bytes of one owner's unfinished uploads together: the largest honest mix is an
identity video (30 MB) beside a 20 MB PDF and a few photos. Five 20 MiB sessions at once — the
penetration test's — are refused at the fourth (413)."""

MAX_APPLICATION_BYTES = 200 * MB
"""Bytes stored for one application, replaced files included (they stay in the registration
file) and unfinished uploads to it counted at their declared length: 8 items × a 20 MB PDF is
160 MB, the rest leaves room for replacements. Beyond it the owner is sent to the window."""

MAX_APPLICATION_FILES = 40
"""Files uploaded to one application, replacements included: 8 items each photographed again
four times. Refusing the 41st bounds what one draft can make the pre-review and storage hold."""

UPLOAD_SWEEP_GRACE_SECONDS = 600
"""An upload session is swept this long after it ran out, not at once: a PATCH or the final
check that started just before the expiry finishes first (they take seconds, at most a minute
on a slow phone network)."""

UPLOAD_SWEEP_BATCH = 500
"""Sessions removed per sweep run (every 15 minutes): a day of abandoned uploads of a busy city
clears in a few runs, and one run stays well inside its timeout."""

# --- File type and structure ---------------------------------------------------------------

SNIFF_HEAD_BYTES = 64
"""How many leading bytes `sniff` needs: the longest signature read is the ISO-BMFF `ftyp`
box header (size, type, major brand, minor version = 16 bytes); 64 leaves room for more."""

TAIL_SCAN_MAX_PENDING = 64 * 1024
"""Most bytes the streaming structure scanner buffers between chunks. It needs at most a box or
segment header (≤ 16 bytes) plus the marker overlap; a larger backlog means the stream does not
look like the format it claims, and the scanner stops buffering and refuses the file."""

# --- Images ----------------------------------------------------------------------------------

MAX_IMAGE_PIXELS = 40_000_000
"""Largest image accepted, in pixels (width × height), checked from the header before a single
pixel is decoded. Pillow's own bomb limit is ≈ 89 million pixels (warning) and twice that
(error); ours is far lower because decoding a 40-megapixel RGBA image already takes ≈ 160 MB of
worker memory. Everyday phone photos are 12 megapixels; 48–200 megapixel modes produce JPEGs
above the 10 MB size limit anyway."""

MIN_DOCUMENT_SHORT_SIDE = 600
"""Smallest shorter side (px) of a photo of a document. An ID card (85.6 × 54 mm) filling a
600 px-high frame is ≈ 280 dpi, enough for a clerk to read the 18-digit number and the
smallest printed text (≈ 2 mm); below it characters blur into each other on a screen."""

BLUR_ANALYSIS_MAX_SIDE = 1000
"""Images are scaled so that their longer side is at most this before measuring sharpness, so
the score does not depend on the camera's resolution and costs the same for every photo."""

BLUR_THRESHOLD = 100.0
"""Variance of the Laplacian (`imagecheck.blur_score`, measured at the analysis size) below
which a document photo is reported as probably blurred.

Calibrated by `tests/materials/test_imagecheck.py` on synthetic documents, each encoded as PNG
and as JPEG: a page of text lines drawn with ImageDraw (1240×1754), an ID-card-like layout with
large plain areas (1712×1080), a checkerboard (1200×1200). Sharp, they measure 15 760 / 15 268,
1 640 / 1 643 and 5 248 / 5 248 (PNG / JPEG). After a Gaussian blur of radius 3 px at their own
size (about 2 px at the analysis size, ≈ 8 px on a 4000 px-wide phone photo: text no longer
legible) they measure 53 / 56, 15 / 16 and 47 / 53; radius 2 px gives 411, 81, 138. So 100 sits
16× below the lowest sharp score, because a real photo of a card lying on a table has plain
areas that pull its score down, and ~1.8× above the highest blurred one. It is a warning, not a
refusal, until it is re-checked against real owner uploads (audit accuracy ≥ 98 %,
requirement 4)."""

# --- PDF -------------------------------------------------------------------------------------

MAX_PDF_PAGES = 50
"""Above this a PDF is accepted with a warning: every material on the checklist (≤ 8 items,
requirement 1) is a document of a few pages; fifty pages means the owner probably uploaded a
whole folder, which the clerk would have to search through."""

MAX_PDF_OBJECTS = 100_000
"""Most dictionaries and arrays the active-content scan visits. A scanned 50-page document has
a few hundred; a file with more is refused rather than letting one upload occupy a worker."""

# --- National ID numbers ---------------------------------------------------------------------

ID_NUMBER_EARLIEST_BIRTH = date(1900, 1, 1)
"""Birth dates before this are refused: no living owner was born earlier, so such a date is a
typing or recognition error."""


def size_limits(settings) -> SizeLimits:
    """The limits in force, from the UPLOAD_MAX_* settings."""
    return SizeLimits(
        image=settings.UPLOAD_MAX_IMAGE_BYTES,
        pdf=settings.UPLOAD_MAX_PDF_BYTES,
        video=settings.UPLOAD_MAX_VIDEO_BYTES,
    )
