"""Material inspection: the checks a file goes through when it arrives and again in the
automatic pre-review (材料预审, plan requirement 4).

Pure functions: no database, no HTTP, no storage. Each returns `Finding`s; nothing raises on
bad input from an owner. Two callers:

* the upload route refuses a file at the first `reject` — it calls `check_type` on the first
  bytes, `check_size` on the declared length, feeds each chunk to a `StructureScanner`, and
  runs `inspect_content` once the file is complete;
* the pre-review job calls `inspect_file` on every stored material and `find_duplicates` on
  the whole set, and sends the owner every problem at once (一次性告知, requirement 3).

The checks themselves live in one module each: `sniff` (type from magic numbers), `tailscan`
(streaming structure and polyglot scan), `imagecheck`, `pdfcheck`, `idnumber`, `filenames`;
every number they use is in `limits`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from banzheng.materials.filenames import safe_display_name
from banzheng.materials.findings import REJECT, WARN, Finding, has_reject, reject, warn
from banzheng.materials.idnumber import (
    birth_date,
    compare_with_profile,
    gender,
    mask_id_number,
    validate_id_number,
)
from banzheng.materials.imagecheck import blur_score, inspect_image
from banzheng.materials.limits import MB, SNIFF_HEAD_BYTES, SizeLimits
from banzheng.materials.pdfcheck import inspect_pdf
from banzheng.materials.sniff import FileKind, MediaClass, check_type, sniff
from banzheng.materials.tailscan import StructureScanner, inspect_trailing_bytes, scan_tail

__all__ = [
    "REJECT",
    "WARN",
    "FileKind",
    "Finding",
    "Inspection",
    "MediaClass",
    "SizeLimits",
    "StructureScanner",
    "birth_date",
    "blur_score",
    "check_size",
    "check_type",
    "compare_with_profile",
    "find_duplicates",
    "gender",
    "has_reject",
    "inspect_content",
    "inspect_file",
    "inspect_image",
    "inspect_pdf",
    "inspect_trailing_bytes",
    "mask_id_number",
    "safe_display_name",
    "scan_tail",
    "sniff",
    "validate_id_number",
]

_MEDIA_TEXT = {MediaClass.IMAGE: "照片", MediaClass.PDF: "PDF 文件", MediaClass.VIDEO: "视频"}
_SIZE_ADVICE = {
    MediaClass.IMAGE: "请在相机中选择标准画质重新拍摄，或截图后上传",
    MediaClass.PDF: "请删除无关页面，或扫描时选择较低的分辨率（300 dpi 即可）后重新上传",
    MediaClass.VIDEO: "请缩短录制时间，或在录制设置中选择较低的清晰度后重新录制",
}


def limit_for(kind: FileKind, limits: SizeLimits) -> int:
    match kind.media:
        case MediaClass.IMAGE:
            return limits.image
        case MediaClass.PDF:
            return limits.pdf
        case MediaClass.VIDEO:
            return limits.video
    raise ValueError(kind)  # pragma: no cover - MediaClass is closed


def check_size(kind: FileKind, size: int, limits: SizeLimits | None = None) -> list[Finding]:
    """Refuse an empty file, and one above the limit for its kind of material. Called with the
    declared `Upload-Length` before any byte is stored, and again with the real size."""
    limits = limits or SizeLimits()
    if size <= 0:
        return [reject("MATERIAL_EMPTY", "文件是空的，请重新选择文件上传。")]
    limit = limit_for(kind, limits)
    if size > limit:
        return [
            reject(
                "MATERIAL_TOO_LARGE",
                f"{_MEDIA_TEXT[kind.media]}大小为 {_megabytes(size)}，超过了 {_megabytes(limit)} "
                f"的上限。{_SIZE_ADVICE[kind.media]}。",
                size=size,
                limit=limit,
            )
        ]
    return []


def _megabytes(size: int) -> str:
    return f"{size / MB:.1f} MB".replace(".0 MB", " MB")


def inspect_content(kind: FileKind, data: bytes, *, document: bool = True) -> list[Finding]:
    """The format-specific checks of a complete file whose type is already known. Videos have
    none here: the identity-check provider judges them."""
    match kind.media:
        case MediaClass.IMAGE:
            return inspect_image(data, document=document)
        case MediaClass.PDF:
            return inspect_pdf(data)
        case MediaClass.VIDEO:
            return []
    raise ValueError(kind)  # pragma: no cover


@dataclass(frozen=True, slots=True)
class Inspection:
    kind: FileKind | None
    findings: list[Finding] = field(default_factory=list)

    @property
    def accepted(self) -> bool:
        return not has_reject(self.findings)


def inspect_file(
    data: bytes,
    *,
    limits: SizeLimits | None = None,
    accepted: Iterable[MediaClass] | None = None,
    document: bool = True,
) -> Inspection:
    """Every check of one complete file, in order: type, size, structure, content. Stops after
    a refusal that makes later checks meaningless (an unknown type, a broken structure), so the
    owner sees the cause rather than its consequences.

    `accepted` restricts the kinds a checklist item takes (an ID card photo is not a video)."""
    if not data:
        return Inspection(None, [reject("MATERIAL_EMPTY", "文件是空的，请重新选择文件上传。")])
    kind, findings = check_type(data[:SNIFF_HEAD_BYTES])
    if kind is None:
        return Inspection(None, findings)
    if accepted is not None:
        allowed = set(accepted)
        if kind.media not in allowed:
            wanted = "或".join(_MEDIA_TEXT[m] for m in MediaClass if m in allowed)
            return Inspection(
                kind,
                [
                    reject(
                        "MATERIAL_KIND_NOT_ACCEPTED",
                        f"这一项材料需要上传{wanted}，您上传的是{_MEDIA_TEXT[kind.media]}。",
                        kind=str(kind),
                        accepted=sorted(str(m) for m in allowed),
                    )
                ],
            )
    findings = check_size(kind, len(data), limits)
    if findings:
        return Inspection(kind, findings)
    findings = inspect_trailing_bytes(kind, data)
    if has_reject(findings):
        return Inspection(kind, findings)
    return Inspection(kind, inspect_content(kind, data, document=document))


def find_duplicates(
    items: Iterable[tuple[str, str]], *, names: Mapping[str, str] | None = None
) -> list[Finding]:
    """The same file (same SHA-256) uploaded more than once in one application.

    For two different checklist items it is refused: each item needs its own document, and a
    clerk would otherwise find the contract where the ID card should be. Twice for the same
    item it is only a warning (one copy is enough). `names` maps requirement codes to the
    Chinese names shown to the owner."""
    names = names or {}
    by_hash: dict[str, list[str]] = {}
    for requirement, digest in items:
        by_hash.setdefault(digest.lower(), []).append(requirement)
    findings: list[Finding] = []
    for digest, requirements in by_hash.items():
        if len(requirements) < 2:
            continue
        distinct = list(dict.fromkeys(requirements))
        labels = "、".join(f"「{names.get(r, r)}」" for r in distinct)
        if len(distinct) > 1:
            findings.append(
                reject(
                    "MATERIAL_DUPLICATE",
                    f"同一份文件被同时上传到了{labels}。每一项需要上传各自对应的材料，"
                    "请检查并替换上传错的那一项。",
                    requirements=distinct,
                    sha256=digest,
                )
            )
        else:
            findings.append(
                warn(
                    "MATERIAL_DUPLICATE",
                    f"{labels}中同一份文件上传了 {len(requirements)} 次，保留一份即可，"
                    "请删除重复的文件。",
                    requirements=distinct,
                    sha256=digest,
                    copies=len(requirements),
                )
            )
    return findings
