"""Staff password rules, checked whenever a password is set or changed.

Sources: GB/T 22239-2019 (网络安全等级保护基本要求, level 3) §8.1.4.1 a) asks that passwords
"具有复杂度要求并定期更换"; NIST SP 800-63B §5.1.1.2 asks for length, a check against commonly
used and compromised values, and no truncation. We take both: a minimum length, three of four
character classes, not built from the login name, not a well-known password. No periodic expiry
(63B advises against it; the level-3 text is met by the admin reset and the change route).
"""

from __future__ import annotations

from banzheng.common.errors import Unprocessable

MIN_LENGTH = 12
"""Characters at least: 63B's 8 is for a password alone; with Argon2id and the lockout, 12 with
three classes puts offline guessing of a leaked hash out of reach of a single GPU."""

MAX_LENGTH = 128  # the login body's own limit: a longer password could not be typed in

MIN_CLASSES = 3
"""Of upper case, lower case, digits and symbols (等保 三级 "复杂度"; the usual reading is 3 of 4)."""

COMMON = frozenset(
    {
        "password",
        "passw0rd",
        "p@ssw0rd",
        "qwerty",
        "123456",
        "12345678",
        "123456789",
        "1qaz2wsx",
        "1q2w3e4r",
        "abc123",
        "admin",
        "administrator",
        "banzheng",
        "welcome",
        "iloveyou",
        "woaini",
        "changeme",
        "letmein",
    }
)
"""Roots of the most used passwords (Chinese and global leak lists); a password that is one of
them with digits or symbols stuck around ("Passw0rd@2026!") is refused."""

PROBLEMS = {
    "too_short": f"密码至少 {MIN_LENGTH} 位",
    "too_long": f"密码不能超过 {MAX_LENGTH} 位",
    "too_simple": f"密码须包含大写字母、小写字母、数字、符号中的至少 {MIN_CLASSES} 种",
    "contains_username": "密码不能包含用户名",
    "common": "密码过于常见，容易被猜中",
    "unchanged": "新密码不能与当前密码相同",
}


class WeakPassword(Unprocessable):
    code = "PASSWORD_TOO_WEAK"

    def __init__(self, problems: list[str]) -> None:
        super().__init__(
            "密码不符合要求：" + "；".join(PROBLEMS[p] for p in problems),
            details={"problems": problems},
        )


def _classes(password: str) -> int:
    return sum(
        (
            any(ch.isupper() for ch in password),
            any(ch.islower() for ch in password),
            any(ch.isdigit() for ch in password),
            any(not ch.isalnum() for ch in password),
        )
    )


_PADDING = "0123456789!@#$%^&*()_+-=.,?~ "
_LEET = str.maketrans("013@$5", "oieass")


def _core(password: str) -> str:
    """A password without the digits and symbols stuck around it, common letter swaps undone:
    "P@ssw0rd2026!" → "password"."""
    return password.lower().strip(_PADDING).translate(_LEET)


_COMMON_CORES = frozenset(filter(None, map(_core, COMMON)))


def problems(password: str, *, username: str) -> list[str]:
    found = []
    if len(password) < MIN_LENGTH:
        found.append("too_short")
    if len(password) > MAX_LENGTH:
        found.append("too_long")
    if _classes(password) < MIN_CLASSES:
        found.append("too_simple")
    if username and len(username) >= 3 and username.casefold() in password.casefold():
        found.append("contains_username")
    if _core(password) in _COMMON_CORES:
        found.append("common")
    return found


def check(password: str, *, username: str) -> None:
    """Raise 422 PASSWORD_TOO_WEAK naming every problem at once (一次性告知)."""
    found = problems(password, username=username)
    if found:
        raise WeakPassword(found)
