"""Turning pydantic's validation errors into problems a hall admin can act on."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from pydantic import ValidationError

from kiosk.errors import Problem

MESSAGES: dict[str, str] = {
    "missing": "缺少必填项",
    "extra_forbidden": "无法识别的字段(请检查拼写)",
    "int_parsing": "应为整数",
    "int_type": "应为整数",
    "int_from_float": "应为整数",
    "bool_parsing": "应为 是/否(true/false)",
    "bool_type": "应为 是/否(true/false)",
    "string_type": "应为文字",
    "string_too_short": "不能为空",
    "string_too_long": "文字过长",
    "list_type": "应为列表",
    "dict_type": "应为对象",
    "model_type": "应为对象",
    "date_from_datetime_parsing": "应为日期,例如 2026-01-31",
    "date_parsing": "应为日期,例如 2026-01-31",
    "date_type": "应为日期,例如 2026-01-31",
    "datetime_parsing": "应为日期时间,例如 2026-01-31T08:00:00",
    "datetime_from_date_parsing": "应为日期时间,例如 2026-01-31T08:00:00",
    "datetime_type": "应为日期时间,例如 2026-01-31T08:00:00",
    "greater_than_equal": "数值过小",
    "less_than_equal": "数值过大",
    "too_short": "项目太少",
    "too_long": "项目太多",
}


def human_message(error: Any) -> str:
    """One Chinese sentence for one pydantic error (the English detail kept for unusual ones)."""
    kind = error["type"]
    ctx = error.get("ctx") or {}
    if kind == "literal_error":
        allowed = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        return f"取值「{error.get('input')}」无效,应为:{'、'.join(allowed)}"
    if kind in ("greater_than_equal", "less_than_equal"):
        limit = ctx.get("ge", ctx.get("le"))
        bound = "不小于" if kind == "greater_than_equal" else "不大于"
        return f"{MESSAGES[kind]}:{_shown(error.get('input'))}(应{bound} {limit})"
    if kind == "string_too_long":
        value = error.get("input")
        length = f",现有 {len(value)} 个" if isinstance(value, str) else ""
        return f"文字过长(最多 {ctx.get('max_length')} 个字{length})"
    if kind in ("int_parsing", "int_type", "int_from_float", "bool_parsing", "bool_type"):
        return f"{MESSAGES[kind]},而不是 {_shown(error.get('input'))}"
    if kind == "value_error":
        return str(ctx.get("error", error["msg"]))
    return MESSAGES.get(kind, error["msg"])


def _shown(value: object) -> str:
    """The offending value as the admin typed it, quoted and cut short."""
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= 40 else text[:37] + "…"


def json_path(loc: Sequence[int | str]) -> str:
    path = ""
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path or "(整个文件)"


def problems_from(error: ValidationError, where: Callable[[tuple[int | str, ...]], str] = json_path) -> list[Problem]:
    return [Problem(where(tuple(e["loc"])), human_message(e)) for e in error.errors()]
