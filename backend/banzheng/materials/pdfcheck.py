"""PDF checks: a material PDF must open without a password and must be a plain document.

Clerks and department reviewers open owners' PDFs on office desktops, so anything a viewer
runs by itself is refused: JavaScript, actions triggered on opening or by events, launching
programs, embedded files, rich media and XFA forms (ISO 32000-1 §12.6, §7.11.4, §12.7.8).
Links to web pages and jumps to pages are harmless and stay allowed.

The check walks every object reachable from the trailer (dictionaries, arrays, stream
dictionaries; stream contents are not decoded), so a feature is found wherever it hides:
in the catalog, a page, an annotation, an object stream, behind escaped names (`/J#61vaScript`
is read as `/JavaScript` by the parser).
"""

from __future__ import annotations

import contextlib
import io
import warnings
from collections.abc import Iterator
from typing import BinaryIO

from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, PdfObject

from banzheng.materials.findings import Finding, reject, warn
from banzheng.materials.limits import MAX_PDF_OBJECTS, MAX_PDF_PAGES

# Keys whose mere presence makes a viewer act on its own (ISO 32000-1):
ACTIVE_KEYS = {
    "/JS": "javascript",  # §12.6.4.16 JavaScript action
    "/JavaScript": "javascript",  # §7.7.4 name tree of document scripts
    "/AA": "additional_actions",  # §12.6.3 actions on page open, field focus, document close…
    "/XFA": "xfa",  # §12.7.8 XML forms carry their own scripts
    "/EmbeddedFiles": "embedded_file",  # §7.7.4 name tree of attached files
    "/RichMediaContent": "rich_media",  # ISO 32000-1 ext. level 3 (Flash, video)
}
# Action types (/S) that run code, open other files or send data (§12.6.4):
ACTIVE_ACTIONS = {
    "/JavaScript": "javascript",
    "/Launch": "launch",
    "/ImportData": "import_data",
    "/SubmitForm": "submit_form",
    "/GoToE": "embedded_file",
    "/RichMediaExecute": "rich_media",
}
# Object types (/Type or /Subtype) that are files or media rather than document content:
ACTIVE_TYPES: dict[str, str] = {
    "/EmbeddedFile": "embedded_file",
    "/FileAttachment": "embedded_file",
    "/RichMedia": "rich_media",
    "/Movie": "rich_media",
    "/Screen": "rich_media",
    "/3D": "rich_media",
}

_FEATURE_TEXT = {
    "javascript": "脚本（JavaScript）",
    "open_action": "打开时自动执行的动作",
    "additional_actions": "自动触发的动作",
    "launch": "启动外部程序的动作",
    "import_data": "导入数据的动作",
    "submit_form": "提交表单的动作",
    "embedded_file": "附件（嵌入的文件）",
    "rich_media": "多媒体或三维内容",
    "xfa": "XFA 动态表单",
}


def inspect_pdf(data: bytes | BinaryIO) -> list[Finding]:
    """Every problem with one PDF material, given as bytes or a seekable file (the upload
    path passes a spool file so a 20 MB PDF is not held in memory)."""
    try:
        with _quiet_pypdf():
            source = io.BytesIO(data) if isinstance(data, bytes | bytearray) else data
            reader = PdfReader(source, strict=False)
            if reader.is_encrypted:
                return [
                    reject(
                        "PDF_ENCRYPTED",
                        "PDF 文件设置了密码或权限保护，审核人员无法查看。"
                        "请上传未加密的版本：可在原软件中取消密码后重新导出，"
                        "或打开文件后用“打印—另存为 PDF”保存一份。",
                    )
                ]
            features = _active_features(reader)
            pages = len(reader.pages)
    except _TooComplex:
        return [
            reject(
                "PDF_TOO_COMPLEX",
                "PDF 文件结构过于复杂，无法完成检查。请用“打印—另存为 PDF”重新保存后上传。",
                max_objects=MAX_PDF_OBJECTS,
            )
        ]
    except Exception:  # the parser reads hostile input: any failure means "unreadable"
        return [
            reject(
                "PDF_UNREADABLE",
                "PDF 文件已损坏或无法打开，请从原始文件重新导出 PDF 后上传。",
            )
        ]
    findings: list[Finding] = []
    if features:
        names = "、".join(_FEATURE_TEXT[f] for f in sorted(features))
        findings.append(
            reject(
                "PDF_ACTIVE_CONTENT",
                f"PDF 文件中含有{names}，出于安全原因不能作为办证材料。"
                "请用“打印—另存为 PDF”或扫描件重新生成一份普通 PDF 后上传。",
                features=sorted(features),
            )
        )
    if pages == 0:
        findings.append(reject("PDF_NO_PAGES", "PDF 文件中没有任何页面，请检查后重新上传。"))
    elif pages > MAX_PDF_PAGES:
        findings.append(
            warn(
                "PDF_TOO_MANY_PAGES",
                f"PDF 文件共 {pages} 页，超过 {MAX_PDF_PAGES} 页。"
                "请确认只上传本项所需的材料，无关页面会延长审核时间。",
                pages=pages,
                max_pages=MAX_PDF_PAGES,
            )
        )
    return findings


# Only these can hold a dictionary; numbers, names and strings are not worth a visit.
_CONTAINERS = (IndirectObject, DictionaryObject, ArrayObject)


class _TooComplex(Exception):
    pass


def _active_features(reader: PdfReader) -> set[str]:
    """Names of the active features found anywhere in the document."""
    found: set[str] = set()
    root = reader.trailer.get("/Root")
    if root is not None:
        catalog = root.get_object()
        if isinstance(catalog, DictionaryObject):
            open_action = catalog.get("/OpenAction")
            # A destination array ("open at page 1, fit width") is navigation; an action
            # dictionary runs when the file opens.
            if open_action is not None and isinstance(open_action.get_object(), DictionaryObject):
                found.add("open_action")
    seen: set[tuple[int, int]] = set()
    stack: list[PdfObject] = [reader.trailer]
    visited = 0
    while stack:
        obj = stack.pop()
        if isinstance(obj, IndirectObject):
            ref = (obj.idnum, obj.generation)
            if ref in seen:
                continue
            seen.add(ref)
            obj = obj.get_object()
        visited += 1
        if visited > MAX_PDF_OBJECTS:
            raise _TooComplex
        if isinstance(obj, DictionaryObject):  # includes stream dictionaries
            _dictionary_features(obj, found)
            stack.extend(v for v in obj.values() if isinstance(v, _CONTAINERS))
        elif isinstance(obj, ArrayObject):
            stack.extend(v for v in obj if isinstance(v, _CONTAINERS))
    return found


def _dictionary_features(obj: DictionaryObject, found: set[str]) -> None:
    for key, feature in ACTIVE_KEYS.items():
        if key in obj:
            found.add(feature)
    action = obj.get("/S")
    if action is not None and str(action) in ACTIVE_ACTIONS:
        found.add(ACTIVE_ACTIONS[str(action)])
    for type_key in ("/Type", "/Subtype"):
        value = obj.get(type_key)
        if value is not None and str(value) in ACTIVE_TYPES:
            found.add(ACTIVE_TYPES[str(value)])
    if "/EF" in obj:  # a file specification with the file itself inside (§7.11.4)
        found.add("embedded_file")


@contextlib.contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """pypdf reports the repairs of sloppy files as warnings; for us a file is either readable
    or not, and a repairable file is readable."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield
