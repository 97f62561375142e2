"""Applying batches of national rows in order (批次): insert, update, delete — each batch once.

Every row received is kept in ``exchange_rows`` as last received, with its batch and sync time.
A row of a later batch replaces the kept one; a row of an earlier batch than the kept one is
ignored (a batch that arrives late cannot undo a newer one); the same row of the same batch again
changes nothing. A matter is rebuilt from all its kept rows whenever one of them changed, so a
batch that carries only one changed material still yields the whole matter; a deleted basic row
removes the matter. Runs inside the caller's transaction (a dry run rolls it back with the rest).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from kiosk.data import models as m
from kiosk.data.exchange.national import codes
from kiosk.data.exchange.national.build import TaskRows
from kiosk.data.exchange.national.tables import TABLE_BY_KEY, SourceRow
from kiosk.data.exchange.report import Note
from kiosk.errors import Problem

CHUNK = 900  # keys per IN (…) list, under SQLite's limit of variables per statement
PLACE = "_place"


def batch_key(batch: str, at: str) -> tuple[int, str, str]:
    """Order of batches: numbers by value (9 before 10), other names as text; then the sync time."""
    text = batch.strip()
    return (len(text) if text.isdigit() else 0, text, at.strip())


@dataclass
class Incoming:
    """The last state of one row in the files of this import."""

    table: str
    row_guid: str
    task_guid: str
    batch: str
    at: str
    operation: str  # insert / update / delete
    values: dict[str, str]
    place: str

    @property
    def key(self) -> tuple[int, str, str]:
        return batch_key(self.batch, self.at)


@dataclass
class Applied:
    """What applying the rows changed: the matters to rebuild, and notes for the report."""

    touched: set[str] = field(default_factory=set)  # task guids whose rows changed
    named: set[str] = field(default_factory=set)  # task guids the files speak of at all
    notes: list[Note] = field(default_factory=list)
    stale: int = 0  # rows ignored because a newer batch was applied already
    unchanged: int = 0


def latest(rows: dict[str, list[SourceRow]], problems: list[Problem]) -> list[Incoming]:
    """Each row's final state across the files, applying its operations in batch order."""
    final: dict[tuple[str, str], tuple[tuple[Any, ...], Incoming]] = {}
    for table, found in rows.items():
        definition = TABLE_BY_KEY[table]
        for row in found:
            values = row.values
            guid = values.get("row_guid", "").strip() or values.get("rowguid", "").strip()
            if not guid:
                problems.append(Problem(f"{row.place} row_guid", "缺少记录唯一标识 row_guid"))
                continue
            raw_op = values.get("cd_operation", "").strip() or "I"
            operation, _how = codes.OPERATION.translate(raw_op)
            if operation is None:
                message = f"同步类型 {raw_op!r} 无法识别(可用:I 新增、U 修改、D 删除)"
                problems.append(Problem(f"{row.place} cd_operation", message))
                continue
            task = values.get(definition.task_column, "").strip() if definition.task_column else ""
            incoming = Incoming(
                table,
                guid,
                task,
                values.get("cd_batch", "").strip(),
                values.get("cd_time", "").strip(),
                operation,
                values,
                row.place,
            )
            order = (*incoming.key, row.order)
            previous = final.get((table, guid))
            if previous is None or order >= previous[0]:
                final[(table, guid)] = (order, incoming)
    return [incoming for _order, incoming in final.values()]


def _kept(session: Session, tables: Iterable[str]) -> dict[tuple[str, str], m.ExchangeRow]:
    query = select(m.ExchangeRow).where(m.ExchangeRow.table_name.in_(list(tables)))
    return {(r.table_name, r.row_guid): r for r in session.scalars(query)}


def apply(session: Session, incoming: list[Incoming]) -> Applied:
    """Merge ``incoming`` into the kept rows (in the caller's transaction); returns what changed."""
    result = Applied()
    kept = _kept(session, {i.table for i in incoming} | {"condition", "material"})
    # 情形与材料 rows name no matter: they belong to their condition's (or material's) matter.
    owner = {(t, g): r.task_guid for (t, g), r in kept.items() if t in ("condition", "material")}
    owner.update({(i.table, i.row_guid): i.task_guid for i in incoming if i.table in ("condition", "material")})
    new_rows: list[dict[str, Any]] = []
    changed_rows: list[dict[str, Any]] = []
    for item in incoming:
        if item.table == "link":
            item.task_guid = owner.get(("condition", item.values.get("condition_guid", "").strip()), "") or owner.get(
                ("material", item.values.get("material_guid", "").strip()), ""
            )
            if not item.task_guid:
                result.notes.append(Note("warning", "情形与材料", "指向的情形和材料都不存在,已忽略", item.place))
                continue
        if not item.task_guid:
            result.notes.append(Note("warning", "行", "没有所属事项(task_guid 为空),已忽略", item.place))
            continue
        result.named.add(item.task_guid)
        data = {**item.values, PLACE: item.place}
        row = {
            "table_name": item.table,
            "row_guid": item.row_guid,
            "task_guid": item.task_guid,
            "batch": item.batch,
            "at": item.at,
            "operation": item.operation,
            "data": data,
        }
        old = kept.get((item.table, item.row_guid))
        if old is None:
            new_rows.append(row)
        else:
            old_key = batch_key(old.batch, old.at)
            if item.key < old_key:
                result.stale += 1
                continue
            if item.key == old_key and old.operation == item.operation and _same(old.data, data):
                result.unchanged += 1
                continue
            changed_rows.append({**row, "id": old.id})
            if old.task_guid != item.task_guid:
                result.touched.add(old.task_guid)
        result.touched.add(item.task_guid)
    if new_rows:
        session.execute(insert(m.ExchangeRow), new_rows)
    if changed_rows:
        session.execute(update(m.ExchangeRow), changed_rows)
    if result.stale:
        result.notes.append(
            Note("skipped", "旧批次", f"{result.stale} 行属于比已导入的批次更早的批次,已忽略(批次按顺序生效)")
        )
    return result


def _same(old: dict[str, Any], new: dict[str, Any]) -> bool:
    """The same row again, wherever it was read from this time."""
    return {k: v for k, v in old.items() if k != PLACE} == {k: v for k, v in new.items() if k != PLACE}


@dataclass
class Task:
    """A matter's kept rows: its rows to build from, or deleted (with the code it had)."""

    guid: str
    rows: TaskRows | None = None
    deleted: bool = False
    code: str = ""
    name: str = ""
    place: str = ""


def tasks(session: Session, guids: Iterable[str], current: set[tuple[str, str]] | None = None) -> dict[str, Task]:
    """Every kept row of these matters, grouped; a matter whose basic row is deleted is marked so.

    Rows of an earlier import (not in ``current``) say which batch they came from in their place.
    """
    current = current or set()

    def place(row: m.ExchangeRow) -> str:
        text = str(row.data.get(PLACE, ""))
        if (row.table_name, row.row_guid) in current or not row.batch:
            return text
        return f"{text}(以前导入的批次 {row.batch})"

    def source(row: m.ExchangeRow) -> SourceRow:
        values = {k: str(v) for k, v in row.data.items() if k != PLACE}
        return SourceRow(row.table_name, values, place(row), row.id)

    wanted = sorted(set(guids))
    grouped: dict[str, list[m.ExchangeRow]] = {}
    for start in range(0, len(wanted), CHUNK):
        query = select(m.ExchangeRow).where(m.ExchangeRow.task_guid.in_(wanted[start : start + CHUNK]))
        for row in session.scalars(query.order_by(m.ExchangeRow.id)):
            grouped.setdefault(row.task_guid, []).append(row)
    found: dict[str, Task] = {}
    for guid in wanted:
        rows = grouped.get(guid, [])
        basic = next((r for r in rows if r.table_name == "basic"), None)
        task = Task(guid)
        found[guid] = task
        if basic is None:
            continue
        task.code = str(basic.data.get("task_code", "")).strip() or str(basic.data.get("local_task_code", "")).strip()
        task.name = str(basic.data.get("task_name", ""))
        task.place = place(basic)
        if basic.operation == "delete":
            task.deleted = True
            continue
        live = [r for r in rows if r.operation != "delete"]
        task.rows = TaskRows(source(basic))
        for row in live:
            if row.table_name == "extend":
                task.rows.extend = source(row)
            elif row.table_name != "basic":
                getattr(task.rows, TASK_LISTS[row.table_name]).append(source(row))
    return found


TASK_LISTS = {
    "material": "materials",
    "fee": "fees",
    "question": "questions",
    "condition": "conditions",
    "link": "links",
}
