"""Asking every few seconds whether the kiosk's database is usable, off the GUI thread.

The content watcher asks every 30 s whether something was published; that is too slow to notice
an SQLite file deleted, replaced, locked or broken under a running kiosk, and too slow to come
back when it returns. ``DatabaseWatch`` runs ``DatabaseProbe`` on a pool thread every
``seconds`` (5): the file guard's check (SQLite), then one small read of a real table — always
for an SQLite file (a local file, so it costs nothing), and for a server only while the kiosk is
offline. It emits ``reachable(bool)`` whenever the answer changes, and ``reachable(True)`` on each
answer while something waits for the database (the calm page, the offline marker). QtCore only.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy import func, select

from kiosk.data import models as m
from kiosk.data.db import Database
from kiosk.data.file_guard import SqliteFileGuard
from kiosk.services.background import BackgroundCall

log = logging.getLogger(__name__)
WATCH_SECONDS = 5.0


class DatabaseProbe:
    """One question to the database: ``True`` when it can be read now (call it on a pool thread)."""

    def __init__(self, database: Database, guard: SqliteFileGuard | None = None) -> None:
        self.database = database
        self.guard = guard

    def __call__(self, ask: bool) -> bool:
        if self.guard is not None and not self.guard.check():
            return False
        if not ask:
            return True
        try:
            with self.database.session() as session:
                session.scalar(select(func.count()).select_from(m.Setting))
        except Exception as exc:  # any answer but rows means "not usable now"; the next tick asks again
            log.info("the database does not answer: %s", type(exc).__name__)
            return False
        return True


class DatabaseWatch(QObject):
    """Ticks every ``seconds``; ``reachable(bool)`` as described in the module docstring."""

    reachable = Signal(bool)

    def __init__(
        self,
        probe: DatabaseProbe,
        offline: Callable[[], bool],
        *,
        always_ask: bool,
        seconds: float = WATCH_SECONDS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.probe = probe
        self.offline = offline  # the kiosk's own view (the header's marker): read on the GUI thread
        self.always_ask = always_ask
        self.state: bool | None = None
        self.call: BackgroundCall | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(int(seconds * 1000))
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def check(self) -> None:
        if self.call is not None and not self.call.done:
            return
        offline = self.offline() or self.state is False
        ask = self.always_ask or offline
        probe = self.probe
        call = BackgroundCall(lambda: probe(ask))
        call.finished.connect(lambda ok, waiting=offline: self._answered(bool(ok), waiting))
        call.failed.connect(lambda _message: self._answered(False, True))
        self.call = call.start()

    def _answered(self, ok: bool, waiting: bool) -> None:
        changed = ok != self.state
        self.state = ok
        if changed or (ok and waiting):
            self.reachable.emit(ok)
