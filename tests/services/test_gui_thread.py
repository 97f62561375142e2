"""Qt's print objects are made and used on the GUI thread only, whichever thread asks for a print."""

from __future__ import annotations

from pathlib import Path

import pypdf
from PySide6.QtCore import QThread

from kiosk.services.background import BackgroundCall
from kiosk.services.gui_thread import on_gui_thread
from kiosk.services.print_worker import PrintJob
from kiosk.services.printing_qt import QtBackend, qt_printer_names


def test_on_gui_thread_runs_there_and_hands_back_result_and_errors(qtbot) -> None:
    main = QThread.currentThread()

    def work() -> tuple[bool, bool]:
        inside = on_gui_thread(lambda: QThread.currentThread() is main)
        try:
            on_gui_thread(lambda: 1 / 0)
        except ZeroDivisionError:
            return QThread.currentThread() is main, inside
        return QThread.currentThread() is main, False

    call = BackgroundCall(work)
    with qtbot.waitSignal(call.finished, timeout=10_000) as done:
        call.start()
    assert done.args[0] == (False, True)  # asked from a pool thread, run on the GUI thread


def test_a_qt_print_from_the_print_thread_paints_on_the_gui_thread(qtbot, tmp_path: Path, sample_pdf) -> None:
    threads: list[bool] = []
    main = QThread.currentThread()

    class Watched(QtBackend):
        def _paint(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
            threads.append(QThread.currentThread() is main)
            super()._paint(*args, **kwargs)

    out = tmp_path / "qt.pdf"
    job = PrintJob(Watched(output_file=out, dpi=60), sample_pdf, title="worker")
    with qtbot.waitSignal(job.finished, timeout=30_000):
        job.start()
    assert job.wait()
    assert threads == [True]
    assert len(pypdf.PdfReader(out).pages) >= 1


def test_printer_names_asked_from_a_pool_thread_answer(qtbot) -> None:
    call = BackgroundCall(qt_printer_names)
    with qtbot.waitSignal(call.finished, timeout=10_000) as done:
        call.start()
    assert isinstance(done.args[0], list)
