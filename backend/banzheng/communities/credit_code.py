"""Unified social credit code (统一社会信用代码), GB 32100-2015.

18 characters from a 31-character alphabet (digits and capital letters without I, O, Z, S, V);
the last one is a check character computed from the first 17 with the standard's weights.
"""

from __future__ import annotations

CREDIT_CODE_LENGTH = 18
ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def check_character(first17: str) -> str:
    total = sum(ALPHABET.index(ch) * w for ch, w in zip(first17, WEIGHTS, strict=True))
    return ALPHABET[(31 - total % 31) % 31]


def credit_code_problem(code: str) -> str | None:
    """What is wrong with `code` in words a clerk understands, or None when it is valid."""
    if len(code) != CREDIT_CODE_LENGTH:
        return f"统一社会信用代码应为{CREDIT_CODE_LENGTH}位，当前为{len(code)}位"
    bad = sorted({ch for ch in code if ch not in ALPHABET})
    if bad:
        return f"统一社会信用代码含有不允许的字符：{''.join(bad)}"
    if check_character(code[:17]) != code[17]:
        return "统一社会信用代码校验位不正确，请核对"
    return None
