"""The demo's service-loop samples: a board that is not empty on a fresh install, removed in one go."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from sqlalchemy import func, select

from kiosk.cli import main
from kiosk.data import models as m
from kiosk.data.local_store import LocalStore
from kiosk.data.repository import ContentRepository
from kiosk.services.supervision.calendar import CalendarStore
from kiosk.services.supervision.cases import CaseService
from kiosk.services.supervision.samples import SAMPLE_PLAN, load_samples, remove_samples
from tests.services.supervision.helpers import rate


def count(database, table) -> int:  # type: ignore[no-untyped-def]
    with database.session() as session:
        return int(session.scalar(select(func.count()).select_from(table)) or 0)


def test_the_samples_fill_the_board_and_go_away_in_one_transaction_leaving_real_records(demo_database) -> None:
    today = dt.date.today()
    real = rate(demo_database, dt.datetime.now().replace(microsecond=0), comment="真实的评价")
    with demo_database.session() as session:
        load_samples(session, today)
        session.commit()
    statuses = {c.status for c in CaseService(demo_database).cases("all")}
    assert statuses == {"verifying", "rectifying", "rectified", "visited", "unfounded", "no_action"}
    board = ContentRepository(demo_database).supervision_board()
    assert len(board.cases) == 4 and (board.on_time, board.judged) == (4, 6)
    assert [d.key for d in ContentRepository(demo_database).decisions()] == [SAMPLE_PLAN]
    assert len(ContentRepository(demo_database).complaint_results()) == 3 + 2  # the demo hall's three, two samples
    assert CalendarStore(demo_database).calendar().is_holiday(dt.date(2026, 10, 1))
    assert count(demo_database, m.Rating) > 150

    with demo_database.session() as session:
        removed = remove_samples(session, "admin")
        session.commit()
    assert removed > 150
    (left,) = CaseService(demo_database).cases("all")
    assert left.rating_uid == real and count(demo_database, m.Rating) == 1
    assert count(demo_database, m.Complaint) == 0 and count(demo_database, m.Opinion) == 0
    content = ContentRepository(demo_database)
    assert content.decisions() == [] and len(content.complaint_results()) == 3
    assert content.supervision_board().cases == []
    assert CalendarStore(demo_database).calendar().is_holiday(dt.date(2026, 10, 1))  # the calendar is real data


def test_kiosk_demo_loads_the_samples_and_kiosk_cases_lists_them(tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "demo.sqlite3")
    assert main(["demo", "--db", db]) == 0
    capsys.readouterr()
    assert main(["cases", "--db", db, "--overdue", "--json"]) == 0
    overdue = json.loads(capsys.readouterr().out)
    assert overdue["count"] == 1 and overdue["cases"][0]["window"] == "W5" and overdue["cases"][0]["sample"]


def test_an_offline_kiosk_keeps_the_calendar_it_last_read(sqlite_demo, tmp_path: Path) -> None:
    """What the screen schedule (opening hours on holidays) needs from the calendar while offline."""
    from kiosk.data.db import connect_later

    with sqlite_demo.session() as session:
        load_samples(session, dt.date.today())
        session.commit()
    local = LocalStore(tmp_path / "local.sqlite3")
    online = CalendarStore(sqlite_demo, local).calendar()
    gone = connect_later(f"sqlite:///{tmp_path / 'unplugged' / 'hall.sqlite3'}")  # a database that does not answer
    offline = CalendarStore(gone, local).calendar()
    assert offline.days == online.days and len(offline.days) > 40
    assert offline.is_working_day(dt.date(2026, 10, 10)) and offline.is_holiday(dt.date(2026, 10, 1))
    gone.dispose()
    local.close()
