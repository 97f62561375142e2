"""``kiosk report``: the hall's statistics for a period as a PDF report, an Excel workbook or CSV.

Meant for a monthly cron job as much as for a person: without ``--from``/``--to`` it reports the
previous calendar month. Bad dates, a start after the end, an extension other than .pdf/.xlsx/.csv,
a folder that is not there or a database that does not answer: one message, exit status 2, no
file written. ``kiosk.cli`` wires ``add_parsers`` and ``COMMANDS`` in.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kiosk.errors import UserError


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    report = sub.add_parser(
        "report",
        help="write the statistics for a period to FILE.pdf, FILE.xlsx or FILE.csv (default: last month)",
        parents=[common],
    )
    report.add_argument("--from", dest="first", metavar="DATE", help="first day, e.g. 2026-11-01")
    report.add_argument("--to", dest="last", metavar="DATE", help="last day (included), e.g. 2026-11-30")
    report.add_argument("--out", type=Path, required=True, help="the file to write: .pdf, .xlsx or .csv")


def parse_day(text: str, option: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise UserError(f"{option} 应是日期,例如 2026-11-01,而不是 {text!r}") from None


def previous_month(today: dt.date) -> tuple[dt.date, dt.date]:
    last = today.replace(day=1) - dt.timedelta(days=1)
    return last.replace(day=1), last


def days_of(args: argparse.Namespace, today: dt.date) -> tuple[dt.date, dt.date]:
    """The report's first and last day from the options (the previous month when both are left out)."""
    if args.first is None and args.last is None:
        return previous_month(today)
    if args.first is None or args.last is None:
        raise UserError("--from 和 --to 要一起给出(都不给则统计上个月)")
    first, last = parse_day(args.first, "--from"), parse_day(args.last, "--to")
    if first > last:
        raise UserError(f"--from {first} 晚于 --to {last}")
    return first, last


def cmd_report(args: argparse.Namespace) -> int:
    from kiosk.data.db import open_database
    from kiosk.data.statistics import HallStatistics, Period
    from kiosk.services.report.case_hook import case_counter
    from kiosk.services.report.files import check_format, write_report

    first, last = days_of(args, dt.date.today())
    check_format(args.out)  # before the database is asked
    if not args.out.parent.resolve().is_dir():
        raise UserError(f"找不到文件夹 {args.out.parent}")
    database = open_database(getattr(args, "db", None))
    try:
        report = HallStatistics(database, cases=case_counter(database)).report(Period.days(first, last))
        path = write_report(report, args.out)
    finally:
        database.dispose()
    print(
        f"已写入 {path}({first} 至 {last}:评价 {report.ratings.total} 份,指南查看 {report.views} 次,"
        f"打印 {report.prints} 次,搜索 {report.searches.total} 次)"
    )
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"report": cmd_report}
