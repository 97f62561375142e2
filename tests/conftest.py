"""Shared fixtures: offscreen Qt, real SQLite files, and a real PostgreSQL server on loopback.

The PostgreSQL server is started once per test run with initdb + pg_ctl in a temporary folder.
PostgreSQL refuses to run as root, so under root (as in CI) the folder is handed to ``nobody``
and the server runs as that user. Nothing here is mocked: data-layer tests run against both
databases through the ``database`` fixture.
"""

from __future__ import annotations

import gc
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

# The offscreen platform's screen is 800×600 by default; taps that QScroller replays by global
# position would miss anything beyond it, so the tests get a screen as large as a 4K kiosk.
_OFFSCREEN_CONFIG = Path(tempfile.gettempdir()) / "kiosk-tests-offscreen.json"
_OFFSCREEN_CONFIG.write_text(
    '{"screens": [{"name": "kiosk", "x": 0, "y": 0, "width": 3840, "height": 2160,'
    ' "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}',
    encoding="utf-8",
)
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={_OFFSCREEN_CONFIG}")
os.environ.pop("KIOSK_DB", None)
# Kiosks started by tests write their logs (kiosk.log, errors.json, faults.log) here, not into the
# user data folder that every checkout on this machine shares.
os.environ["KIOSK_LOG_DIR"] = tempfile.mkdtemp(prefix="kiosk-test-logs-")
os.environ.pop("QT_IM_MODULE", None)


# Qt objects belong to the thread that made them. These warnings mean a worker touched a timer,
# a printer or a widget of another thread (seen once in the field as "QBasicTimer::start: Timers
# cannot be started from another thread"); they fail the test during which they were printed,
# from whichever thread, in setup and teardown too, and between tests (the next test fails).
THREAD_WARNINGS = (
    "Timers cannot be started from another thread",
    "Timers cannot be stopped from another thread",
    "Cannot create children for a parent that is in a different thread",
    "Socket notifiers cannot be enabled or disabled from another thread",
    "Cannot send events to objects owned by a different thread",
)
_thread_warnings: list[str] = []
_thread_warnings_lock = threading.Lock()


def _thread_warning_handler(previous):  # type: ignore[no-untyped-def]
    """A Qt message handler that notes thread warnings, then hands every message to ``previous``."""

    def handle(mode, context, message) -> None:  # type: ignore[no-untyped-def]
        text = message.decode("utf-8", "replace") if isinstance(message, bytes) else str(message)
        if any(w in text for w in THREAD_WARNINGS):
            with _thread_warnings_lock:
                _thread_warnings.append(f"[thread {threading.current_thread().name}] {text}")
        if previous is not None:
            previous(mode, context, message)
        else:
            sys.stderr.write(text + "\n")

    return handle


def _install_thread_warning_handler() -> None:
    from PySide6.QtCore import qInstallMessageHandler

    previous = qInstallMessageHandler(None)
    qInstallMessageHandler(_thread_warning_handler(previous))


def pytest_sessionstart(session: pytest.Session) -> None:
    _install_thread_warning_handler()


@pytest.hookimpl(trylast=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    _install_thread_warning_handler()  # above pytest-qt's own capture, which replaces ours per test


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
    report = yield
    with _thread_warnings_lock:
        found, _thread_warnings[:] = list(_thread_warnings), []
    if found:
        report.outcome = "failed"
        report.longrepr = "Qt objects used from the wrong thread:\n" + "\n".join(found)
    return report


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if _thread_warnings:
        sys.stderr.write("Qt objects used from the wrong thread after the last test:\n" + "\n".join(_thread_warnings))
        session.exitstatus = 1


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--onscreen", action="store_true", help="show Qt windows instead of rendering offscreen")


def pytest_configure(config: pytest.Config) -> None:
    if config.getoption("--onscreen"):
        os.environ["QT_QPA_PLATFORM"] = "xcb"


def _pg_bin(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    for folder in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (folder / name).exists():
            return str(folder / name)
    raise RuntimeError(
        f"PostgreSQL's {name} was not found: run the README's test command (make test), which installs postgresql"
    )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PostgresServer:
    """A throwaway PostgreSQL cluster listening on 127.0.0.1."""

    def __init__(self, extra_options: str = "") -> None:
        """``extra_options``: more ``-c name=value`` server settings (e.g. TLS for one test's own server)."""
        self.folder = Path(tempfile.mkdtemp(prefix="kiosk-pg-"))
        self.data = self.folder / "data"
        self.port = _free_port()
        self.extra_options = extra_options
        self.as_user: list[str] = []
        if os.geteuid() == 0:
            shutil.chown(self.folder, "nobody", "nogroup" if _group_exists("nogroup") else "nobody")
            self.as_user = ["runuser", "-u", "nobody", "--"]

    def _run(self, *cmd: str) -> None:
        result = subprocess.run([*self.as_user, *cmd], capture_output=True, text=True, check=False, timeout=120)
        if result.returncode != 0:
            raise RuntimeError(f"{cmd[0]} failed: {result.stderr or result.stdout}")

    def start(self, configure: Callable[[Path], None] | None = None) -> None:
        """``initdb``, then ``configure(data folder)`` when given (pg_hba.conf, certificates), then start."""
        self._run(
            _pg_bin("initdb"),
            "-D",
            str(self.data),
            "-U",
            "kiosk",
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
        )
        if configure is not None:
            configure(self.data)
        self.resume()

    def resume(self) -> None:
        """Start the server on its data folder and port (after ``initdb`` in ``start``, or after ``pause``)."""
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off {self.extra_options}"
        self._run(_pg_bin("pg_ctl"), "-D", str(self.data), "-o", options, "-l", str(self.folder / "log"), "-w", "start")

    def pause(self) -> None:
        """Stop the server, keeping its data and port: the shared database "goes away" until ``resume``."""
        self._run(_pg_bin("pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")

    @contextmanager
    def paused(self) -> Iterator[None]:
        """The server is down inside the block and back after it, whatever happens inside."""
        self.pause()
        try:
            yield
        finally:
            self.resume()

    def stop(self) -> None:
        subprocess.run(
            [*self.as_user, _pg_bin("pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"],
            capture_output=True,
            check=False,
            timeout=60,
        )
        shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql+psycopg://kiosk@127.0.0.1:{self.port}/{dbname}"

    def create_database(self) -> str:
        import psycopg

        name = f"t_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=kiosk dbname=postgres", autocommit=True) as c:
            c.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


def _group_exists(name: str) -> bool:
    import grp

    try:
        grp.getgrnam(name)
    except KeyError:
        return False
    return True


@pytest.fixture(scope="session", autouse=True)
def _no_automatic_garbage_collection() -> Iterator[None]:
    """As in the kiosk (kiosk/services/gui_gc.py): cycles are collected on the main thread only,
    never by whichever pool thread allocates when a threshold is crossed."""
    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def _collect_garbage_after_each_test() -> Iterator[None]:
    yield
    from kiosk.services.gui_gc import collect_due

    collect_due()


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    server = PostgresServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def pausable_postgres() -> Iterator[PostgresServer]:
    """A second server of its own, for tests that stop it (``paused``) while kiosks keep working."""
    server = PostgresServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty database URL: an SQLite file on disk, or a new database on the test server."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'kiosk.sqlite3'}"
    server: PostgresServer = request.getfixturevalue("postgres")
    return server.create_database()


@pytest.fixture
def database(db_url: str):  # type: ignore[no-untyped-def]
    """An open, migrated, empty database of each kind."""
    from kiosk.data.db import open_database

    db = open_database(db_url)
    yield db
    db.dispose()


@pytest.fixture(scope="session")
def demo_bundle_doc():  # type: ignore[no-untyped-def]
    from kiosk.data.demo import demo_bundle

    return demo_bundle()


@pytest.fixture
def demo_database(database, demo_bundle_doc):  # type: ignore[no-untyped-def]
    """A database of each kind with the demo hall loaded."""
    from kiosk.data.store import save_bundle

    with database.session() as session:
        save_bundle(session, demo_bundle_doc, action="demo", actor="test")
        session.commit()
    return database


@pytest.fixture
def sqlite_demo(tmp_path: Path, demo_bundle_doc):  # type: ignore[no-untyped-def]
    """An SQLite file with the demo hall, for tests that need content but not both databases."""
    from kiosk.data.db import open_database
    from kiosk.data.store import save_bundle

    db = open_database(str(tmp_path / "demo.sqlite3"))
    with db.session() as session:
        save_bundle(session, demo_bundle_doc, action="demo", actor="test")
        session.commit()
    yield db
    db.dispose()
