"""Tiny real videos, encoded with PyAV in the test itself (no files in the repository).

Frames are 160×120 and clips last a second or three, so each encodes in tens of milliseconds.
`face=True` draws a simple face (skin-coloured oval, hair, brows, eyes, nose, mouth): OpenCV's
frontal-face Haar cascade finds it, which is what the pre-check asks of a real selfie video.
"""

from __future__ import annotations

import io
import math
from fractions import Fraction

import av
import cv2
import numpy as np

WIDTH, HEIGHT, FPS = 160, 120, 15
SAMPLE_RATE = 16000


def face_frame(shift: int = 0) -> np.ndarray:
    img = np.full((HEIGHT, WIDTH, 3), (190, 195, 200), np.uint8)
    cx, cy = WIDTH // 2 + shift, HEIGHT // 2 + 4
    scale = HEIGHT / 240
    s = lambda v: max(1, round(v * scale))  # noqa: E731 - a local unit conversion
    cv2.ellipse(img, (cx, cy), (s(60), s(80)), 0, 0, 360, (150, 170, 210), -1)
    cv2.ellipse(img, (cx, cy - s(60)), (s(62), s(35)), 0, 180, 360, (40, 40, 40), -1)
    cv2.line(img, (cx - s(40), cy - s(28)), (cx - s(12), cy - s(30)), (40, 40, 40), s(4))
    cv2.line(img, (cx + s(12), cy - s(30)), (cx + s(40), cy - s(28)), (40, 40, 40), s(4))
    cv2.ellipse(img, (cx - s(25), cy - s(15)), (s(12), s(6)), 0, 0, 360, (40, 40, 40), -1)
    cv2.ellipse(img, (cx + s(25), cy - s(15)), (s(12), s(6)), 0, 0, 360, (40, 40, 40), -1)
    cv2.line(img, (cx, cy - s(10)), (cx - s(6), cy + s(18)), (110, 120, 160), s(3))
    cv2.ellipse(img, (cx, cy + s(40)), (s(22), s(8)), 0, 0, 360, (60, 60, 140), -1)
    return img


def wall_frame(index: int) -> np.ndarray:
    """A plain scene with moving stripes: a video without anyone in it."""
    img = np.full((HEIGHT, WIDTH, 3), 120, np.uint8)
    for x in range(0, WIDTH, 20):
        cv2.rectangle(
            img, ((x + index) % WIDTH, 0), ((x + index) % WIDTH + 8, HEIGHT), (90,) * 3, -1
        )
    return img


def clip(
    *,
    seconds: float = 3.0,
    face: bool = True,
    audio: str | None = "tone",  # "tone", "silence" or None (no sound track)
    frames: bool = True,  # False: a video stream that holds no frame at all
    container: str = "mp4",
) -> bytes:
    out = io.BytesIO()
    with av.open(out, mode="w", format=container) as box:
        video = box.add_stream("libx264", rate=FPS)
        video.width, video.height, video.pix_fmt = WIDTH, HEIGHT, "yuv420p"
        video.options = {"preset": "ultrafast", "tune": "zerolatency"}
        sound = None
        if audio is not None:
            sound = box.add_stream("aac", rate=SAMPLE_RATE)
            sound.layout = "mono"
        count = round(seconds * FPS) if frames else 0
        for i in range(count):
            picture = face_frame(shift=(i % 6) - 3) if face else wall_frame(i)
            frame = av.VideoFrame.from_ndarray(picture, format="bgr24")
            frame.pts = i
            box.mux(video.encode(frame))
        box.mux(video.encode())
        if sound is not None:
            _sound(box, sound, seconds, silent=audio == "silence")
    return out.getvalue()


def _sound(box, stream, seconds: float, *, silent: bool) -> None:
    chunk = 1024
    total = int(seconds * SAMPLE_RATE)
    for start in range(0, total, chunk):
        n = min(chunk, total - start)
        t = (np.arange(start, start + n) / SAMPLE_RATE).astype(np.float32)
        wave = np.zeros(n, np.float32) if silent else 0.3 * np.sin(2 * math.pi * 440 * t)
        frame = av.AudioFrame.from_ndarray(
            wave.reshape(1, -1).astype(np.float32), format="fltp", layout="mono"
        )
        frame.sample_rate = SAMPLE_RATE
        frame.pts = start
        frame.time_base = Fraction(1, SAMPLE_RATE)
        box.mux(stream.encode(frame))
    box.mux(stream.encode())
