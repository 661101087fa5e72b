"""The video pre-checks decode real (tiny) videos made with PyAV in the test."""

from __future__ import annotations

import pytest

from banzheng.identity.precheck import inspect_video
from tests.identity import videos


def precheck(tmp_path, data: bytes):
    path = tmp_path / "clip.bin"
    path.write_bytes(data)
    return inspect_video(path)


def codes(result) -> list[str]:
    return [f.code for f in result.findings]


@pytest.mark.parametrize("container", ["mp4", "mov"])
def test_a_clip_with_a_face_sound_and_three_seconds_passes(tmp_path, container):
    result = precheck(tmp_path, videos.clip(container=container))
    assert result.passed, codes(result)
    facts = result.facts
    assert facts.video_codec == "h264" and facts.audio_codec == "aac"
    assert facts.frames == 45 and facts.duration == pytest.approx(3.0, abs=0.1)
    assert facts.faces_seen == facts.faces_sampled == 8  # the drawn face is found in every sample
    assert facts.audio_dbfs > -20


@pytest.mark.parametrize(
    ("clip", "code", "says"),
    [
        (dict(frames=False), "VIDEO_NO_FRAMES", "没有画面"),
        (dict(seconds=1.0), "VIDEO_TOO_SHORT", "太短"),
        (dict(audio=None), "VIDEO_NO_AUDIO", "没有声音"),
        (dict(audio="silence"), "VIDEO_SILENT", "听不到声音"),
        (dict(face=False), "VIDEO_NO_FACE", "没有看清您的正脸"),
    ],
)
def test_each_problem_is_refused_with_what_to_redo(tmp_path, clip, code, says):
    result = precheck(tmp_path, videos.clip(**clip))
    assert not result.passed
    assert code in codes(result)
    finding = next(f for f in result.findings if f.code == code)
    assert says in finding.message and "重新录制" in finding.message


def test_every_problem_of_one_video_is_listed_at_once(tmp_path):
    result = precheck(tmp_path, videos.clip(seconds=1.0, face=False, audio=None))
    assert set(codes(result)) == {"VIDEO_TOO_SHORT", "VIDEO_NO_FACE", "VIDEO_NO_AUDIO"}


@pytest.mark.parametrize("cut", ["header_only", "half"])
def test_a_broken_file_is_refused_as_unreadable_not_an_error(tmp_path, cut):
    data = videos.clip()
    broken = data[:40] + b"\x00" * 500 if cut == "header_only" else data[: len(data) // 2]
    result = precheck(tmp_path, broken)
    assert codes(result) == ["VIDEO_UNREADABLE"]
    assert "重新录制" in result.findings[0].message
