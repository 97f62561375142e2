"""What the kiosk's snapshot holds: published public content with its files; staff-only texts apart.

The shared database is "lost" by renaming its file (the next connection finds an empty one), so a
new ``ContentRepository`` on a reopened ``LocalStore`` is a kiosk restarted without its database.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import update

from kiosk.data import models as m
from kiosk.data.db import open_database
from kiosk.data.offline.local_store import LocalStore
from kiosk.data.repository import ContentRepository
from kiosk.data.schema import NoticeDoc
from kiosk.data.store import save_bundle
from tests import factories


@pytest.fixture
def hall(tmp_path: Path):  # type: ignore[no-untyped-def]
    """``factories.bundle()`` (a blank form, the logo, a staff photo, one 对内公开 text) with two more
    notices: one that closes soon and one that opens later."""
    content = factories.bundle()
    content.notices += [
        NoticeDoc(key="closing", title="停水通知", publish_until=dt.datetime(2026, 5, 2), sort=2),
        NoticeDoc(key="opening", title="汛期值班安排", publish_from=dt.datetime(2026, 6, 1), sort=3),
    ]
    database = open_database(str(tmp_path / "hall.sqlite3"))
    with database.session() as session:
        save_bundle(session, content, action="test", actor="test")
        session.commit()
    yield database
    database.dispose()


def _lose(database) -> None:  # type: ignore[no-untyped-def]
    path = Path(database.engine.url.database)
    database.engine.dispose()
    path.rename(path.with_name("gone.sqlite3"))


def _table_text(path: Path, table: str) -> str:
    with sqlite3.connect(path) as db:
        return "\n".join(value for (value,) in db.execute(f"SELECT value FROM {table}"))


def test_files_are_kept_and_staff_only_texts_only_in_their_own_part_after_a_staff_read(hall, tmp_path: Path) -> None:
    path = tmp_path / "local.sqlite3"
    local = LocalStore(path)
    online = ContentRepository(hall, local)
    online.prefetch()
    form = online.matter("M001").materials[1].blank_form  # type: ignore[union-attr]
    assert form is not None
    assert "内部财务收支情况" not in _table_text(path, "snapshot")
    assert _table_text(path, "staff_snapshot") == ""  # no staff session yet: nothing staff-only at all
    assert [d.key for d in online.disclosures(staff=True)] == ["d1", "d2"]  # a staff session reads 对内公开
    assert "内部财务收支情况" in _table_text(path, "staff_snapshot")
    assert "内部财务收支情况" not in _table_text(path, "snapshot")
    local.close()
    _lose(hall)

    restarted = LocalStore(path)
    offline = ContentRepository(hall, restarted)
    guide = offline.matter("M001")
    assert guide is not None and guide.materials[1].blank_form == form  # the blank form, bytes and all
    hall_doc = offline.hall()
    assert hall_doc is not None and hall_doc.logo is not None and hall_doc.logo.filename == "logo.png"
    assert offline.staff()[0].photo is not None
    assert [d.key for d in offline.disclosures(staff=False)] == ["d1"]
    assert [d.key for d in offline.disclosures(staff=True)] == ["d1", "d2"]
    assert offline.offline
    restarted.close()


def test_dated_content_follows_the_clock_while_offline(hall, tmp_path: Path) -> None:
    local = LocalStore(tmp_path / "local.sqlite3")
    ContentRepository(hall, local).prefetch()
    local.close()
    _lose(hall)
    offline = ContentRepository(hall, LocalStore(tmp_path / "local.sqlite3"))
    shown = {day: [n.key for n in offline.notices(at=dt.datetime(2026, *day))] for day in ((5, 1), (5, 3), (6, 2))}
    assert shown == {(5, 1): ["closing"], (5, 3): [], (6, 2): ["opening"]}
    assert offline.offline


def test_a_withdrawn_guide_leaves_the_snapshot_and_a_draft_read_by_code_never_enters_it(hall, tmp_path: Path) -> None:
    local = LocalStore(tmp_path / "local.sqlite3")
    content = ContentRepository(hall, local)
    content.prefetch()
    assert local.keys('["matter", ') == ['["matter", ["M001"], {}]', '["matter", ["M002"], {}]']
    with hall.session() as session:
        session.execute(update(m.ServiceMatter).where(m.ServiceMatter.code == "M002").values(status="archived"))
        session.commit()
    content.prefetch()
    assert content.matter("M002") is not None  # read by code it is still there (an admin's preview) …
    assert local.keys('["matter", ') == ['["matter", ["M001"], {}]']  # … but never kept for the kiosk
    local.close()
