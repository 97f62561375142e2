"""The report's tables as CSV (for any program) and as an Excel workbook (one sheet per table). No Qt.

CSV: UTF-8 with a byte-order mark (Excel on a Chinese Windows reads a CSV without one as GBK),
every table one after another — its title on a line of its own, the headers, the rows, then an
empty line. XLSX: a 说明 sheet (the period, when it was made, what each table counts), then one
sheet per table with bold frozen headers. Search words come from what residents typed: a text
that would start a formula is written as text (an apostrophe in CSV, a string cell in Excel), never
evaluated (OWASP "CSV injection").
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from kiosk.services.report.tables import Table, Value

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Value) -> Value:
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def write_csv(path: Path, tables: Sequence[Table]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file)
        for table in tables:
            writer.writerow([table.title])
            writer.writerow(table.headers)
            writer.writerows([safe_cell(v) for v in row] for row in table.rows)
            writer.writerow([])


def _width(value: object) -> int:
    """Display width in Excel's character units: a Chinese character takes two."""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in str(value))


def write_xlsx(path: Path, tables: Sequence[Table], period: str, made: dt.datetime) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    about = book.active
    assert about is not None
    about.title = "说明"
    about.append(["统计期间", period])
    about.append(["生成时间", f"{made:%Y-%m-%d %H:%M}"])
    about.append([])
    about.append(["工作表", "说明"])
    for table in tables:
        about.append([table.title, table.note])
    about.column_dimensions["A"].width = 24
    about.column_dimensions["B"].width = 100
    for row in about.iter_rows(min_row=4, max_row=4):
        for cell in row:
            cell.font = Font(bold=True)
    for table in tables:
        sheet = book.create_sheet(table.title[:31])
        sheet.append(list(table.headers))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(vertical="center")
        for row in table.rows:
            sheet.append(list(row))
            for cell in sheet[sheet.max_row]:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cell.data_type = "s"  # text, never a formula
        sheet.freeze_panes = "A2"
        for index, header in enumerate(table.headers, start=1):
            widest = max([_width(header), *(_width(row[index - 1]) for row in table.rows)])
            sheet.column_dimensions[sheet.cell(1, index).column_letter].width = min(60, widest + 2)
    book.save(path)
