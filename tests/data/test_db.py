"""Opening, migrating and backing up databases, on SQLite files and on the test PostgreSQL server."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from kiosk.data.db import current_revision, head_revision, open_database, resolve_url, sqlite_backup
from kiosk.data.models import Base
from kiosk.errors import UserError


def test_migrations_from_empty_build_exactly_the_models(database) -> None:
    assert current_revision(database) == head_revision(database)
    tables = set(inspect(database.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    with database.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == [], "models changed without a migration: run alembic revision --autogenerate"


def test_sqlite_file_runs_in_wal_with_full_sync_and_foreign_keys(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "k.sqlite3"))
    with db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
    db.dispose()


def test_a_path_means_sqlite_and_a_url_is_kept(tmp_path: Path) -> None:
    assert resolve_url(str(tmp_path / "x.sqlite3")) == f"sqlite:///{tmp_path / 'x.sqlite3'}"
    assert resolve_url("postgresql+psycopg://u@h/d") == "postgresql+psycopg://u@h/d"


def test_kiosk_db_environment_variable_chooses_the_database(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("KIOSK_DB", str(tmp_path / "env.sqlite3"))
    assert resolve_url(None).endswith("env.sqlite3")


@pytest.mark.parametrize("url", ["mysql://x@y/z", "not a url://", "postgresql+nodriver://a@b/c"])
def test_unusable_database_urls_are_explained(url: str) -> None:
    with pytest.raises(UserError):
        open_database(url)


def test_unreachable_postgresql_is_explained_not_a_traceback() -> None:
    with pytest.raises(UserError, match="无法连接数据库"):
        open_database("postgresql+psycopg://kiosk@127.0.0.1:1/none")


def test_backup_copy_is_complete_and_integrity_checked(tmp_path: Path) -> None:
    source = tmp_path / "a.sqlite3"
    con = sqlite3.connect(source)
    con.execute("CREATE TABLE t (x)")
    con.executemany("INSERT INTO t VALUES (?)", [(i,) for i in range(1000)])
    con.commit()
    con.close()
    sqlite_backup(source, tmp_path / "b" / "copy.sqlite3")
    copy = sqlite3.connect(tmp_path / "b" / "copy.sqlite3")
    assert copy.execute("SELECT count(*) FROM t").fetchone() == (1000,)
    copy.close()
