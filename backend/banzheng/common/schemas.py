"""What every request body shares."""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, ConfigDict, field_validator
from pydantic_core import PydanticCustomError

# C0 control characters and DEL, except tab, line feed and carriage return: nothing a person
# types into a form, and PostgreSQL refuses NUL in text outright (a 500 before this check).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _has_control(value: Any) -> bool:
    if isinstance(value, str):
        return _CONTROL.search(value) is not None
    if isinstance(value, dict):
        return any(_has_control(k) or _has_control(v) for k, v in value.items())
    if isinstance(value, list | tuple | set | frozenset):
        return any(_has_control(v) for v in value)
    return False


class CheckedText(BaseModel):
    """Text with control characters (NUL, escape codes) is refused, 422 naming the field: the
    base of query models; request bodies use `Input`."""

    @field_validator("*", mode="after")
    @classmethod
    def _no_control_characters(cls, value: Any) -> Any:
        if _has_control(value):
            raise PydanticCustomError("control_characters", "contains control characters")
        return value


class Input(CheckedText):
    """Request bodies refuse unknown fields, so a misspelt field is an error, not a no-op; and
    text with control characters (`CheckedText`)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)
