"""Importing the national exchange tables (国家标准交换表): a folder or a zip, one file per table.

``read_files`` reads the files (no database); ``resolve`` applies their rows to the rows kept from
earlier batches (``staging``) inside the import's transaction and builds every matter whose rows
changed (``build``). The tables and their columns are listed in ``tables``, the code values in
``codes``; docs/import-format.md §5 prints both.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from kiosk.data.exchange.candidates import Deletion, Reading
from kiosk.data.exchange.national import staging
from kiosk.data.exchange.national.build import build_matter
from kiosk.data.exchange.national.tables import COLUMNS, TABLE_BY_KEY, SourceTables, read_tables
from kiosk.data.exchange.report import MatterEntry, Note
from kiosk.errors import InvalidImport, Problem


def read_files(path: Path) -> SourceTables:
    """Every exchange-table row in the folder or zip (files named after their tables)."""
    return read_tables(path)


def mapping() -> list[tuple[str, str]]:
    """(table.column, field) for every column the import uses, for the report."""
    return [
        (f"{TABLE_BY_KEY[table].names[0]}.{column}", meaning)
        for table, columns in COLUMNS.items()
        for column, meaning in columns
    ]


def resolve(session: Session, tables: SourceTables) -> Reading:
    """Apply the rows in batch order and build the matters they change (inside the caller's transaction)."""
    problems: list[Problem] = []
    incoming = staging.latest(tables.rows, problems)
    if problems:
        raise InvalidImport(problems)
    applied = staging.apply(session, incoming)
    reading = Reading(general=list(applied.notes), mapping=mapping())
    counts = "、".join(f"{TABLE_BY_KEY[t].names[0]} {len(rows)} 行" for t, rows in tables.rows.items())
    reading.general.insert(0, Note("mapped", "文件", f"读取 {len(tables.files)} 个表文件:{counts}"))
    if tables.ignored:
        listed = "、".join(tables.ignored[:10])
        reading.general.append(Note("warning", "其他文件", f"不是交换表,未读取:{listed}"))
    found = staging.tasks(session, applied.named, {(i.table, i.row_guid) for i in incoming})
    for guid in sorted(applied.named, key=lambda g: found[g].place or g):
        task = found[guid]
        if task.rows is None and not task.deleted:
            reading.general.append(
                Note("skipped", f"事项 {guid}", "只有材料/情形等行,没有基本信息行(本次和以前的批次里都没有),未导入")
            )
            continue
        if guid not in applied.touched:
            entry = MatterEntry(task.code, task.name, task.place, outcome="deleted" if task.deleted else "unchanged")
            entry.add("skipped", "批次", "这些行已经导入过(同一批次),没有变化")
            reading.settled.append(entry)
            continue
        if task.deleted:
            reading.deletions.append(Deletion(task.code, task.name, task.place))
            continue
        assert task.rows is not None
        candidate, department = build_matter(task.rows, problems)
        reading.candidates.append(candidate)
        code = candidate.data.get("department")
        if isinstance(code, str) and code not in reading.departments:
            reading.departments[code] = department
    if problems:
        raise InvalidImport(problems)
    return reading
