"""Every Chinese label of the materials domain: clerks and owners read these, never the codes."""

from __future__ import annotations

from collections.abc import Iterable

from banzheng.materials.models import Verdict
from banzheng.materials.sniff import MediaClass

VERDICT_LABELS = {
    Verdict.ok: "预审通过",
    Verdict.warn: "预审提示，请人工核对",
    Verdict.reject: "预审未通过",
}
NOT_REVIEWED_LABEL = "尚未预审"

MEDIA_LABELS = {
    MediaClass.IMAGE: "照片（JPG、PNG）",
    MediaClass.PDF: "PDF 文件",
    MediaClass.VIDEO: "视频（MP4、MOV）",
}


def accepted_media_text(accepted: Iterable[MediaClass]) -> str:
    """`照片（JPG、PNG）或 PDF 文件`, in a fixed order."""
    wanted = set(accepted)
    return "或".join(MEDIA_LABELS[m] for m in MediaClass if m in wanted)
