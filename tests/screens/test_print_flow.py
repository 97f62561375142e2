"""The resident prints the checklist from a guide: preview, printing, done or failed with the QR code.

Printing is real: a folder printer (the ``printer`` setting ``folder:…``) whose PDF is read back
with pypdf, a folder that cannot be written (a file in its place), and the CUPS queue of the
printing tests (cups-pdf), disabled for the fault. The idle reset during a print closes the dialog
and cancels the job. Every state is rendered at both orientations and in elder mode into
``screenshots/print-flow/`` for a person to look at.
"""

from __future__ import annotations

import io
import subprocess
import threading
import weakref
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QPushButton

from kiosk.data.settings import Settings
from kiosk.screens.print_flow import PrintChecklistDialog, open_print_dialog
from kiosk.services.notices import qr_text
from kiosk.services.printing import (
    MESSAGES,
    FolderBackend,
    PrintBackend,
    PrintFailed,
    PrintOutcome,
    Progress,
    ignore_progress,
)
from kiosk.widgets.notice_print import NoticePreview, running_jobs, wait_for_print_jobs
from kiosk.widgets.scroll import KineticScrollArea
from tests.screens.conftest import tap
from tests.screens.test_layout import cut_labels, missing_glyphs, small_targets
from tests.services.conftest import CupsTestbed, cups  # noqa: F401  (the real CUPS queue, shared with the printing tests)

PAYMENT = "4399231050000-JF-00102-001"  # 城乡居民基本养老保险待遇领取: the 情形 "agent" adds three materials
SHOTS = Path(__file__).resolve().parents[2] / "screenshots" / "print-flow"


def clipped_buttons(root) -> list[str]:  # type: ignore[no-untyped-def]
    """Buttons narrower than their text and padding need (a button's text never wraps: it is cut)."""
    return [
        f"{b.text()!r}: needs {b.sizeHint().width()}px, has {b.width()}"
        for b in root.findChildren(QPushButton)
        if b.isVisibleTo(root) and b.text() and b.sizeHint().width() > b.width() + 1
    ]


def squeeze(text: str) -> str:
    """Text without white space: names wrap inside table cells."""
    return "".join(text.split())


def pdf_text(data: bytes) -> str:
    return squeeze("".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages))


def set_printer(shell, value: str) -> None:  # type: ignore[no-untyped-def]
    Settings(shell.content.database).set("printer", value)


def open_guide(qtbot, shell, answer: str):  # type: ignore[no-untyped-def]
    shell.go("guide", code=PAYMENT)
    guide = shell.screens["guide"]
    tap(qtbot, guide.findChild(QPushButton, f"answer:agent:{answer}"))
    return guide


def print_button(guide) -> QPushButton:  # type: ignore[no-untyped-def]
    text = QCoreApplication.translate("GuideScreen", "Print checklist")
    found = [b for b in guide.findChildren(QPushButton) if b.text() == text and b.isVisible()]
    assert len(found) == 1, "the guide shows no print button"
    return found[0]


def open_dialog(qtbot, guide) -> PrintChecklistDialog:  # type: ignore[no-untyped-def]
    tap(qtbot, print_button(guide))
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, PrintChecklistDialog) and w.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    wait_prepared(qtbot, dialog)
    return dialog


def wait_prepared(qtbot, dialog: PrintChecklistDialog) -> None:  # type: ignore[no-untyped-def]
    """Until the preview is made or has failed; a failure is this test's failure, said plainly."""
    qtbot.waitUntil(lambda: dialog._preparing is None, timeout=30_000)
    assert dialog.prepared is not None, f"the checklist was not prepared: {dialog.hint.text()}"


def print_and_wait(qtbot, dialog: PrintChecklistDialog, state: str, timeout: int = 20_000) -> None:  # type: ignore[no-untyped-def]
    tap(qtbot, dialog.print_button)
    qtbot.waitUntil(lambda: dialog.status.state == state, timeout=timeout)
    assert wait_for_print_jobs()
    qtbot.wait(20)


class WaitingPrinter(PrintBackend):
    """A printer that takes its time: it prints only when told to, and notices a cancel."""

    kind = "waiting"

    def __init__(self) -> None:
        self.started = threading.Event()
        self.cancelled = threading.Event()
        self.release = threading.Event()

    def label(self) -> str:
        return "waiting"

    def print_pdf(
        self,
        pdf: bytes,
        *,
        title: str,
        copies: int = 1,
        progress: Progress = ignore_progress,
        cancel: threading.Event | None = None,
    ) -> PrintOutcome:
        self.started.set()
        progress("正在打印…")
        while not self.release.wait(0.05):
            if cancel is not None and cancel.is_set():
                self.cancelled.set()
                raise PrintFailed("cancelled")
        return PrintOutcome("done", job="waiting-1")


def test_the_printed_checklist_names_the_matter_and_the_materials_for_the_answers(qtbot, shell, tmp_path) -> None:
    tmp_path = tmp_path / "printed"
    set_printer(shell, f"folder:{tmp_path}")
    guide = open_guide(qtbot, shell, "否")
    needed = guide.current_materials()
    dropped = {m.name for m in guide.matter.materials} - set(needed)
    assert dropped, "the answer should leave some materials out"
    dialog = open_dialog(qtbot, guide)
    assert len(dialog.sheet.preview.pages) >= 1 and dialog.print_button.isVisible()
    assert not tmp_path.exists(), "nothing is printed before the resident taps Print"
    print_and_wait(qtbot, dialog, "done")
    files = list(tmp_path.glob("*.pdf"))
    assert len(files) == 1
    text = pdf_text(files[0].read_bytes())
    assert squeeze(guide.matter.name) in text
    for name in needed:
        assert squeeze(name) in text
    for name in dropped:
        assert squeeze(name) not in text
    assert dialog.close_button.isVisible() and not dialog.cancel_button.isVisible()
    tap(qtbot, dialog.close_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_a_printer_that_fails_shows_the_reason_and_the_checklist_as_a_qr_code(qtbot, shell, tmp_path) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the folder should be")
    set_printer(shell, f"folder:{blocked}")
    guide = open_guide(qtbot, shell, "是")
    dialog = open_dialog(qtbot, guide)
    print_and_wait(qtbot, dialog, "failed")
    assert dialog.status.detail.text().startswith("无法把告知单保存到文件夹")
    assert dialog.status.heading.text() == QCoreApplication.translate("PrintStatus", "Printing failed")
    qr = dialog.status.qr
    assert qr is not None and qr.isVisible()
    assert qr.payload == qr_text(guide.checklist())
    assert "代办人居民身份证" in qr.payload and guide.matter.name in qr.payload
    assert dialog.retry_button.isVisible() and dialog.close_button.isVisible()
    # the printer is fixed: the same dialog prints on the next try
    set_printer(shell, f"folder:{tmp_path / 'out'}")
    print_and_wait(qtbot, dialog, "done")
    assert len(list((tmp_path / "out").glob("*.pdf"))) == 1


def test_idle_reset_while_printing_closes_the_dialog_and_cancels_the_job(qtbot, shell) -> None:
    guide = open_guide(qtbot, shell, "是")
    printer = WaitingPrinter()
    dialog = open_print_dialog(guide, shell.look, guide.checklist(), lambda: printer)
    wait_prepared(qtbot, dialog)
    tap(qtbot, dialog.print_button)
    qtbot.waitUntil(printer.started.is_set, timeout=10_000)
    qtbot.waitUntil(lambda: dialog.status.detail.text() == "正在打印…")
    assert dialog.status.running and running_jobs() == 1
    shell.idle.set_seconds(5)
    shell.idle.timer.setInterval(50)
    with qtbot.waitSignal(shell.idle_reset_done, timeout=5000):
        shell.idle.timer.start()
    assert not dialog.isVisible()
    assert printer.cancelled.wait(10), "the print job was not cancelled"
    qtbot.waitUntil(lambda: running_jobs() == 0, timeout=10_000)
    assert shell.current[0] == "home"


def test_a_closed_preview_keeps_neither_the_pdf_nor_the_page_pictures(qtbot, shell) -> None:
    """Each A4 page picture is ~5 MB. They go as the dialog closes: not kept by the spare preview that
    serves the next print, nor left to the cycle collector (home gives freed memory back before it
    runs). The suite collects no cycles during a test (conftest), so only references count here."""
    guide = open_guide(qtbot, shell, "是")
    dialog = open_dialog(qtbot, guide)
    preview = dialog.sheet.preview
    assert preview.pages, "the preview shows no page"
    prepared = weakref.ref(dialog.prepared)
    pictures = [weakref.ref(view) for view in preview.pages]
    tap(qtbot, dialog.cancel_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert preview in KineticScrollArea._spare[NoticePreview], "the preview was not handed back to the spares"
    assert preview.pages == [] and preview.code is None
    assert prepared() is None, "the PDF and the page pictures outlived the dialog"
    assert [ref for ref in pictures if ref() is not None] == []


def test_the_print_button_shows_only_with_a_usable_printer_setting(qtbot, shell) -> None:
    set_printer(shell, "nonsense:")
    shell.go("guide", code=PAYMENT)
    text = QCoreApplication.translate("GuideScreen", "Print checklist")
    assert not [b for b in shell.screens["guide"].findChildren(QPushButton) if b.text() == text]


@pytest.mark.cups
def test_a_disabled_cups_queue_is_explained_and_the_qr_shown_then_the_checklist_prints(
    qtbot,
    shell,
    cups: CupsTestbed,  # noqa: F811
) -> None:
    set_printer(shell, f"cups:{cups.pdf_queue}")
    guide = open_guide(qtbot, shell, "是")
    dialog = open_dialog(qtbot, guide)
    subprocess.run(["cupsdisable", cups.pdf_queue], check=True)
    try:
        print_and_wait(qtbot, dialog, "failed", timeout=30_000)
    finally:
        subprocess.run(["cupsenable", cups.pdf_queue], check=True)
    assert dialog.status.detail.text() == MESSAGES["stopped"]
    assert dialog.status.qr is not None and dialog.status.qr.payload == qr_text(guide.checklist())
    finished: list[PrintOutcome] = []
    dialog.status.succeeded.connect(finished.append)
    print_and_wait(qtbot, dialog, "done", timeout=60_000)
    paper = cups.output_of(finished[0].job)
    text = squeeze(subprocess.run(["pdftotext", "-enc", "UTF-8", str(paper), "-"], capture_output=True,
                                  check=True, text=True).stdout)  # fmt: skip
    assert squeeze(guide.matter.name) in text and "代办人居民身份证" in text


@pytest.mark.parametrize("elder", [False, True], ids=["normal", "elder"])
@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
def test_every_state_of_the_dialog_fits_and_is_saved_for_review(qtbot, shell, tmp_path, size, elder) -> None:
    shell.resize(*size)
    shell.set_elder(elder)
    qtbot.wait(20)
    guide = open_guide(qtbot, shell, "是")
    folder = SHOTS / f"{'elder' if elder else 'zh'}-{size[0]}x{size[1]}"
    folder.mkdir(parents=True, exist_ok=True)
    minimum = shell.look.metrics.target
    printer = WaitingPrinter()
    blocked = tmp_path / "file"
    blocked.write_text("")

    def check(dialog: PrintChecklistDialog, state: str) -> None:
        qtbot.wait(50)
        assert (dialog.width(), dialog.height()) == size
        problems = (
            cut_labels(dialog) + small_targets(dialog, minimum) + missing_glyphs(dialog) + clipped_buttons(dialog)
        )
        assert problems == [], state
        dialog.grab().save(str(folder / f"resident-{state}.png"))

    dialog = open_print_dialog(guide, shell.look, guide.checklist(), lambda: printer)
    wait_prepared(qtbot, dialog)
    check(dialog, "1-preview")
    tap(qtbot, dialog.print_button)
    qtbot.waitUntil(lambda: dialog.status.detail.text() == "正在打印…", timeout=10_000)
    check(dialog, "2-printing")
    printer.release.set()
    qtbot.waitUntil(lambda: dialog.status.state == "done", timeout=10_000)
    check(dialog, "3-done")
    dialog.accept()
    dialog = open_print_dialog(guide, shell.look, guide.checklist(), lambda: FolderBackend(blocked))
    wait_prepared(qtbot, dialog)
    print_and_wait(qtbot, dialog, "failed")
    check(dialog, "4-failed")
    dialog.accept()
    assert wait_for_print_jobs()
