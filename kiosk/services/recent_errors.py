"""The kiosk's last errors, kept in memory for its heartbeat (设备状态) and the console.

A kiosk nobody watches must say when something goes wrong: every record logged at ERROR or above
(``log.exception`` in a screen that could not be shown, a refused outbox item, a crash handler's
traceback) is kept here, newest last, a bounded number of them. The heartbeat sends the last one
and how many arrived in the last ten minutes ("repeated errors" turn the kiosk red on 设备状态).

This is the one interface the health page reads errors through: a crash log (excepthook,
faulthandler) that logs at ERROR through ``logging`` is picked up without knowing this module;
one that does not can call ``RecentErrors.record`` itself. No Qt.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections import deque
from dataclasses import dataclass

KEEP = 50
REPEATED_WINDOW = 600.0  # seconds: "repeated errors" are counted over the last ten minutes
MESSAGE_LIMIT = 300


@dataclass(frozen=True)
class RecordedError:
    """One error: when (UTC), where it was logged, and its first line."""

    at: dt.datetime
    where: str
    message: str
    monotonic: float

    def as_dict(self) -> dict[str, str]:
        return {"at": self.at.isoformat(timespec="seconds") + "Z", "where": self.where, "message": self.message}


def _first_line(record: logging.LogRecord) -> str:
    text = record.getMessage().strip().splitlines()
    line = text[0] if text else ""
    if record.exc_info and record.exc_info[1] is not None:
        exc = record.exc_info[1]
        line = f"{line}: {type(exc).__name__}: {exc}".strip(": ")
    return line[:MESSAGE_LIMIT]


class RecentErrors(logging.Handler):
    """A logging handler that remembers the last ``KEEP`` errors; thread-safe (pool threads log too)."""

    def __init__(self, keep: int = KEEP) -> None:
        super().__init__(level=logging.ERROR)
        self._errors: deque[RecordedError] = deque(maxlen=keep)
        self._guard = threading.Lock()

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.record(_first_line(record), record.name)
        except Exception:  # a handler must never raise into the code that logged
            self.handleError(record)

    def record(self, message: str, where: str = "") -> None:
        """Remember an error that did not come through ``logging``."""
        entry = RecordedError(
            dt.datetime.now(dt.UTC).replace(tzinfo=None), where, message[:MESSAGE_LIMIT], time.monotonic()
        )
        with self._guard:
            self._errors.append(entry)

    def entries(self) -> list[RecordedError]:
        """Every kept error, oldest first."""
        with self._guard:
            return list(self._errors)

    def last(self) -> RecordedError | None:
        with self._guard:
            return self._errors[-1] if self._errors else None

    def count_recent(self, seconds: float = REPEATED_WINDOW) -> int:
        since = time.monotonic() - seconds
        with self._guard:
            return sum(1 for e in self._errors if e.monotonic >= since)

    def install(self, logger: logging.Logger | None = None) -> RecentErrors:
        """Listen to ``logger`` (the root logger by default); returns self."""
        target = logger or logging.getLogger()
        if self not in target.handlers:
            target.addHandler(self)
        return self

    def uninstall(self, logger: logging.Logger | None = None) -> None:
        (logger or logging.getLogger()).removeHandler(self)
