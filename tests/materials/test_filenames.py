"""Display names from hostile client filenames: never a path, never invisible tricks, never
too long, never empty, and the function never raises."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from banzheng.materials.filenames import FALLBACK_NAME, MAX_NAME_BYTES, safe_display_name

BIDI_CONTROLS = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
ZERO_WIDTH = set("\u200b\u200c\u200d\u2060\ufeff")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("身份证正面.jpg", "身份证正面.jpg"),
        ("../../etc/passwd", "passwd"),
        ("..\\..\\windows\\system32\\cmd.exe", "cmd.exe"),
        ("/var/www/html/shell.php", "shell.php"),
        ("C:\\Users\\张三\\Desktop\\购房合同.pdf", "购房合同.pdf"),
        ("photos/", "photos"),
        ("a\x00b.jpg", "ab.jpg"),
        ("report\r\nSet-Cookie: x=1.pdf", "reportSet-Cookie_ x=1.pdf"),
        ("invoice\u202egpj.exe", "invoicegpj.exe"),
        ("\u2066合同\u2069.pdf", "合同.pdf"),
        ("zero\u200bwidth\ufeff.png", "zerowidth.png"),
        ("CON", "_CON"),
        ("con.txt", "_con.txt"),
        ("Lpt1.tar.gz", "_Lpt1.tar.gz"),
        ("COM¹.jpg", "_COM¹.jpg"),
        ("nul .pdf", "_nul .pdf"),
        ("CONSOLE.pdf", "CONSOLE.pdf"),
        ("scan.pdf. . .", "scan.pdf"),
        ("  spaced name.jpg  ", "spaced name.jpg"),
        (".htaccess", "htaccess"),
        ("..", FALLBACK_NAME),
        ("", FALLBACK_NAME),
        ("\u202e\u200b\x00", FALLBACK_NAME),
        ("what?<is>*this|.jpg", "what__is__this_.jpg"),
        ("e\u0301.jpg", "\u00e9.jpg"),  # NFC: one character é
    ],
)
def test_examples(raw, expected):
    assert safe_display_name(raw) == expected


@pytest.mark.parametrize("raw", [None, 42, b"\xff\xfe\xe5\x90\x88\xe5\x90\x8c.pdf", object()])
def test_anything_that_is_not_text_never_raises(raw):
    name = safe_display_name(raw)
    assert name
    if isinstance(raw, bytes):
        assert name.endswith("合同.pdf")


def test_lone_surrogates_from_undecodable_bytes_are_dropped():
    raw = b"scan\xff.pdf".decode("utf-8", "surrogateescape")
    assert safe_display_name(raw) == "scan.pdf"


def test_long_multibyte_name_is_cut_on_a_character_and_keeps_its_extension():
    raw = "购房合同扫描件" * 20 + ".pdf"  # 420 + 4 bytes
    name = safe_display_name(raw)
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES
    assert name.endswith(".pdf")
    assert name.startswith("购房合同扫描件")
    assert len(name.encode("utf-8")) > MAX_NAME_BYTES - 3  # only as much cut as needed


def test_300_byte_name_without_extension():
    raw = "证" * 100  # 300 bytes
    name = safe_display_name(raw)
    assert name == "证" * 85  # 255 bytes


def test_very_long_extension_is_not_kept_whole():
    name = safe_display_name("a." + "b" * 400)
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES
    assert name.startswith("a.b")


# --- properties ------------------------------------------------------------------------------

hostile_pieces = st.sampled_from(
    [
        "/",
        "\\",
        "\x00",
        "..",
        ".",
        " ",
        "\u3000",
        "CON",
        "com1",
        "\u202e",
        "\u2066",
        "\u200b",
        "\ufeff",
        "\u0301",
        "e",
        "证",
        "😀",
        "\ud800",
        ".jpg",
        "\u0958",  # NFC expands it to two characters
    ]
)
names = st.lists(st.one_of(st.text(), hostile_pieces), max_size=40).map("".join)
long_names = st.lists(
    st.sampled_from(["证", "😀", "e\u0301", "\u0958", "a", ".", " "]), min_size=60, max_size=200
).map("".join)


@given(st.one_of(names, long_names))
@example("../" * 100 + "合" * 100 + ".jpg")
@example("\u0958" * 90)
def test_display_name_is_always_safe(raw):
    name = safe_display_name(raw)
    assert name
    assert "/" not in name and "\\" not in name and "\x00" not in name
    assert not (set(name) & BIDI_CONTROLS)
    assert not (set(name) & ZERO_WIDTH)
    assert not any(unicodedata.category(ch) in ("Cc", "Cf", "Cs") for ch in name)
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES
    assert name == unicodedata.normalize("NFC", name)
    assert name[-1] not in ". " and name[0] not in ". "
    assert name.split(".")[0].strip().upper() not in {"CON", "PRN", "AUX", "NUL", "COM1"}


@given(st.one_of(names, long_names))
def test_cleaning_is_idempotent(raw):
    once = safe_display_name(raw)
    assert safe_display_name(once) == once
