"""Run a function on the GUI thread and wait for its answer, from any thread (QtCore only).

Qt objects belong to the thread that made them, and some Qt classes make timers and helper
objects of their own as they are used: QPrinter and QPrinterInfo ask the print plugin (CUPS), which
keeps per-thread state. Made on a worker, they were the suspects for "QBasicTimer::start: Timers
cannot be started from another thread" in the field. Workers therefore hand such calls to the GUI
thread with ``on_gui_thread`` and wait; on the GUI thread itself (or without a QCoreApplication,
as in the command line) the function simply runs.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal

T = TypeVar("T")
_lock = threading.Lock()
_invokers: dict[int, _Invoker] = {}


class _Invoker(QObject):
    """Lives on the GUI thread; runs the jobs it is sent there."""

    job = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.job.connect(self._run, Qt.ConnectionType.QueuedConnection)

    def _run(self, job: Callable[[], None]) -> None:
        job()


def _invoker(app: QCoreApplication) -> _Invoker:
    with _lock:
        invoker = _invokers.get(id(app))
        if invoker is None:
            invoker = _Invoker()
            if invoker.thread() is not app.thread():
                invoker.moveToThread(app.thread())
            _invokers[id(app)] = invoker
        return invoker


def on_gui_thread(fn: Callable[[], T], timeout: float = 120.0) -> T:
    """``fn()`` on the GUI thread; its result (or its exception) here. ``TimeoutError`` when the GUI
    thread does not get to it within ``timeout`` seconds (it is busy waiting for us, or frozen)."""
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is app.thread():
        return fn()
    done = threading.Event()
    box: dict[str, Any] = {}

    def job() -> None:
        try:
            box["value"] = fn()
        except BaseException as exc:  # handed to the waiting thread
            box["error"] = exc
        finally:
            done.set()

    _invoker(app).job.emit(job)
    if not done.wait(timeout):
        raise TimeoutError(f"the GUI thread did not run {getattr(fn, '__name__', fn)!r} within {timeout:.0f} s")
    if "error" in box:
        raise box["error"]
    return box["value"]  # type: ignore[no-any-return,unused-ignore]
