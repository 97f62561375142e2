"""The home screen's facts read before the database layer loads, or nothing when that would be wrong."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kiosk.data.db import at_head, head_revision, open_database
from kiosk.data.quick_start import HOME_SETTINGS, peek, sqlite_file
from kiosk.data.quick_start import head_revision as quick_head
from kiosk.data.repository import ContentRepository
from kiosk.data.settings import Settings
from kiosk.services.auth import ADMIN, AuthService


def _with_admin(database) -> Path:  # type: ignore[no-untyped-def]
    AuthService(database).set_pin(ADMIN, "258046", actor="test")
    return Path(database.engine.url.database)


def test_the_newest_migration_is_read_from_the_files_as_alembic_reads_it(sqlite_demo) -> None:
    assert quick_head() == head_revision(sqlite_demo) and at_head(sqlite_demo)


def test_a_set_up_kiosk_gets_its_hall_and_settings_without_sqlalchemy(sqlite_demo) -> None:
    path = _with_admin(sqlite_demo)
    Settings(sqlite_demo).set("idle_seconds", 45)
    facts = peek(str(path))
    assert facts is not None
    hall = ContentRepository(sqlite_demo).hall()
    assert hall is not None
    assert (facts.hall.name, facts.hall.opening_hours, facts.hall.consult_phone) == (
        hall.name,
        hall.opening_hours,
        hall.consult_phone,
    )
    assert facts.settings["idle_seconds"] == 45 and set(facts.settings) <= set(HOME_SETTINGS)


def test_first_start_an_older_schema_and_other_databases_start_the_ordinary_way(sqlite_demo, tmp_path: Path) -> None:
    path = Path(sqlite_demo.engine.url.database)
    assert peek(str(path)) is None  # no admin PIN yet: the first-run screen comes first
    _with_admin(sqlite_demo)
    sqlite_demo.dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0001'")
    assert peek(str(path)) is None  # an upgrade (with its backup) is due
    assert not at_head(open_database(str(path), upgrade=False))
    assert peek("postgresql+psycopg://kiosk@10.0.0.5/hall") is None
    assert peek(str(tmp_path / "missing.sqlite3")) is None
    assert sqlite_file(f"sqlite:///{path}") == path
