"""Automatic pre-checks of an identity video, by really decoding it (PyAV; FFmpeg is in its wheel).

Before a clerk (or a provider) spends time on a video we make sure it can be judged at all: the
container and codec can be read, it lasts long enough to read the digits and do the action, it
has enough frames to show movement, a face is visible in most sampled frames (OpenCV's Haar
cascade, shipped inside `opencv-python-headless` 4.x: nothing is downloaded at run time), and the
sound track is there and not silent (the digits are read aloud). Each refusal is a `Finding`
whose Chinese message tells the owner what to record again.

Pure and synchronous: no database, no event loop. It is CPU-heavy, so the worker runs it in a
thread of `identity.jobs`' pool, outside any transaction.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import av
import cv2
import numpy as np

from banzheng.identity import limits
from banzheng.materials.findings import Finding, has_reject, reject

# Each decoder thread would otherwise start as many OpenCV threads as there are cores.
cv2.setNumThreads(1)

CASCADE_FILE = "haarcascade_frontalface_default.xml"
SILENCE_DBFS = -120.0  # digital silence, recorded as a number (JSON has no −∞)


@dataclass
class VideoFacts:
    """What decoding found; kept with the check so the clerk sees the numbers behind a verdict."""

    container: str | None = None
    video_codec: str | None = None
    width: int | None = None
    height: int | None = None
    frames: int = 0
    duration: float | None = None  # seconds, measured from the decoded frames' timestamps
    frame_rate: float | None = None
    audio_codec: str | None = None
    audio_dbfs: float | None = None
    faces_seen: int = 0
    faces_sampled: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Precheck:
    facts: VideoFacts
    findings: list[Finding] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not has_reject(self.findings)


@cache
def _cascade() -> cv2.CascadeClassifier:
    path = Path(cv2.data.haarcascades) / CASCADE_FILE
    classifier = cv2.CascadeClassifier(str(path))
    if classifier.empty():  # a broken install: fail loudly rather than "no face" for everyone
        raise RuntimeError(f"OpenCV face cascade missing at {path}")
    return classifier


def _unreadable(detail: str) -> Finding:
    return reject(
        "VIDEO_UNREADABLE",
        "视频文件无法读取，可能录制中断或文件已损坏。请回到核验页面，重新录制一段视频后上传。",
        reason=detail[:200],
    )


def _no_frames() -> Finding:
    return reject(
        "VIDEO_NO_FRAMES",
        "视频里没有画面（可能摄像头被占用或录制失败）。请关闭其他使用摄像头的应用，"
        "用前置摄像头重新录制。",
    )


def inspect_video(path: str | Path) -> Precheck:
    """Decode the whole video once (video and sound together) and judge it."""
    facts = VideoFacts()
    try:
        container = av.open(str(path), mode="r")
    except (av.FFmpegError, OSError, ValueError) as exc:
        return Precheck(facts, [_unreadable(type(exc).__name__)])
    with container:
        facts.container = container.format.name
        video = container.streams.video[0] if container.streams.video else None
        audio = container.streams.audio[0] if container.streams.audio else None
        if video is None:  # the muxer drops a video track that never got a frame
            return Precheck(facts, [_no_frames()])
        facts.video_codec = video.codec_context.name
        facts.audio_codec = audio.codec_context.name if audio is not None else None
        try:
            decoded = _decode(container, video, audio, facts)
        except (av.FFmpegError, ValueError, OSError) as exc:
            return Precheck(facts, [_unreadable(type(exc).__name__)])
        if isinstance(decoded, Finding):
            return Precheck(facts, [decoded])
    return Precheck(facts, _judge(facts))


def _decode(container, video, audio, facts: VideoFacts) -> Finding | None:
    """One pass over the packets: count frames, time them, keep a few small grey frames for
    face detection, and measure the sound's level."""
    video.thread_type = "AUTO"
    expected = _declared_duration(container, video)
    samples: list[np.ndarray] = []
    next_sample = 0
    first_time = last_time = None
    square_sum, sample_count = 0.0, 0
    streams = [s for s in (video, audio) if s is not None]
    max_seconds = limits.MAX_DURATION_SECONDS * 2  # bound the work whatever the header claims
    for packet in container.demux(*streams):
        for frame in packet.decode():
            if packet.stream is audio:
                data = frame.to_ndarray()
                square_sum += _square_sum(data)
                sample_count += data.size
                continue
            if frame.width * frame.height > limits.MAX_FRAME_PIXELS:
                facts.width, facts.height = frame.width, frame.height
                return reject(
                    "VIDEO_TOO_LARGE_FRAME",
                    "视频分辨率过高，请在相机设置中选择 1080P 或更低的清晰度后重新录制。",
                    width=frame.width,
                    height=frame.height,
                )
            facts.width, facts.height = frame.width, frame.height
            facts.frames += 1
            at = frame.time if frame.time is not None else facts.frames / 30
            first_time = at if first_time is None else min(first_time, at)
            last_time = at if last_time is None else max(last_time, at)
            if last_time - first_time > max_seconds:
                break
            if next_sample < limits.FACE_SAMPLES and _due(at, next_sample, expected):
                samples.append(_grey(frame))
                next_sample += 1
    if facts.frames:
        step = 1 / float(video.average_rate) if video.average_rate else 0.0
        facts.duration = round(last_time - first_time + step, 3)
        facts.frame_rate = round(facts.frames / facts.duration, 2) if facts.duration else None
    if sample_count:
        rms = math.sqrt(square_sum / sample_count)
        facts.audio_dbfs = (
            round(max(SILENCE_DBFS, 20 * math.log10(rms)), 1) if rms else SILENCE_DBFS
        )
    facts.faces_sampled = len(samples)
    facts.faces_seen = sum(1 for grey in samples if _has_face(grey))
    return None


def _declared_duration(container, video) -> float:
    """The duration the header claims: only to spread the face samples over the video (the
    measured duration, from decoded frames, is what is judged)."""
    if video.duration is not None and video.time_base is not None:
        return float(video.duration * video.time_base)
    if container.duration is not None:
        return container.duration / av.time_base
    return limits.MAX_DURATION_SECONDS


def _due(at: float, index: int, expected: float) -> bool:
    return at >= expected * (index + 0.5) / limits.FACE_SAMPLES


def _square_sum(data: np.ndarray) -> float:
    if np.issubdtype(data.dtype, np.integer):
        scale = float(np.iinfo(data.dtype).max)
        values = data.astype(np.float64) / scale
    else:
        values = data.astype(np.float64)
    return float(np.sum(values * values))


def _grey(frame) -> np.ndarray:
    height = max(1, round(frame.height * limits.ANALYSIS_WIDTH / frame.width))
    return frame.reformat(width=limits.ANALYSIS_WIDTH, height=height, format="gray").to_ndarray()


def _has_face(grey: np.ndarray) -> bool:
    side = int(min(grey.shape) * limits.MIN_FACE_SHARE_OF_FRAME)
    found = _cascade().detectMultiScale(
        cv2.equalizeHist(grey), scaleFactor=1.1, minNeighbors=4, minSize=(side, side)
    )
    return len(found) > 0


def _judge(facts: VideoFacts) -> list[Finding]:
    """Every problem at once, so the owner fixes them all in one new recording."""
    if facts.frames == 0:
        return [_no_frames()]
    findings: list[Finding] = []
    duration = facts.duration or 0.0
    if duration < limits.MIN_DURATION_SECONDS:
        findings.append(
            reject(
                "VIDEO_TOO_SHORT",
                f"视频只有 {duration:.1f} 秒，太短了。请重新录制：完整读出屏幕上的数字并完成动作，"
                f"至少录 {limits.MIN_DURATION_SECONDS:.0f} 秒。",
                duration=duration,
                minimum=limits.MIN_DURATION_SECONDS,
            )
        )
    elif duration > limits.MAX_DURATION_SECONDS + 1:
        findings.append(
            reject(
                "VIDEO_TOO_LONG",
                f"视频有 {duration:.0f} 秒，超过了 {limits.MAX_DURATION_SECONDS:.0f} 秒。"
                "请重新录制，读完数字、做完动作即可停止。",
                duration=duration,
                maximum=limits.MAX_DURATION_SECONDS,
            )
        )
    if facts.frame_rate is not None and facts.frame_rate < limits.MIN_FRAME_RATE:
        findings.append(
            reject(
                "VIDEO_TOO_FEW_FRAMES",
                "视频画面太卡顿，无法看清动作。请关闭其他应用、在光线充足处重新录制。",
                frame_rate=facts.frame_rate,
                minimum=limits.MIN_FRAME_RATE,
            )
        )
    if facts.faces_sampled and facts.faces_seen < facts.faces_sampled * limits.FACE_MIN_SHARE:
        findings.append(
            reject(
                "VIDEO_NO_FACE",
                "视频中没有看清您的正脸。请在光线充足的地方，用前置摄像头正对面部，"
                "让脸部占画面的一半左右，摘下帽子和口罩后重新录制。",
                faces_seen=facts.faces_seen,
                sampled=facts.faces_sampled,
            )
        )
    if facts.audio_codec is None:
        findings.append(
            reject(
                "VIDEO_NO_AUDIO",
                "视频没有声音。请允许小程序使用麦克风，重新录制时大声读出屏幕上的数字。",
            )
        )
    elif facts.audio_dbfs is None or facts.audio_dbfs < limits.MIN_AUDIO_DBFS:
        findings.append(
            reject(
                "VIDEO_SILENT",
                "视频里几乎听不到声音。请检查麦克风没有被遮挡，重新录制时大声读出屏幕上的数字。",
                level_dbfs=facts.audio_dbfs,
                minimum=limits.MIN_AUDIO_DBFS,
            )
        )
    return findings
