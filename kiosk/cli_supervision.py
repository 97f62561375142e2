"""``kiosk cases``: the 差评 cases and their deadlines, for people and for scripts (a daily cron mail).

Lists the open cases (or ``--overdue``, ``--closed``, ``--all``) in deadline order as a table, or
with ``--json`` as ``{"today": …, "count": N, "cases": [...]}`` with ``status``, ``created``,
``deadline``, matter and window per case. The resident's contact is never printed — only whether
one was left. ``--today`` answers for another day (what will be overdue on Monday?). Bad input
gets one message and exit status 2. ``kiosk.cli`` wires ``add_parsers`` and ``COMMANDS`` in.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Callable
from typing import Any


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期应写作 YYYY-MM-DD,例如 2026-12-31,而不是 {text!r}") from None


def add_parsers(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add ``cases`` to the ``kiosk`` subcommands."""
    cases = sub.add_parser("cases", help="差评 cases and their deadlines (open ones by default)", parents=[common])
    which = cases.add_mutually_exclusive_group()
    which.add_argument("--overdue", action="store_const", dest="which", const="overdue", help="only overdue cases")
    which.add_argument("--closed", action="store_const", dest="which", const="closed", help="only closed cases")
    which.add_argument("--all", action="store_const", dest="which", const="all", help="every case")
    cases.add_argument("--json", action="store_true", help="print JSON for scripts")
    cases.add_argument("--today", type=_date, metavar="DATE", help="count deadlines as on this day (default today)")
    cases.set_defaults(which="open")


def case_rows(database: Any, which: str, today: dt.date) -> list[dict[str, Any]]:
    from sqlalchemy import select

    from kiosk.data import models as m
    from kiosk.services.supervision.cases import STATUS_WORDS, CaseService

    service = CaseService(database, clock=lambda: today)
    records = service.cases(which)  # type: ignore[arg-type]
    with database.session() as session:
        matters = dict(session.execute(select(m.ServiceMatter.code, m.ServiceMatter.name)).tuples().all())
        windows = dict(session.execute(select(m.Window.code, m.Window.name)).tuples().all())
    return [
        {
            "id": r.id,
            "number": r.number,
            "status": r.status,
            "status_label": STATUS_WORDS[r.status],
            "created": r.created_at.replace(tzinfo=dt.UTC).astimezone().replace(microsecond=0).isoformat(),
            "deadline": r.deadline.isoformat(),
            "overdue": r.overdue(today),
            "poor": r.poor,
            "matter": r.matter_code,
            "matter_name": matters.get(r.matter_code, ""),
            "window": r.window,
            "window_name": windows.get(r.window, ""),
            "rectified_on": r.rectified_on.isoformat() if r.rectified_on else None,
            "closed_on": r.closed_on.isoformat() if r.closed_on else None,
            "on_time": r.on_time(),
            "has_contact": bool(r.contact),
            "sample": r.is_sample,
        }
        for r in records
    ]


def cmd_cases(args: argparse.Namespace) -> int:
    from kiosk.data.db import open_database

    database = open_database(getattr(args, "db", None))
    today = args.today or dt.date.today()
    rows = case_rows(database, args.which, today)
    if args.json:
        print(json.dumps({"today": today.isoformat(), "count": len(rows), "cases": rows}, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print({"open": "没有未办结的差评案件", "overdue": "没有超期的差评案件"}.get(args.which, "没有差评案件"))
        return 0
    print(f"{'编号':<10} {'状态':<6} {'评价时间':<17} {'期限':<11} {'事项/窗口'}")
    for r in rows:
        where = r["matter_name"] or r["window_name"] or r["window"] or "—"
        late = " 超期" if r["overdue"] else ""
        created = r["created"][:16].replace("T", " ")
        print(f"{r['number']:<12} {r['status_label']:<5} {created:<17} {r['deadline']:<11} {where}{late}")
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"cases": cmd_cases}
