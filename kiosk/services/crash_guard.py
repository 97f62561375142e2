"""Uncaught errors are written down, the kiosk goes home, and it keeps running (QtCore only).

A kiosk in a lobby has nobody to read a traceback on a terminal. ``CrashGuard`` installs
``sys.excepthook``, ``threading.excepthook`` and Qt's message handler: every uncaught error is
written with its traceback to the rotating log in ``health_log.log_folder()`` (``kiosk.log``, 1 MiB
× 5), added to the list of last errors (``health_log.last_errors``, shown on 设备状态), and
``caught(summary)`` is emitted on the GUI thread so the composition root can take the kiosk home
with one calm sentence. Five uncaught errors within ten minutes mean the program is in a bad way:
the process exits with status 70 (EX_SOFTWARE) and the service manager starts a fresh one.

``faulthandler`` writes the Python stacks of every thread to ``faults.log`` in the same folder when
the process dies hard (a segfault, or the SIGABRT systemd sends when the watchdog stops hearing
from the GUI thread), so even a freeze leaves a trace.
"""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import logging.handlers
import os
import sys
import threading
import time
import traceback
from collections import deque
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any, TextIO

from PySide6.QtCore import QObject, Qt, QtMsgType, Signal, qInstallMessageHandler

from kiosk.services import health_log

log = logging.getLogger("kiosk.crash")
EXIT_TOO_MANY_ERRORS = 70  # EX_SOFTWARE: systemd's Restart=always starts the kiosk again
ERROR_LIMIT = 5
ERROR_WINDOW_SECONDS = 600.0
LOG_BYTES = 1_048_576
LOG_BACKUPS = 5


def configure_logging(folder: Path, level: int = logging.INFO) -> logging.Handler | None:
    """Send the root logger to ``folder/kiosk.log`` (rotating); None when the folder cannot be written."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / health_log.LOG_FILE, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
    except OSError as exc:
        print(f"kiosk: cannot write logs to {folder}: {exc}", file=sys.stderr)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level > level or root.level == logging.NOTSET:
        root.setLevel(level)
    return handler


def enable_faulthandler(folder: Path) -> TextIO | None:
    """Dump every thread's stack into ``folder/faults.log`` on a fatal signal; returns the open file
    (keep it open for the life of the process), or None when it cannot be opened."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        stream = open(folder / health_log.FAULTS_FILE, "a", encoding="utf-8")  # noqa: SIM115 - open for life
    except OSError:
        return None
    stream.write(f"--- kiosk started, pid {os.getpid()}, {time.strftime('%Y-%m-%d %H:%M:%S')}\n")
    stream.flush()
    faulthandler.enable(file=stream, all_threads=True)
    return stream


def hard_exit(status: int) -> None:
    """Leave at once, from any thread: the GUI may be what is broken. Logs are flushed first."""
    for handler in logging.getLogger().handlers:
        with contextlib.suppress(Exception):
            handler.flush()
    os._exit(status)


class ErrorBudget:
    """True from ``spend`` when ``limit`` errors fell within ``window`` seconds."""

    def __init__(self, limit: int = ERROR_LIMIT, window: float = ERROR_WINDOW_SECONDS) -> None:
        self.limit = limit
        self.window = window
        self.times: deque[float] = deque()

    def spend(self, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        self.times.append(now)
        while self.times and now - self.times[0] > self.window:
            self.times.popleft()
        return len(self.times) >= self.limit


def summary_of(exc_type: type[BaseException], exc: BaseException | None) -> str:
    text = health_log.one_line(str(exc) if exc is not None else "", 160)
    return f"{exc_type.__name__}: {text}" if text else exc_type.__name__


class CrashGuard(QObject):
    """The process-wide error hooks of the kiosk; ``caught(summary)`` arrives on the creating thread."""

    caught = Signal(str)
    _relay = Signal(str)  # emitted from any thread, delivered queued on the guard's thread

    def __init__(
        self,
        folder: Path | None = None,
        *,
        budget: ErrorBudget | None = None,
        exit_process: Callable[[int], None] = hard_exit,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.folder = folder or health_log.log_folder()
        self.budget = budget  # None: never exit (the office window)
        self.exit_process = exit_process
        self._relay.connect(self.caught, Qt.ConnectionType.QueuedConnection)
        self._previous: dict[str, Any] = {}
        self._installed = False
        self._in_hook = threading.local()

    def install(self) -> CrashGuard:
        if not self._installed:
            self._previous = {
                "sys": sys.excepthook,
                "threading": threading.excepthook,
                "qt": qInstallMessageHandler(self.qt_message),
            }
            sys.excepthook = self.excepthook
            threading.excepthook = self.thread_excepthook
            self._installed = True
        return self

    def uninstall(self) -> None:
        if self._installed:
            sys.excepthook = self._previous["sys"]
            threading.excepthook = self._previous["threading"]
            qInstallMessageHandler(self._previous["qt"])
            self._installed = False

    # --- the hooks ---------------------------------------------------------------------------

    def excepthook(self, exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc or exc_type(), tb)
            return
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        self.error(summary_of(exc_type, exc), text, threading.current_thread().name)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if issubclass(args.exc_type, SystemExit):
            return
        text = "".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback))
        where = args.thread.name if args.thread is not None else "thread"
        self.error(summary_of(args.exc_type, args.exc_value), text, where)

    def qt_message(self, mode: QtMsgType, context: Any, message: str) -> None:
        """Qt's own messages go to the log; a fatal one is an error (Qt aborts right after)."""
        where = f"{getattr(context, 'file', '') or ''}:{getattr(context, 'line', 0)}".strip(":")
        if mode == QtMsgType.QtFatalMsg:
            self.error(f"Qt fatal: {health_log.one_line(message, 160)}", f"Qt fatal: {message} ({where})", "qt")
            hard_flush()
        elif mode == QtMsgType.QtCriticalMsg:
            log.error("Qt: %s", message)
        elif mode == QtMsgType.QtWarningMsg:
            log.warning("Qt: %s", message)
        else:
            log.debug("Qt: %s", message)

    # --- what every hook does ---------------------------------------------------------------

    def error(self, summary: str, text: str, where: str) -> None:
        if getattr(self._in_hook, "busy", False):  # an error while reporting one: stderr, nothing more
            print(text, file=sys.stderr)
            return
        self._in_hook.busy = True
        try:
            log.error("uncaught error in %s: %s\n%s", where, summary, text.rstrip())
            health_log.record_error(summary, where, self.folder)
            if self.budget is not None and self.budget.spend():
                log.critical(
                    "%d uncaught errors within %.0f minutes: exiting with status %d so that a fresh kiosk starts",
                    self.budget.limit,
                    self.budget.window / 60,
                    EXIT_TOO_MANY_ERRORS,
                )
                self.exit_process(EXIT_TOO_MANY_ERRORS)
                return
            self._relay.emit(summary)
        finally:
            self._in_hook.busy = False


def hard_flush() -> None:
    for handler in logging.getLogger().handlers:
        with contextlib.suppress(Exception):
            handler.flush()
