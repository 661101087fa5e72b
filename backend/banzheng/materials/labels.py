"""Every Chinese label of the materials domain: clerks and owners read these, never the codes."""

from __future__ import annotations

from banzheng.materials.models import Verdict

VERDICT_LABELS = {
    Verdict.ok: "预审通过",
    Verdict.warn: "预审提示，请人工核对",
    Verdict.reject: "预审未通过",
}
NOT_REVIEWED_LABEL = "尚未预审"
