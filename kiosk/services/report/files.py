"""Writing the statistics report to a file: PDF, XLSX or CSV by its extension. No Qt.

A file is written beside its final name first (``.part``) and renamed when complete, so a full USB
stick or a pulled cable never leaves half a report that looks whole.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from kiosk.data.statistics import HallReport
from kiosk.errors import UserError
from kiosk.services.report.tables import period_text, report_tables

FORMATS = (".pdf", ".xlsx", ".csv")


def file_name(report: HallReport, extension: str, made: dt.datetime) -> str:
    """``statistics-20261101-20261130.pdf``: plain letters, as any USB stick's file system takes."""
    first, last = report.period.first_day(), report.period.last_day()
    if first is None and last is None:
        return f"statistics-all-{made:%Y%m%d-%H%M}{extension}"
    start = f"{first:%Y%m%d}" if first else "start"
    end = f"{last:%Y%m%d}" if last else f"{made:%Y%m%d}"
    return f"statistics-{start}-{end}{extension}"


def check_format(path: Path) -> str:
    extension = path.suffix.lower()
    if extension not in FORMATS:
        raise UserError(f"报表文件应以 .pdf、.xlsx 或 .csv 结尾,而不是 {path.name!r}")
    return extension


def write_report(report: HallReport, path: Path, *, made: dt.datetime | None = None) -> Path:
    """Write ``report`` to ``path`` (the format from its extension); returns the path."""
    extension = check_format(path)
    if not path.parent.is_dir():
        raise UserError(f"找不到文件夹 {path.parent}(U 盘是否已拔出?)")
    when = made or dt.datetime.now().replace(microsecond=0)
    tables = report_tables(report)
    part = path.with_name(path.name + ".part")
    try:
        if extension == ".csv":
            from kiosk.services.report.spreadsheet import write_csv

            write_csv(part, tables)
        elif extension == ".xlsx":
            from kiosk.services.report.spreadsheet import write_xlsx

            write_xlsx(part, tables, period_text(report.period), when)
        else:
            from kiosk.services.report.pdf import write_pdf

            part.write_bytes(write_pdf(report, tables, when))
        os.replace(part, path)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise UserError(f"无法写入 {path}:{exc.strerror or exc}") from None
    return path
