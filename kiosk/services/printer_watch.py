"""The printer's state for the kiosk's heartbeat: what CUPS says now, and how the last print went.

CUPS knows "out of paper" or "stopped" only while the printer says so; a dead network printer
often looks idle until a job fails. So the heartbeat reports the queue's state when it shows a
problem, else the outcome of this kiosk's last print when that failed, else "ok".

``printer_state`` runs on a pool thread and must never create a Qt object there (``QPrinterInfo``
belongs to the GUI thread): a Qt printer is reported as "unknown" rather than asked. No Qt.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from kiosk.errors import UserError
from kiosk.services import printing_cups
from kiosk.services.printing import PrintBackend, PrinterChoice, PrintFailed, PrintOutcome

OK = "ok"
FOLDER = "folder"  # no paper: notices are saved into a folder (a choice, not a fault)
UNKNOWN = "unknown"  # Qt printing: no state to ask for without Qt objects on this thread
NOT_SET = "not_set"  # the printer setting cannot be understood
# Every other state (a printing.MESSAGES key) means notices may not come out until someone looks.
FINE = frozenset({OK, FOLDER, UNKNOWN, "cancelled"})


@dataclass(frozen=True)
class PrinterState:
    """Where prints go (``label``), a state code and the sentence for people."""

    label: str
    state: str
    message: str = ""

    @property
    def fault(self) -> bool:
        return self.state not in FINE


class PrintRecord:
    """The outcome of this kiosk's last print (thread-safe: print jobs end on worker threads)."""

    def __init__(self) -> None:
        self._guard = threading.Lock()
        self.code = ""  # "" after a success or before any print; else the failure code
        self.message = ""
        self.at = 0.0

    def succeeded(self) -> None:
        with self._guard:
            self.code, self.message, self.at = "", "", time.monotonic()

    def failed(self, code: str, message: str) -> None:
        with self._guard:
            self.code, self.message, self.at = code, message, time.monotonic()

    def last_failure(self) -> tuple[str, str] | None:
        with self._guard:
            return (self.code, self.message) if self.code else None


class RecordingBackend(PrintBackend):
    """A backend that tells a ``PrintRecord`` how each print went (cancelling is not a failure)."""

    def __init__(self, backend: PrintBackend, record: PrintRecord) -> None:
        self.backend = backend
        self.record = record
        self.kind = backend.kind

    def label(self) -> str:
        return self.backend.label()

    def print_pdf(self, pdf: bytes, *, title: str, copies: int = 1, **kwargs: object) -> PrintOutcome:
        try:
            outcome = self.backend.print_pdf(pdf, title=title, copies=copies, **kwargs)  # type: ignore[arg-type]
        except PrintFailed as exc:
            if exc.code != "cancelled":
                self.record.failed(exc.code, exc.message)
            raise
        self.record.succeeded()
        return outcome

    def __getattr__(self, name: str) -> object:  # printer, folder, … of the wrapped backend
        return getattr(self.backend, name)


def printer_state(setting: object, record: PrintRecord | None = None, *, folder_label: str = "") -> PrinterState:
    """The state of the printer the ``printer`` setting names; blocking (asks CUPS): a pool thread's job."""
    try:
        choice = PrinterChoice.parse(setting)
    except UserError as exc:
        return PrinterState(str(setting), NOT_SET, exc.message)
    if choice.kind == "folder":
        return PrinterState(f"folder:{choice.target}", FOLDER)
    if choice.kind == "qt":
        return _with_last_print(PrinterState(f"qt:{choice.target}", UNKNOWN), record)
    name = choice.target if choice.kind == "cups" else printing_cups.default_printer()
    if not name:
        if choice.kind == "auto" and not printing_cups.cups_installed():
            return _with_last_print(PrinterState("qt:", UNKNOWN), record)  # Qt's default printer: not asked here
        return PrinterState(f"folder:{folder_label}" if folder_label else "folder", FOLDER)
    try:
        found = printing_cups.printer_problem(printing_cups.CupsBackend(name).state())
    except PrintFailed as exc:
        return PrinterState(f"cups:{name}", exc.code, exc.message)
    if found is not None:
        code, _detail = found
        return PrinterState(f"cups:{name}", code, PrintFailed(code, printer=name).message)
    return _with_last_print(PrinterState(f"cups:{name}", OK), record)


def _with_last_print(state: PrinterState, record: PrintRecord | None) -> PrinterState:
    failure = record.last_failure() if record is not None else None
    if failure is None:
        return state
    return PrinterState(state.label, failure[0], failure[1])


def recording(lookup: Callable[[], PrintBackend], record: PrintRecord) -> Callable[[], PrintBackend]:
    """``lookup`` whose backends report to ``record``."""
    return lambda: RecordingBackend(lookup(), record)
