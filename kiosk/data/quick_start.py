"""What the home screen needs, read from an SQLite file before anything else is loaded.

A kiosk is switched on every morning; the resident should see the home screen at once, not after
the database layer, the migrations, PDF and printing have loaded (about a second on a hall PC).
The home screen needs only the hall's name, hours and phone, three settings and whether an admin
PIN exists: ``peek`` reads them with the standard library's ``sqlite3``, read-only, when the
database is an SQLite file already at the newest schema. Anything else — another database, a
schema to upgrade, a missing hall or PIN, any error — gives None, and the kiosk starts the
ordinary way (``app.run_kiosk``). No SQLAlchemy, no Qt, no pydantic here.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

APP_NAME = "hall-kiosk"  # as kiosk.data.db.APP_NAME (that module loads SQLAlchemy)
MIGRATIONS = Path(__file__).resolve().parent / "migrations" / "versions"
_REVISION = re.compile(r"^revision\b[^=\n]*=\s*['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN = re.compile(r"^down_revision\b[^=\n]*=\s*(.+)$", re.MULTILINE)
_QUOTED = re.compile(r"['\"]([^'\"]+)['\"]")
HOME_SETTINGS = ("language", "idle_seconds", "orientation")


@dataclass(frozen=True)
class HallFacts:
    """The hall as the home screen shows it (the attributes it reads of a ``HallDoc``)."""

    name: str
    opening_hours: str = ""
    consult_phone: str = ""


@dataclass(frozen=True)
class QuickStart:
    """Everything the first frame needs."""

    path: Path
    hall: HallFacts
    settings: dict[str, Any] = field(default_factory=dict)


def sqlite_file(db: str | None) -> Path | None:
    """The SQLite file ``--db``/``KIOSK_DB``/the default names, or None for any other database."""
    value = (db or os.environ.get("KIOSK_DB") or "").strip()
    if not value:
        import platformdirs

        return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "kiosk.sqlite3"
    if value.startswith("sqlite:///"):
        value = value.removeprefix("sqlite:///")
        return Path(value) if value and value != ":memory:" and "?" not in value else None
    if "://" in value:
        return None
    return Path(value).expanduser().resolve()


@cache
def head_revision() -> str | None:
    """The newest migration (the one no other migration follows), read from the files' text."""
    revisions: set[str] = set()
    followed: set[str] = set()
    for path in MIGRATIONS.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        if (found := _REVISION.search(text)) is None:
            continue
        revisions.add(found.group(1))
        if (down := _DOWN.search(text)) is not None:
            followed.update(_QUOTED.findall(down.group(1)))
    heads = revisions - followed
    return heads.pop() if len(heads) == 1 else None


def peek(db: str | None) -> QuickStart | None:
    """The home screen's facts when the quick start applies, else None (start the ordinary way)."""
    path = sqlite_file(db)
    if path is None or not path.is_file():
        return None
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=2)
    except sqlite3.Error:
        return None
    try:
        return _read(connection, path)
    except (sqlite3.Error, ValueError, TypeError):
        return None
    finally:
        connection.close()


def _read(connection: sqlite3.Connection, path: Path) -> QuickStart | None:
    version = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    if len(version) != 1 or version[0][0] != head_revision():
        return None  # a schema to upgrade (with its backup first): the ordinary start does that
    if connection.execute("SELECT 1 FROM credentials WHERE role = 'admin' LIMIT 1").fetchone() is None:
        return None  # first start: the admin PIN is set up first
    hall = connection.execute("SELECT name, opening_hours, consult_phone FROM hall ORDER BY id LIMIT 1").fetchone()
    if hall is None:
        return None
    marks = ", ".join("?" for _ in HOME_SETTINGS)
    rows = connection.execute(f"SELECT key, value FROM settings WHERE key IN ({marks})", HOME_SETTINGS).fetchall()
    # JSON text; a number comes back as a number (the column has numeric affinity in SQLite)
    settings = {str(key): json.loads(value) if isinstance(value, str | bytes) else value for key, value in rows}
    return QuickStart(path, HallFacts(*(str(v or "") for v in hall)), settings)
