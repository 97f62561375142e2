"""Opening the hall's database: SQLite on disk by default, any SQLAlchemy URL otherwise.

``--db``/``KIOSK_DB`` accept a path (SQLite) or a URL (e.g. ``postgresql+psycopg://…``). SQLite
runs in WAL mode with ``synchronous=FULL`` and foreign keys on, because a kiosk loses power
without warning. Schema changes go through Alembic; an older SQLite file is copied aside before
it is upgraded.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, InterfaceError, NoSuchModuleError, OperationalError, ProgrammingError
from sqlalchemy.orm import Session, sessionmaker

from kiosk.errors import UserError

APP_NAME = "hall-kiosk"
# What a database that does not answer raises (server down, network gone, file gone): the kiosk
# then answers from its local snapshot and queues what it takes (``local_store``, ``outbox``).
UNREACHABLE = (OperationalError, InterfaceError)


def default_db_path() -> Path:
    """The SQLite file in the platform's user data folder."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "kiosk.sqlite3"


def resolve_url(db: str | None) -> str:
    """Turn ``--db``/``KIOSK_DB``/the default into an SQLAlchemy URL, or explain why not."""
    value = db or os.environ.get("KIOSK_DB") or ""
    if not value:
        return f"sqlite:///{default_db_path()}"
    if "://" not in value:
        return f"sqlite:///{Path(value).expanduser().resolve()}"
    try:
        url = make_url(value)
    except ArgumentError:
        raise UserError(f"数据库地址无法识别: {value!r}(应为文件路径,或 postgresql+psycopg://… 形式的地址)") from None
    if url.get_backend_name() not in {"sqlite", "postgresql"}:
        raise UserError(f"不支持的数据库类型 {url.get_backend_name()!r}:请使用 SQLite 文件或 PostgreSQL")
    return value


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def sqlite_path(url: str) -> Path | None:
    """The file behind an SQLite URL, or None for other databases and in-memory SQLite."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


# How soon a kiosk notices that the shared PostgreSQL went away (a village line drops without a
# word: no RST, no FIN). libpq connection parameters; a URL that names one keeps its own value.
CONNECT_TIMEOUT_SECONDS = 5  # a whole connection attempt, TLS handshake included
TCP_USER_TIMEOUT_MS = 10_000  # data sent and not acknowledged for this long: the connection is dead
KEEPALIVE = {"keepalives": 1, "keepalives_idle": 10, "keepalives_interval": 5, "keepalives_count": 3}
# Per session, on the server: a statement or a lock wait never holds a kiosk for minutes, and a
# transaction left open by a kiosk whose line died (holding the serial counter's row lock) is
# ended, as is a session whose client stopped answering keepalives.
SERVER_OPTIONS = (
    "-c statement_timeout=30s -c lock_timeout=10s -c idle_in_transaction_session_timeout=30s "
    "-c tcp_keepalives_idle=10 -c tcp_keepalives_interval=5 -c tcp_keepalives_count=3"
)


def postgres_engine_options(url: str) -> dict[str, Any]:
    """Pool and connection options for PostgreSQL: an outage is noticed in seconds, not minutes.

    ``pool_pre_ping`` tests a pooled connection before each use (a server restart leaves dead
    ones); ``pool_recycle`` drops connections older than five minutes (NAT boxes on village lines
    forget idle ones silently); ``pool_timeout`` bounds the wait for a free connection.
    """
    query = make_url(url).query
    wanted: dict[str, Any] = {
        "connect_timeout": CONNECT_TIMEOUT_SECONDS,
        "tcp_user_timeout": TCP_USER_TIMEOUT_MS,
        **KEEPALIVE,
        "options": SERVER_OPTIONS,
    }
    connect_args = {key: value for key, value in wanted.items() if key not in query}
    return {"pool_pre_ping": True, "pool_recycle": 300, "pool_timeout": 10, "connect_args": connect_args}


def make_engine(url: str) -> Engine:
    """An engine for ``url``; SQLite files get their folder created and the kiosk's pragmas."""
    path = sqlite_path(url)
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UserError(f"无法创建数据库文件夹 {path.parent}: {exc.strerror}") from None
    kwargs: dict[str, Any] = {}
    if make_url(url).get_backend_name() == "postgresql":
        kwargs.update(postgres_engine_options(url))
    try:
        engine = create_engine(url, **kwargs)
    except NoSuchModuleError as exc:
        raise UserError(f"缺少数据库驱动: {exc}") from None
    if path is not None:
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


@dataclass
class Database:
    """An open database: the engine, a session factory and what it is, for messages."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def description(self) -> str:
        return make_url(self.url).render_as_string(hide_password=True)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def session(self) -> Session:
        return self.sessions()

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(db: str | None = None, *, upgrade: bool = True) -> Database:
    """Open (and by default migrate to head) the database named by ``db`` or ``KIOSK_DB``."""
    url = resolve_url(db)
    engine = make_engine(url)
    database = Database(url, engine, sessionmaker(engine, expire_on_commit=False))
    try:
        with engine.connect():
            pass
    except OperationalError as exc:
        engine.dispose()
        reason = _first_line(exc)
        raise UserError(f"无法连接数据库 {database.description}: {reason}") from None
    if upgrade:
        try:
            upgrade_database(database)
        except ProgrammingError as exc:  # a kiosk role may read the schema version but not change the schema
            engine.dispose()
            raise UserError(
                f"数据库 {database.description} 的结构需要升级,但这个账号无权修改结构"
                f"({_first_line(exc)}):请用管理账号运行 kiosk db upgrade"
            ) from None
    return database


def _first_line(exc: Exception) -> str:
    orig = getattr(exc, "orig", None)
    return (str(orig) if orig else str(exc)).strip().splitlines()[0]


def known_unreachable(db: str | None = None, reason: str = "") -> Database:
    """The database named by ``db``, as seen by a command that just found it does not answer: every
    session fails at once with ``OperationalError`` (one of ``UNREACHABLE``) instead of waiting for
    another timeout, so reads answer from the local snapshot and writes go to the outbox."""
    url = resolve_url(db)
    why = reason or "the database did not answer a moment ago"

    def refuse() -> Any:
        import psycopg

        raise psycopg.OperationalError(why)

    engine = create_engine(url, creator=refuse)
    return Database(url, engine, sessionmaker(engine, expire_on_commit=False))


def connect_later(db: str | None = None) -> Database:
    """The database named by ``db`` or ``KIOSK_DB``, without connecting: for a kiosk that starts
    while its shared database does not answer (it is migrated once it does, see ``outbox.CatchUp``)."""
    url = resolve_url(db)
    engine = make_engine(url)
    return Database(url, engine, sessionmaker(engine, expire_on_commit=False))


def _alembic_config(database: Database) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    config.attributes["engine"] = database.engine
    return config


def current_revision(database: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with database.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision(database: Database) -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config(database)).get_current_head()


def upgrade_database(database: Database) -> Path | None:
    """Migrate to head; returns the backup made of an older SQLite file first, if any."""
    from alembic import command

    current, head = current_revision(database), head_revision(database)
    if current == head:
        return None
    backup = None
    path = sqlite_path(database.url)
    has_tables = bool(inspect(database.engine).get_table_names())
    if path is not None and current is not None and has_tables:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = path.with_name(f"{path.stem}.before-{head}-{stamp}{path.suffix}")
        sqlite_backup(path, backup)
    command.upgrade(_alembic_config(database), "head")
    return backup


def sqlite_backup(source: Path, target: Path) -> None:
    """Copy a live SQLite file with the online backup API and check the copy's integrity."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            result = dst.execute("PRAGMA integrity_check").fetchone()
        finally:
            dst.close()
    finally:
        src.close()
    if not result or result[0] != "ok":
        tmp.unlink(missing_ok=True)
        raise UserError(f"备份文件完整性检查失败: {target}")
    shutil.move(tmp, target)
