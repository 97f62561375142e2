"""Importing provincial AUDIT_* JSON (the Epoint family of 政务服务 platforms: Guangxi, Guangdong …).

An export is the platform's answer to its item-query interface, saved to a file: either flat
lists (``{"AUDIT_ITEM": [...], "AUDIT_MATERIAL": [...], ...}``, maybe under ``CUSTOM``), or pages
(``{"STATUS": {...}, "data": {"list": [{"AUDIT_ITEM": {...}, "AUDIT_MATERIAL": [...]}, ...]}}``),
several pages in a JSON array or one page per line. Keys come in upper or lower case, code
values with or without ``*_TEXT`` companions. Rows are renamed to the national columns
(``ordernum`` → ``order_num``, ``fill_explian`` → ``fill_explain`` …) and built like the national
tables (``national.build``). What a saved error page looks like is recognised and named.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from kiosk.data.exchange.candidates import Reading
from kiosk.data.exchange.national.build import TaskRows, build_matter
from kiosk.data.exchange.national.tables import SourceRow, decode_text
from kiosk.data.exchange.report import Note
from kiosk.errors import InvalidImport, Problem

MAX_BYTES = 300 * 1024 * 1024
# AUDIT table → the builder's table, and Epoint column → national column.
TABLES: dict[str, str] = {
    "audit_item": "basic",
    "audit_item_extend": "extend",
    "audit_material": "material",
    "audit_material_condition": "link",
    "audit_item_condition": "condition",
    "audit_item_window": "window",
    "audit_qa": "question",
    "audit_item_bylaw": "law",
    "audit_charge": "fee",
    "audit_item_charge": "fee",
}
ALIASES: dict[str, str] = {
    "rowguid": "row_guid",
    "taskguid": "task_guid",
    "taskcode": "task_code",
    "taskname": "task_name",
    "ordernum": "order_num",
    "ordernumber": "order_num",
    "serve_type": "server_type",
    "anticipate_day_explain": "anticipate_explain",
    "promise_day_explain": "promise_explain",
    "acceptcondition": "accept_condition",
    "fill_explian": "fill_explain",
    "fillexplain": "fill_explain",
    "materialname": "material_name",
    "conditionguid": "condition_guid",
    "materialguid": "material_guid",
    "conditionname": "condition_name",
    "conditiondesc": "condition_desc",
    "handle_online_address": "online_handle_url",
    "is_online_handle": "is_online",
    "scene_reason": "limit_scene_explain",
    "deptcode": "dept_code",
    "deptname": "dept_name",
}
SUCCESS = {"", "00", "0", "200", "1", "success", "ok", "true"}
GATEWAY_WORDS = r"bad gateway|internal server error|service unavailable|gateway time-?out"
HTTP_ERROR = re.compile(rf"(?i)\b5\d\d\b[^\n]{{0,40}}(?:{GATEWAY_WORDS}|error)|(?:{GATEWAY_WORDS})")
TITLE = re.compile(r"(?is)<title[^>]*>(.*?)</title>")


def _refuse(name: str, message: str) -> InvalidImport:
    return InvalidImport([Problem(name, message)])


def _value(raw: Any) -> str:
    if type(raw) is str:
        return raw
    if raw is None:
        return ""
    if isinstance(raw, bool):
        return "1" if raw else "0"
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    if isinstance(raw, dict | list):
        return json.dumps(raw, ensure_ascii=False)
    return str(raw)


@lru_cache(maxsize=1024)
def _keys(keys: tuple[str, ...]) -> tuple[str, ...]:
    """A row's keys lower-cased and renamed to the national columns (rows of a table share their
    keys, so each key list is worked out once)."""
    return tuple(ALIASES.get(k.lower(), k.lower()) for k in keys)


def _lower(node: Any) -> Any:
    """Keys in lower case down to the AUDIT_* tables (``AUDIT_ITEM`` and ``audit_item`` alike); the
    rows' own keys are lowered when each row is read."""
    if isinstance(node, dict):
        lowered = {str(k).lower(): v for k, v in node.items()}
        if any(k.startswith("audit_") for k in lowered):
            return lowered
        return {k: _lower(v) for k, v in lowered.items()}
    if isinstance(node, list):
        return [_lower(v) for v in node]
    return node


def parse(data: bytes, name: str) -> Any:
    """The JSON in ``data``, or one clear sentence saying what the file is instead."""
    text = decode_text(data, name).strip()
    if not text:
        raise _refuse(name, "文件是空的")
    if text.startswith("<"):
        title = TITLE.search(text)
        shown = "「" + " ".join(title.group(1).split())[:80] + "」" if title else ""
        raise _refuse(
            name,
            f"文件是一个网页(HTML){shown},不是 JSON:多半是接口返回的错误页或登录页,请重新从平台导出事项数据",
        )
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg.startswith("Extra data"):
            try:  # one JSON document per line (pages saved one after another)
                return [json.loads(line) for line in text.splitlines() if line.strip()]
            except json.JSONDecodeError:
                pass
        error = HTTP_ERROR.search(text[:500])
        if error and not text.startswith(("{", "[")):
            raise _refuse(
                name, f"文件是服务器的错误回应({error.group(0).strip()}),不是事项数据,请稍后重新导出"
            ) from None
        if exc.pos >= len(text) - 1 or exc.msg.startswith("Unterminated string"):
            raise _refuse(
                name, f"JSON 不完整:文件在第{exc.lineno}行第{exc.colno}列突然结束(可能下载中断或被截断)"
            ) from None
        raise _refuse(f"{name} 第{exc.lineno}行第{exc.colno}列", f"JSON 格式错误:{exc.msg}") from None


def _bundles(node: Any, where: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """(place, {audit table: rows}) for every group of AUDIT_* tables: a flat file, CUSTOM, or pages."""
    if isinstance(node, list):
        for i, item in enumerate(node, start=1):
            yield from _bundles(item, f"{where}第{i}页 " if not where else f"{where}[{i}] ")
        return
    if not isinstance(node, dict):
        return
    if any(key.startswith("audit_") for key in node):
        yield where, node
        return
    for key in ("custom", "data", "result", "body"):
        inner = node.get(key)
        if isinstance(inner, dict) and isinstance(inner.get("list"), list):
            for i, item in enumerate(inner["list"], start=1):
                if isinstance(item, dict):
                    yield f"{where}list[{i}] ", item
        elif isinstance(inner, dict | list):
            yield from _bundles(inner, where)


def _status_problem(node: Any) -> str:
    """The error an interface answered with, when the file is such an answer."""
    pages = node if isinstance(node, list) else [node]
    for page in pages:
        if not isinstance(page, dict):
            continue
        page = {str(k).lower(): v for k, v in page.items()}
        status = page.get("status")
        code, text = "", ""
        if isinstance(status, dict):
            status = {str(k).lower(): v for k, v in status.items()}
            code, text = _value(status.get("code")).strip(), _value(status.get("text")).strip()
        elif status is not None:
            code, text = _value(status).strip(), _value(page.get("message") or page.get("msg")).strip()
        if code.lower() not in SUCCESS:
            return f"接口返回错误(状态 {code}{':' + text if text else ''}),文件中没有事项数据"
    return ""


def read(path: Path, parsed: Any = None) -> Reading:
    """The matters of an AUDIT_* JSON file as candidates (no database needed).

    ``parsed``: the file's JSON when the caller has parsed it already (detecting the shape).
    """
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise _refuse(path.name, f"文件过大({size // 1024 // 1024} MB)")
    node = _lower(parsed if parsed is not None else parse(path.read_bytes(), path.name))
    bundles = list(_bundles(node))
    if not bundles:
        problem = _status_problem(node)
        raise _refuse(path.name, problem or "文件中没有 AUDIT_ITEM 等事项数据(不像省级政务服务平台的事项导出)")
    problems: list[Problem] = []
    tasks: dict[str, TaskRows] = {}
    by_code: dict[str, str] = {}
    pending: list[SourceRow] = []
    order = 0
    counts: dict[str, int] = {}
    ignored: set[str] = set()
    for where, bundle in bundles:
        local: dict[str, str] = {}  # in a page of one item, rows without task_guid belong to it
        items_here = bundle.get("audit_item")
        single = isinstance(items_here, dict) or (isinstance(items_here, list) and len(items_here) == 1)
        for table_name, rows in bundle.items():
            if not table_name.startswith("audit_"):
                continue
            table = TABLES.get(table_name)
            if table is None:
                ignored.add(table_name.upper())
                continue
            items = rows if isinstance(rows, list) else [rows] if isinstance(rows, dict) else []
            for i, item in enumerate(items):
                if not isinstance(item, dict):
                    continue
                order += 1
                values = dict(
                    zip(_keys(tuple(item)), [v if type(v) is str else _value(v) for v in item.values()], strict=True)
                )
                place = f"{where}{table_name.upper()}[{i}]".strip()
                row = SourceRow(table, values, place, order)
                counts[table_name.upper()] = counts.get(table_name.upper(), 0) + 1
                if table == "basic":
                    guid = values.get("row_guid") or values.get("task_guid") or values.get("task_code") or place
                    if guid in tasks:
                        problems.append(Problem(place, f"事项 {values.get('task_code', guid)} 在文件中出现了两次"))
                        continue
                    tasks[guid] = TaskRows(row)
                    if single:
                        local["item"] = guid
                    if values.get("task_code"):
                        by_code[values["task_code"]] = guid
                else:
                    pending.append(row)
        for row in pending:
            row.values.setdefault("_page_item", local.get("item", ""))
        _attach(pending, tasks, by_code, problems)
        pending = []
    skipped = "、".join(sorted(ignored))
    general = [Note("warning", "其他表", f"未导入(不是办事指南的内容):{skipped}")] if ignored else []
    if problems:
        raise InvalidImport(problems)
    reading = Reading(general=general, mapping=mapping())
    summary = "、".join(f"{k} {n} 条" for k, n in counts.items())
    reading.general.insert(0, Note("mapped", "文件", f"{len(bundles)} 组数据:{summary}"))
    for task in tasks.values():
        candidate, department = build_matter(task, problems)
        reading.candidates.append(candidate)
        code = candidate.data.get("department")
        if isinstance(code, str) and code not in reading.departments:
            reading.departments[code] = department
    if problems:
        raise InvalidImport(problems)
    return reading


def _attach(
    rows: list[SourceRow], tasks: dict[str, TaskRows], by_code: dict[str, str], problems: list[Problem]
) -> None:
    """Put each child row under its matter: by task_guid, else task_code, else the page's one item."""
    lists = {"material": "materials", "fee": "fees", "question": "questions", "condition": "conditions",
             "link": "links", "window": "windows", "law": "laws"}  # fmt: skip
    for row in rows:
        values = row.values
        guid = values.get("task_guid", "")
        if guid not in tasks:
            guid = by_code.get(values.get("task_code", ""), "") or values.get("_page_item", "")
        values.pop("_page_item", None)
        task = tasks.get(guid)
        if task is None:
            problems.append(
                Problem(row.place, f"找不到所属事项(task_guid {values.get('task_guid', '')!r} 不在 AUDIT_ITEM 中)")
            )
            continue
        if row.table == "extend":
            task.extend = row
        else:
            getattr(task, lists[row.table]).append(row)


def mapping() -> list[tuple[str, str]]:
    """Which AUDIT_* table fills which part of the guide (the field mapping is the national one)."""
    return [
        (
            "AUDIT_ITEM",
            "事项基本信息(字段同 up_task_general_basic;accept_std 审查标准,reconsiderat 行政复议,litigation 行政诉讼)",
        ),
        ("AUDIT_ITEM_EXTEND", "扩展信息(result_name、scene_reason、handle_online_address、is_online_handle)"),
        ("AUDIT_MATERIAL", "申请材料(original_amount 原件份数、copy_amount 复印件份数、sign_ask 签字要求 …)"),
        ("AUDIT_ITEM_CONDITION", "情形:情形问题的选项"),
        ("AUDIT_MATERIAL_CONDITION", "情形与材料(condition_guid → material_guid)"),
        (
            "AUDIT_ITEM_WINDOW",
            "办理窗口(window_name、transact_addr、window_tel、transact_time、traffic_info 乘车路线、map_url)",
        ),
        ("AUDIT_QA", "常见问题"),
        ("AUDIT_ITEM_BYLAW", "法律依据(law_name 法规名称、law_number 文号、clause_number 条款、clause_content 条文)"),
        ("AUDIT_CHARGE", "收费项目"),
        ("*_TEXT", "代码的文字说明:有则优先按文字取值"),
    ]


def looks_like(node: Any) -> bool:
    """Whether parsed JSON is an AUDIT_* export (for detecting the shape)."""
    return bool(list(_bundles(_lower(node)))) or bool(_status_problem(_lower(node)))
