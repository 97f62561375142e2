"""Running a print job off the GUI thread, reporting through Qt signals.

A print can take a minute (CUPS polling, a printer warming up, a timeout), and the kiosk must
keep answering touches meanwhile. ``PrintJob`` lives in the thread that made it (the GUI thread)
and emits ``progress(text)``, then exactly one of ``finished(PrintOutcome)`` or
``failed(message, code)`` — always from that thread, so any receiver may touch widgets. The
blocking ``PrintBackend`` call runs in a ``_Runner`` moved to its own QThread, whose signals
reach the job through queued connections. Nothing here touches a widget (QtCore only).
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from kiosk.services.printing import PrintBackend, PrintFailed, PrintOutcome


class _Runner(QObject):
    """The blocking half: runs on the worker thread and only emits."""

    progress = Signal(str)
    finished = Signal(object)
    failed = Signal(str, str)

    def __init__(self, backend: PrintBackend, pdf: bytes, title: str, copies: int, cancel: threading.Event) -> None:
        super().__init__()
        self.backend, self.pdf, self.title, self.copies, self.cancel = backend, pdf, title, copies, cancel

    @Slot()
    def run(self) -> None:
        try:
            outcome: PrintOutcome = self.backend.print_pdf(
                self.pdf, title=self.title, copies=self.copies, progress=self.progress.emit, cancel=self.cancel
            )
        except PrintFailed as exc:
            self.failed.emit(exc.message, exc.code)
        except Exception as exc:  # a bug or an unforeseen OS error must still end the job on screen
            self.failed.emit(PrintFailed("other", repr(exc)).message, "other")
        else:
            self.finished.emit(outcome)


class PrintJob(QObject):
    """One PDF through one backend; signals arrive in the thread that created the job."""

    progress = Signal(str)
    finished = Signal(object)  # PrintOutcome
    failed = Signal(str, str)  # plain-Chinese message, failure code (a printing.MESSAGES key)

    def __init__(
        self, backend: PrintBackend, pdf: bytes, *, title: str, copies: int = 1, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self._worker = QThread()
        self._runner = _Runner(backend, pdf, title, copies, self._cancel)
        self._runner.moveToThread(self._worker)
        self._worker.started.connect(self._runner.run)
        self._runner.progress.connect(self._on_progress)
        self._runner.finished.connect(self._on_finished)
        self._runner.failed.connect(self._on_failed)
        # Direct: QThread.quit is thread-safe, and the worker must end even if no event loop runs here.
        self._runner.finished.connect(self._worker.quit, Qt.ConnectionType.DirectConnection)
        self._runner.failed.connect(self._worker.quit, Qt.ConnectionType.DirectConnection)

    def start(self) -> None:
        self._worker.start()

    def cancel(self) -> None:
        """Ask the job to stop; it fails with code ``cancelled`` (and CUPS cancels the job)."""
        self._cancel.set()

    def wait(self, ms: int = 120_000) -> bool:
        """Block until the worker thread has ended (for shutdown and tests)."""
        return self._worker.wait(ms)

    @Slot(str)
    def _on_progress(self, text: str) -> None:
        self.progress.emit(text)

    @Slot(object)
    def _on_finished(self, outcome: PrintOutcome) -> None:
        self.finished.emit(outcome)

    @Slot(str, str)
    def _on_failed(self, message: str, code: str) -> None:
        self.failed.emit(message, code)


def start_print(
    backend: PrintBackend, pdf: bytes, *, title: str, copies: int = 1, parent: QObject | None = None
) -> PrintJob:
    """Start printing ``pdf`` off the GUI thread; keep the job (or give it a parent) until it ends."""
    job = PrintJob(backend, pdf, title=title, copies=copies, parent=parent)
    job.start()
    return job
