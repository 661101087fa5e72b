"""Validation errors an owner can read: one Chinese message per field, shown beside its input.

`details.fields` keeps the machine part (`field`: the dotted path, `problem`: pydantic's error
type) for the client, and adds `message`, built from the field's own description (its Chinese
name) and what is wrong. A field without a description is called 此项: the owner never reads a
code such as `house_id`.
"""

from __future__ import annotations

import typing
from typing import Any

from pydantic import BaseModel, ValidationError

GENERIC = "此项"

# pydantic error type → message; {label} is the field's Chinese name, other names its ctx.
_MESSAGES = {
    "missing": "请填写{label}",
    "extra_forbidden": "不认识的字段，请删除后重试",
    "string_too_short": "{label}至少 {min_length} 个字",
    "string_too_long": "{label}最多 {max_length} 个字",
    "string_type": "{label}须为文字",
    "string_pattern_mismatch": "{label}的格式不正确",
    "too_short": "{label}至少要有 {min_length} 项",
    "too_long": "{label}最多 {max_length} 项",
    "list_type": "{label}须为列表",
    "int_parsing": "{label}须为整数",
    "int_type": "{label}须为整数",
    "int_from_float": "{label}须为整数",
    "float_parsing": "{label}须为数字",
    "decimal_parsing": "{label}须为数字",
    "decimal_type": "{label}须为数字",
    "decimal_max_places": "{label}最多 {decimal_places} 位小数",
    "decimal_max_digits": "{label}的数字过长",
    "decimal_whole_digits": "{label}的数字过大",
    "greater_than": "{label}须大于 {gt}",
    "greater_than_equal": "{label}不能小于 {ge}",
    "less_than": "{label}须小于 {lt}",
    "less_than_equal": "{label}不能大于 {le}",
    "bool_parsing": "{label}须为是或否",
    "bool_type": "{label}须为是或否",
    "date_parsing": "{label}须为日期，如 2026-12-31",
    "date_from_datetime_parsing": "{label}须为日期，如 2026-12-31",
    "date_type": "{label}须为日期，如 2026-12-31",
    "datetime_parsing": "{label}须为日期和时间",
    "uuid_parsing": "{label}不是有效的编号",
    "uuid_type": "{label}不是有效的编号",
    "enum": "{label}不在可选范围内",
    "literal_error": "{label}不在可选范围内",
    "json_invalid": "提交的内容格式有误，无法读取",
    "model_type": "{label}的格式不正确",
    "model_attributes_type": "{label}的格式不正确",
    "dict_type": "{label}的格式不正确",
    "control_characters": "{label}含有不可见的控制字符，请删除后重新填写",
}
_FALLBACK = "{label}不符合要求"


def field_label(model: type[BaseModel] | None, loc: tuple[Any, ...]) -> str:
    """The Chinese name of the field at `loc`: its description up to the first bracket."""
    current: Any = model
    label = GENERIC
    for part in loc:
        if isinstance(part, int):
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return GENERIC
        field = current.model_fields.get(str(part))
        if field is None:
            return GENERIC
        label = _name(field.description) or GENERIC
        current = _inner_model(field.annotation)
    return label


def _name(description: str | None) -> str:
    if not description:
        return ""
    for mark in ("（", "(", "，", "；", ":", "："):
        description = description.split(mark, 1)[0]
    return description.strip()


def _inner_model(annotation: Any) -> Any:
    """The model inside `list[Model]`, `Model | None`…, to follow a nested location."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _inner_model(arg)
        if found is not None:
            return found
    return None


def message_for(error: dict[str, Any], model: type[BaseModel] | None) -> str:
    label = field_label(model, tuple(error["loc"]))
    template = _MESSAGES.get(error["type"], _FALLBACK)
    try:
        return template.format(label=label, **(error.get("ctx") or {}))
    except (KeyError, IndexError, ValueError):
        return _FALLBACK.format(label=label)


def details(exc: ValidationError, model: type[BaseModel] | None = None) -> dict[str, Any]:
    return {
        "fields": [
            {
                "field": ".".join(map(str, err["loc"])) or "body",
                "problem": err["type"],
                "message": message_for(err, model),
            }
            for err in exc.errors()
        ]
    }


def summary(found: dict[str, Any]) -> str:
    """The top message: the fields' own messages, the first few."""
    messages = list(dict.fromkeys(f["message"] for f in found["fields"]))
    shown = "；".join(messages[:3])
    return f"{shown}{'等' if len(messages) > 3 else ''}" if shown else ""
