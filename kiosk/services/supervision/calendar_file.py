"""The working-day calendar as a CSV file (工作日历导入导出), for Excel and for the next hall. No Qt.

One row per day that differs from the usual week: 日期 (2026-10-01), 类型 (休 for a holiday, 班 for
a weekend day worked; 放假/上班/holiday/workday are read too), 名称 (国庆节). Written as UTF-8 with
a byte-order mark so Excel shows the Chinese. Reading is all or nothing: every bad row is named
(``第3行 日期: …``) and nothing is saved unless the whole file is right. Importing replaces the
entries of the years the file covers and leaves other years alone.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from pathlib import Path

from kiosk.errors import InvalidImport, Problem, UserError
from kiosk.services.supervision.calendar import KIND_WORDS, NAME_LIMIT, CalendarDay, DayKind

HEADERS = ("日期", "类型", "名称")
KIND_ALIASES: dict[str, DayKind] = {
    "休": "holiday",
    "放假": "holiday",
    "假": "holiday",
    "holiday": "holiday",
    "班": "workday",
    "上班": "workday",
    "调休上班": "workday",
    "workday": "workday",
}
MAX_BYTES = 1_000_000


def write_csv(path: Path, days: Sequence[CalendarDay]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(HEADERS)
        for d in sorted(days):
            writer.writerow([d.day.isoformat(), KIND_WORDS[d.kind], d.name])


def export_csv(folder: Path, days: Sequence[CalendarDay], at: dt.datetime | None = None) -> Path:
    """Write ``days`` into a new file ``calendar-YYYYMMDD-HHMMSS.csv`` in ``folder``; returns it."""
    if not folder.is_dir():
        raise UserError(f"找不到文件夹 {folder}（U 盘是否已拔出？）")
    target = folder / f"calendar-{(at or dt.datetime.now()):%Y%m%d-%H%M%S}.csv"
    try:
        write_csv(target, days)
    except OSError as exc:
        raise UserError(f"无法写入 {target}：{exc.strerror or exc}") from None
    return target


def read_csv(path: Path) -> list[CalendarDay]:
    """The days of a calendar CSV; ``InvalidImport`` naming every bad row, ``UserError`` for an unreadable file."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(f"无法读取 {path}：{exc.strerror or exc}") from None
    if len(data) > MAX_BYTES:
        raise UserError(f"{path.name} 太大,不像工作日历(最多 {MAX_BYTES // 1000} KB)")
    for encoding in ("utf-8-sig", "gb18030"):  # Excel on a Chinese Windows saves CSV in GBK unless told otherwise
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - gb18030 decodes any byte string
        raise UserError(f"{path.name} 不是文本文件")
    return parse(text)


def parse(text: str) -> list[CalendarDay]:
    rows = [r for r in csv.reader(io.StringIO(text)) if any(cell.strip() for cell in r)]
    if not rows:
        raise InvalidImport([Problem("第1行", "文件是空的;第一行应为表头:日期,类型,名称")])
    header = [cell.strip() for cell in rows[0]]
    if header[:2] != list(HEADERS[:2]):
        raise InvalidImport([Problem("第1行", f"表头应为:{','.join(HEADERS)}(而不是 {','.join(header)})")])
    problems: list[Problem] = []
    days: list[CalendarDay] = []
    seen: dict[dt.date, int] = {}
    for number, row in enumerate(rows[1:], start=2):
        cells = [cell.strip() for cell in row] + ["", "", ""]
        day_text, kind_text, name = cells[0], cells[1], cells[2]
        try:
            day = dt.date.fromisoformat(day_text)
        except ValueError:
            problems.append(Problem(f"第{number}行 日期", f"应为日期,例如 2026-10-01,而不是 {day_text!r}"))
            day = None
        kind = KIND_ALIASES.get(kind_text.lower())
        if kind is None:
            problems.append(Problem(f"第{number}行 类型", f"应为 休 或 班,而不是 {kind_text!r}"))
        if day is not None and kind == "workday" and day.weekday() < 5:
            weekday = "一二三四五"[day.weekday()]
            problems.append(Problem(f"第{number}行 类型", f"{day} 是星期{weekday},本来就是工作日;调休上班只用于周末"))
        if len(name) > NAME_LIMIT:
            problems.append(Problem(f"第{number}行 名称", f"文字过长(最多 {NAME_LIMIT} 个字)"))
        if day is not None and day in seen:
            problems.append(Problem(f"第{number}行 日期", f"{day} 与第 {seen[day]} 行重复"))
        if day is not None:
            seen.setdefault(day, number)
        if day is not None and kind is not None and len(name) <= NAME_LIMIT:
            days.append(CalendarDay(day, kind, name))
    if problems:
        raise InvalidImport(problems)
    return days
