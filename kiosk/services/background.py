"""One slow call (a PIN check, a PIN change) off the GUI thread, answered through Qt signals.

scrypt at OWASP cost takes about a second of CPU; run on the GUI thread it would freeze the
kiosk mid-tap. ``BackgroundCall`` runs a plain function on the global thread pool and emits
exactly one of ``finished(result)`` or ``failed(message)`` in the thread that created it, so
receivers may touch widgets. Nothing here touches a widget (QtCore only).

Failure messages are written for a person and never contain the exception's text: a database
error's text can quote the statement's parameters, and those may include a PIN hash.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal

from kiosk.errors import UserError

log = logging.getLogger(__name__)

UNAVAILABLE = "数据库暂时无法访问,请稍后再试"
# Qt sizes the pool by the cores (2 on a cheap hall PC): two calls waiting on a database that times
# out would queue a checklist's preview behind them. The work here mostly waits; more threads cost little.
POOL_THREADS = 8


class BackgroundCall(QObject):
    """``fn()`` on a pool thread; ``finished``/``failed`` arrive on the creating thread."""

    finished = Signal(object)
    failed = Signal(str)
    _outcome = Signal(bool, object)  # emitted on the pool thread, delivered queued on ours

    def __init__(self, fn: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fn: Callable[[], Any] | None = fn
        self.done = False
        self._outcome.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def start(self) -> BackgroundCall:
        _RUNNING.add(self)  # alive until delivered, whoever else holds it
        pool = QThreadPool.globalInstance()
        if pool.maxThreadCount() < POOL_THREADS:
            pool.setMaxThreadCount(POOL_THREADS)
        pool.start(self._run)
        return self

    def _run(self) -> None:  # on the pool thread: emit only
        fn = self.fn
        try:
            if fn is None:
                raise RuntimeError("started twice")
            result = fn()
        except UserError as exc:
            self._outcome.emit(False, exc.message)
        except Exception as exc:  # a database outage or a bug must still end the wait on screen
            if not _is_database_error(exc):  # a bug: the log says where (a database error's text may quote a PIN hash)
                log.exception("a background call failed")
            self._outcome.emit(False, f"{UNAVAILABLE}({type(exc).__name__})")
        else:
            self._outcome.emit(True, result)

    def _deliver(self, ok: bool, value: object) -> None:
        self.done = True
        self.fn = None  # drop the arguments (a PIN, for one) as soon as they are used
        _RUNNING.discard(self)
        if ok:
            self.finished.emit(value)
        else:
            self.failed.emit(str(value))


_RUNNING: set[BackgroundCall] = set()


def _is_database_error(exc: BaseException) -> bool:
    from sqlalchemy.exc import SQLAlchemyError

    return isinstance(exc, SQLAlchemyError | OSError | TimeoutError)
