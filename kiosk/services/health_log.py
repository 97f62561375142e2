"""What went wrong in this kiosk, for the people who look after it: errors, hidden items, catalogues.

The kiosk runs for months with nobody watching, so what goes wrong must be written where a
maintainer (and the console's 设备状态 page, and ``kiosk status``) can find it later:

- ``log_folder()``: the rotating log (``kiosk.log``), the hard-crash trace (``faults.log``,
  from ``faulthandler``) and ``errors.json`` (the last uncaught errors), in the user data folder
  (``~/.local/share/hall-kiosk/logs`` on Linux) or ``$KIOSK_LOG_DIR``.
- ``record_error`` / ``last_errors``: the uncaught errors (time, one-line summary), newest first,
  kept across restarts (the crash guard restarts the program after repeated errors).
- ``hidden_items(database)``: content rows the kiosk hides because they cannot be shown (a
  50,000-character name, a date that is not a date, broken JSON), found by reading everything.
- ``missing_catalogues()``: interface languages whose compiled translation could not be found.

No Qt here; safe to call from any thread.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import threading
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)
ERRORS_FILE = "errors.json"
LOG_FILE = "kiosk.log"
FAULTS_FILE = "faults.log"
KEEP_ERRORS = 50
SUMMARY_CHARS = 200
_lock = threading.Lock()
_missing_catalogues: list[str] = []


def log_folder() -> Path:
    """Where the kiosk writes its logs: ``$KIOSK_LOG_DIR``, else ``logs`` in the user data folder."""
    configured = os.environ.get("KIOSK_LOG_DIR", "").strip()
    if configured:
        return Path(configured).expanduser()
    import platformdirs

    from kiosk.data.quick_start import APP_NAME  # kiosk.data.db's, without loading SQLAlchemy at start-up

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "logs"


@dataclass(frozen=True)
class ErrorRecord:
    """One uncaught error: when, a one-line summary (exception type and message), and where."""

    at: dt.datetime
    summary: str
    where: str = ""  # the thread, or "qt" for a fatal Qt message

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "at": self.at.isoformat(timespec="seconds")}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ErrorRecord:
        return cls(dt.datetime.fromisoformat(str(data["at"])), str(data["summary"]), str(data.get("where", "")))


def one_line(text: str, limit: int = SUMMARY_CHARS) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[:limit] + "…"


def _read(path: Path) -> list[ErrorRecord]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return [ErrorRecord.from_json(item) for item in data]
    except FileNotFoundError:
        return []
    except (OSError, ValueError, TypeError, KeyError):  # a torn or hand-edited file: start again
        log.warning("%s is unreadable; starting a new list of errors", path)
        return []


def record_error(summary: str, where: str = "", folder: Path | None = None) -> ErrorRecord:
    """Add an uncaught error to ``errors.json`` (the newest ``KEEP_ERRORS`` are kept)."""
    record = ErrorRecord(dt.datetime.now().replace(microsecond=0), one_line(summary), where)
    path = (folder or log_folder()) / ERRORS_FILE
    with _lock:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            records = [record, *_read(path)][:KEEP_ERRORS]
            part = path.with_name(path.name + ".part")
            part.write_text(json.dumps([r.to_json() for r in records], ensure_ascii=False, indent=1), "utf-8")
            part.replace(path)
        except OSError:  # a full disk must not turn one error into two
            log.exception("could not write %s", path)
    return record


def last_errors(limit: int = 10, folder: Path | None = None) -> list[ErrorRecord]:
    """The newest uncaught errors of this kiosk (this run and the ones before), newest first."""
    with _lock:
        return _read((folder or log_folder()) / ERRORS_FILE)[:limit]


def hidden_items(database: Any) -> list[Any]:
    """Content rows the kiosk hides because they cannot be shown (``row_check.BadRow``: table, id,
    key, problem), found by reading everything the resident screens read, every guide included."""
    from kiosk.data.repository import ContentRepository

    content = ContentRepository(database)
    content.hall()
    content.boards()
    content.disclosures(staff=True)
    for read in (content.themes, content.departments, content.windows, content.staff, content.notices):
        read()
    content.complaint_channels()
    content.complaint_results()
    content.pre_disclosures()
    for summary in content.matter_summaries():
        content.matter(summary.code)
    return content.bad_rows.items()


def note_missing_catalogue(language: str, looked_in: str) -> None:
    """A language whose compiled translation (.qm) was not found: logged, and listed for 设备状态."""
    text = f"{language}: {looked_in}"
    with _lock:
        if text not in _missing_catalogues:
            _missing_catalogues.append(text)
            log.error(
                "no compiled translation for %s (looked in %s): the interface falls back to English",
                language,
                looked_in,
            )


def missing_catalogues() -> list[str]:
    """Languages whose translation could not be loaded in this process ("zh_CN: where it looked")."""
    with _lock:
        return list(_missing_catalogues)
