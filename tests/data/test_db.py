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


def test_an_older_sqlite_database_is_backed_up_then_upgraded_at_start(tmp_path: Path) -> None:
    from alembic import command

    from kiosk.data.db import _alembic_config

    path = tmp_path / "old.sqlite3"
    old = open_database(str(path), upgrade=False)
    command.upgrade(_alembic_config(old), "0001")
    with old.engine.begin() as connection:
        connection.execute(text("INSERT INTO themes (code, name, icon, sort) VALUES ('t', '养老', '', 0)"))
    old.dispose()

    upgraded = open_database(str(path))  # what the kiosk does when it starts
    assert current_revision(upgraded) == head_revision(upgraded) != "0001"
    [backup] = tmp_path.glob("old.before-*.sqlite3")
    copy = sqlite3.connect(backup)
    assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert copy.execute("SELECT name FROM themes").fetchone() == ("养老",)
    copy.close()
    with upgraded.engine.connect() as connection:
        assert connection.execute(text("SELECT name FROM themes")).scalar() == "养老"
    upgraded.dispose()


def test_migrations_upgrade_step_by_step_on_both_databases(db_url: str) -> None:
    from alembic import command

    from kiosk.data.db import _alembic_config

    db = open_database(db_url, upgrade=False)
    command.upgrade(_alembic_config(db), "0001")
    assert current_revision(db) == "0001"
    command.upgrade(_alembic_config(db), "head")
    assert current_revision(db) == head_revision(db)
    db.dispose()
