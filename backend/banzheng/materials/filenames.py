"""Display names for uploaded files.

A client-sent filename is never used as a path: objects are stored under random ids. It is
kept only to show the owner and the clerk "which file this was", and it reaches screens,
logs, ZIP exports and `Content-Disposition` headers, so it is cleaned of everything that could
mislead a person or a program there: directory parts, control characters, bidirectional
overrides that make `invoice‮gpj.exe` display as `invoiceexe.jpg`, invisible characters,
Windows device names, and lengths file systems refuse.
"""

from __future__ import annotations

import re
import unicodedata

MAX_NAME_BYTES = 255
"""Longest name in UTF-8 bytes: the limit of ext4, APFS and NTFS (in their own units), so an
exported file keeps the name on any clerk's computer."""

FALLBACK_NAME = "未命名文件"

# Separators of every platform; names are split on them and only the last part is kept.
_SEPARATORS = re.compile(r"[/\\]")
# Characters Windows refuses in names; replaced so a downloaded copy keeps its name.
_WINDOWS_FORBIDDEN = re.compile(r'[<>:"|?*]')
# Unicode categories removed: Cc controls (NUL, newlines, ESC), Cf format characters (bidi
# overrides and isolates U+202A–202E / U+2066–2069, LRM/RLM, zero-width space/joiners, BOM,
# soft hyphen), Cs lone surrogates (from undecodable bytes), Zl/Zp line and paragraph separators.
_REMOVED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})
# Invisible letters that are not in Cf but render as nothing (Hangul fillers, braille blank).
_INVISIBLE = frozenset({"\u115f", "\u1160", "\u3164", "\uffa0", "\u2800"})
# Device names Windows reserves with any extension (`con.txt` is the console too).
_WINDOWS_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"{dev}{n}" for dev in ("COM", "LPT") for n in (*"123456789", "¹", "²", "³")}
)
_EXTENSION_KEPT_MAX_BYTES = 32
# Whitespace (any script's) and dots at either end.
_EDGES = re.compile(r"\A[\s.]+|[\s.]+\Z")


def safe_display_name(raw: object) -> str:
    """A cleaned display name for whatever the client sent; never raises, never empty."""
    try:
        return _clean(raw)
    except Exception:  # a display name is not worth failing an upload for
        return FALLBACK_NAME


def _clean(raw: object) -> str:
    if isinstance(raw, bytes):
        text = raw.decode("utf-8", errors="replace")
    elif isinstance(raw, str):
        text = raw
    else:
        return FALLBACK_NAME
    name = ""
    for part in reversed(_SEPARATORS.split(text)):
        name = _clean_part(part)
        if name:
            break
    if not name:
        return FALLBACK_NAME
    if _is_windows_reserved(name):
        name = "_" + name
    name = _truncate(name)
    return name or FALLBACK_NAME


def _clean_part(part: str) -> str:
    kept = "".join(
        ch
        for ch in part
        if unicodedata.category(ch) not in _REMOVED_CATEGORIES and ch not in _INVISIBLE
    )
    kept = unicodedata.normalize("NFC", kept)
    kept = _WINDOWS_FORBIDDEN.sub("_", kept)
    return _trim(kept)


def _trim(name: str) -> str:
    """No leading dots or spaces (hidden files, `..`), no trailing dots or spaces (Windows
    drops them, so `a.exe.` would become `a.exe`)."""
    return _EDGES.sub("", name)


def _is_windows_reserved(name: str) -> bool:
    stem = name.split(".", 1)[0].rstrip(" ")
    return stem.upper() in _WINDOWS_RESERVED


def _truncate(name: str) -> str:
    if len(name.encode("utf-8")) <= MAX_NAME_BYTES:
        return name
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem or len(ext.encode("utf-8")) > _EXTENSION_KEPT_MAX_BYTES:
        stem, ext = name, ""
    suffix = f".{ext}" if ext else ""
    budget = MAX_NAME_BYTES - len(suffix.encode("utf-8"))
    while True:
        cut = _cut_utf8(stem, budget)
        # NFC of a cut string can in rare cases be longer than the cut; shrink until it fits.
        result = _trim(unicodedata.normalize("NFC", cut)) + suffix
        if len(result.encode("utf-8")) <= MAX_NAME_BYTES:
            return _trim(result)
        budget -= 1


def _cut_utf8(text: str, budget: int) -> str:
    """The longest prefix of `text` that fits in `budget` UTF-8 bytes, on a character
    boundary (decoding with errors="ignore" drops a split trailing character)."""
    return text.encode("utf-8")[: max(budget, 0)].decode("utf-8", errors="ignore")
