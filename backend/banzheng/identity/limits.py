"""Every number the identity check uses, in one place, each with the reason for its value."""

from __future__ import annotations

# --- The challenge -------------------------------------------------------------------------

CHALLENGE_DIGITS_MIN = 4
CHALLENGE_DIGITS_MAX = 6
"""The owner reads 4–6 random digits aloud: enough that a recording made before the challenge
was shown cannot contain them by chance (1 in 10 000 at the least), short enough for an elderly
owner to read in one breath."""

# --- The video -----------------------------------------------------------------------------

MIN_DURATION_SECONDS = 3.0
"""Reading six digits and doing one action (turning the head, blinking, nodding) takes at least
three seconds; anything shorter cannot show both."""

MAX_DURATION_SECONDS = 30.0
"""The mini-program stops recording at 30 s (wx camera's maximum); a longer file did not come
from it, and decoding it would hold a worker for no reason (UPLOAD_MAX_VIDEO_BYTES bounds the
bytes, this bounds the decoding)."""

MIN_FRAME_RATE = 8.0
"""Decoded frames per second below which the video is refused: liveness (a blink takes 0.1–0.4 s)
cannot be judged from a slide show, and phones record 24–30 fps; 8 leaves room for a phone that
drops frames when it is busy."""

MAX_FRAME_PIXELS = 3840 * 2160
"""Largest frame accepted (4K). Decoding larger frames costs memory out of proportion to any use a
clerk has for them; phones record 720p–1080p for the front camera."""

FACE_SAMPLES = 8
"""Frames sampled evenly across the video for face detection (the Haar cascade costs ~5 ms per
320 px frame, so eight cost nothing next to the decoding)."""

FACE_MIN_SHARE = 0.5
"""Share of the sampled frames that must show a face. Not all: while turning the head a frontal
face detector loses the face for a moment, which is the point of the action."""

ANALYSIS_WIDTH = 320
"""Frames are scaled to this width before face detection, so the cost does not depend on the
camera's resolution and the detector's minimum size means the same for every video."""

MIN_FACE_SHARE_OF_FRAME = 0.2
"""Smallest face accepted, as a share of the frame's shorter side. A selfie at arm's length fills
40–70 %; a face smaller than a fifth is too far away for the clerk to compare with the ID card."""

MIN_AUDIO_DBFS = -50.0
"""RMS level (dB full scale) below which the sound track counts as silent: a muted microphone
records digital silence (−∞) or noise below −60 dBFS, quiet speech at arm's length is −30…−20."""
