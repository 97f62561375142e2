"""Watching the SQLite file under a running kiosk: deleted, replaced, unreadable (数据库文件异常).

SQLite is forgiving in ways a kiosk must not be. A connection opened before the file was deleted
keeps reading *and writing* the deleted file (its inode lives on), so ratings would vanish with
it; and a new connection to a missing path quietly creates an empty database. The guard stops
both: ``check`` (every few seconds, off the GUI thread) notices when the path no longer names the
file the kiosk opened, and drops the pool's connections (it also notices a lock held by another
program in a fraction of a second, where a read of the kiosk's own would wait ten); every new
connection is refused while the path is missing, unreadable or not an SQLite database. Refusals
are ``OperationalError``s, which the kiosk treats like any database that does not answer: it keeps
showing what it read, says so calmly where it read nothing, and carries on by itself once the file
is back. No Qt.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from pathlib import Path
from typing import Any

from sqlalchemy import event

from kiosk.data.db import Database, sqlite_path

log = logging.getLogger(__name__)
HEADER = b"SQLite format 3\x00"


def file_problem(path: Path) -> str | None:
    """Why ``path`` cannot be used as the kiosk's database now, or None."""
    try:
        with path.open("rb") as file:
            header = file.read(len(HEADER))
    except FileNotFoundError:
        return f"数据库文件不见了: {path}"
    except OSError as exc:
        return f"数据库文件无法读取: {path} ({exc.strerror})"
    if header != HEADER:
        return f"数据库文件已损坏或不是数据库: {path}"
    return None


def lock_problem(path: Path, wait: float = 0.2) -> str | None:
    """Whether another program holds the file locked so that it cannot even be read (an exclusive
    lock; in WAL mode an ordinary writer never blocks a reader). Asked with a short wait on a
    connection of its own, so the kiosk learns of it without a read of its own waiting ten seconds."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=wait)
    except sqlite3.Error as exc:
        return f"数据库文件无法打开: {path} ({exc})"
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            return f"数据库文件被其他程序锁住: {path}"
        return None  # anything else is for the kiosk's own connection to report
    finally:
        connection.close()
    return None


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return (stat.st_dev, stat.st_ino)


class SqliteFileGuard:
    """Refuses connections to a missing or broken file and drops connections to a replaced one."""

    def __init__(self, database: Database) -> None:
        path = sqlite_path(database.url)
        if path is None:
            raise ValueError("only an SQLite file can be guarded")
        self.database = database
        self.path = path
        self.identity = _identity(path)
        self.problem: str | None = None
        self._guard = threading.Lock()
        event.listen(database.engine, "do_connect", self._before_connect)

    def _before_connect(self, _dialect: Any, _record: Any, _args: Any, _params: Any) -> None:
        problem = file_problem(self.path)
        if problem is not None:
            raise sqlite3.OperationalError(problem)  # SQLAlchemy wraps it: the kiosk sees "does not answer"

    def check(self) -> bool:
        """Whether the file is usable; drops the pool when the path names another file than before."""
        with self._guard:
            identity = _identity(self.path)
            problem = file_problem(self.path) or lock_problem(self.path)
            if identity != self.identity:
                log.warning("the database file %s was replaced or removed: its connections are closed", self.path)
                self.database.engine.dispose()  # checked-out connections are closed when they come back
                self.identity = identity
            if problem != self.problem:
                if problem:
                    log.warning("%s", problem)
                    self.database.engine.dispose()  # pooled connections would go on reading a broken file
                else:
                    log.info("the database file %s is usable again", self.path)
                self.problem = problem
            return problem is None

    def close(self) -> None:
        if event.contains(self.database.engine, "do_connect", self._before_connect):
            event.remove(self.database.engine, "do_connect", self._before_connect)
