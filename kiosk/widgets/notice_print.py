"""Showing a one-time notice (一次性告知单) before it is printed, and printing it with the outcome in plain words.

Shared by the resident's checklist dialog and the staff pages (补正告知, 补打). The PDF is made and
turned into page pictures on a pool thread (``BackgroundCall``); finding the printer (which may
ask CUPS) runs there too, and the print itself in a ``PrintJob`` thread. This module only shows
what they report, so the GUI thread never waits. On any failure the notice's QR code (the list
as plain text, readable by a phone camera without internet) is shown large, so the person still
leaves with the list.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from kiosk.services.background import BackgroundCall
from kiosk.services.notices import OneTimeNotice, qr_text
from kiosk.services.print_worker import PrintJob, start_print
from kiosk.services.printing import PrintBackend, PrintOutcome
from kiosk.widgets.basics import clear_layout, fit_height_to_width, label
from kiosk.widgets.qr import QrView
from kiosk.widgets.scroll import KineticScrollArea
from kiosk.widgets.theme import Metrics

# Pages are rendered this wide once; the view scales them down to the room it has.
PAGE_WIDTH = 1100

PrinterLookup = Callable[[], PrintBackend]


@dataclass(frozen=True)
class PreparedNotice:
    """A notice with its PDF and the pictures of its pages (made off the GUI thread)."""

    notice: OneTimeNotice
    pdf: bytes
    pages: tuple[QImage, ...]

    @property
    def title(self) -> str:
        """The print job's title (what CUPS and the folder name the file after)."""
        return self.notice.serial or self.notice.provisional_id or f"{self.notice.title}-{self.notice.matter_name}"


def prepare(notice: OneTimeNotice) -> PreparedNotice:
    """The A4 PDF of ``notice`` and its page pictures; slow (reportlab, PDFium): call it off the GUI thread."""
    from kiosk.services.pdf import render_notice
    from kiosk.services.pdf_text import forget_fonts
    from kiosk.widgets.file_viewer import pdf_page_images

    pdf = notice.render_pdf() if hasattr(notice, "render_pdf") else render_notice(notice, "a4")  # 一件事
    forget_fonts()  # the kiosk keeps the PDF, not the fonts' tables (see fonts.forget_pdf_font)
    return PreparedNotice(notice, pdf, tuple(pdf_page_images(pdf, PAGE_WIDTH)))


def notice_qr(notice: OneTimeNotice) -> str:
    """The QR text of a matter's notice, or of an 一件事 checklist (which makes its own)."""
    return notice.qr_payload() if hasattr(notice, "qr_payload") else qr_text(notice)


def prepare_in_background(notice: OneTimeNotice | Callable[[], OneTimeNotice]) -> BackgroundCall:
    """``prepare`` on a pool thread; ``notice`` may be a function (e.g. issuing it) run there first."""

    def work() -> PreparedNotice:
        return prepare(notice() if callable(notice) else notice)

    return BackgroundCall(work).start()


# Print jobs outlive the page or dialog that started them (the idle reset may delete it while
# CUPS is still cancelling): they are kept here until their thread has ended.
_JOBS: set[PrintJob] = set()


def _release(job: PrintJob) -> None:
    job.wait(10_000)  # the worker quits right after its last signal
    _JOBS.discard(job)
    job.deleteLater()


_QUIT_HOOKED: list[QCoreApplication] = []


def _keep(job: PrintJob) -> None:
    app = QCoreApplication.instance()
    if app is not None and app not in _QUIT_HOOKED:  # quitting mid-print: cancel, and let the worker end first
        app.aboutToQuit.connect(_cancel_all)
        _QUIT_HOOKED.append(app)
    _JOBS.add(job)


def _cancel_all() -> None:
    for job in list(_JOBS):
        job.cancel()
    wait_for_print_jobs(10_000)


def running_jobs() -> int:
    return len(_JOBS)


def wait_for_print_jobs(ms: int = 30_000) -> bool:
    """Block until every print job's thread has ended (for shutdown and tests)."""
    return all(job.wait(ms) for job in list(_JOBS))


class PageView(QWidget):
    """One page picture, scaled to the width it is given (never wider than the picture), with a border."""

    def __init__(self, image: QImage) -> None:
        super().__init__()
        self.image = image
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMaximumWidth(image.width())
        self.setMinimumWidth(200)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return round(min(width, self.image.width()) * self.image.height() / max(1, self.image.width()))

    def sizeHint(self) -> QSize:
        width = min(self.image.width(), 900)
        return QSize(width, self.heightForWidth(width))

    def paintEvent(self, event: Any) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        target = QRect(0, 0, self.width(), self.heightForWidth(self.width()))
        painter.drawImage(target, self.image)
        painter.setPen(QPen(QColor("#8A8A8A"), 2))
        painter.drawRect(target.adjusted(1, 1, -1, -1))
        painter.end()


class NoticePreview(KineticScrollArea):
    """The notice's pages one below the other, kinetically scrollable; or a line of text meanwhile."""

    def __init__(self, metrics: Metrics, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reuse(metrics)

    def reuse(self, metrics: Metrics) -> None:
        self.metrics = metrics
        self.pages: list[PageView] = []
        self.message = ""
        self.code: QrView | None = None

    def recycle(self) -> None:
        """Also lets go of the page pictures: a spare kept them (~5 MB an A4 page) until the next print."""
        self.pages = []
        self.code = None
        self.message = ""
        super().recycle()

    def _page(self) -> tuple[QWidget, QVBoxLayout]:
        page = fit_height_to_width(QWidget())
        page.setProperty("role", "page")
        box = QVBoxLayout(page)
        m = self.metrics
        box.setContentsMargins(m.px(16), m.px(16), m.px(16), m.px(16))
        box.setSpacing(m.px(16))
        return page, box

    def show_message(self, text: str) -> None:
        page, box = self._page()
        self.pages = []
        self.code = None
        self.message = text
        box.addWidget(label(text, "heading"))
        box.addStretch(1)
        self.set_content(page)

    def show_code(self, text: str, caption: str) -> QrView:
        """A QR code of ``text`` as large as the view allows (for phones), with ``caption`` below it."""
        page, box = self._page()
        self.pages = []
        self.message = ""
        m = self.metrics
        room = min(self.viewport().width(), self.viewport().height() - 3 * m.title) - 2 * m.px(16) - 24
        code = QrView(text, max(m.px(240), min(room, m.px(720))))
        code.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        words = label(caption, "heading")
        words.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        box.addStretch(1)
        box.addWidget(code, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addWidget(words)
        box.addStretch(1)
        self.set_content(page)
        self.code = code
        return code

    def show_pages(self, images: tuple[QImage, ...] | list[QImage]) -> None:
        page, box = self._page()
        self.message = ""
        self.code = None
        self.pages = [PageView(image) for image in images]
        for view in self.pages:
            box.addWidget(view, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addStretch(1)
        self.set_content(page)


class NoticeSheet(QWidget):
    """A notice's preview beside (landscape) or above (portrait) a column the owner fills with
    what to do with it (``column``), over a row of buttons that always stays in view (``action_row``).
    ``wide_from``: the width from which the column stands beside the preview.

    The column scrolls when it needs more room than it has (elder mode, a large QR code): it never
    pushes the window past the screen. Below the preview it takes the height its contents need, up
    to ``PORTRAIT_SHARE`` of the sheet.
    """

    PORTRAIT_SHARE = 0.6

    def __init__(
        self, metrics: Metrics, side_width: int, wide_from: int = 1200, *, stacked_buttons: bool = False
    ) -> None:
        super().__init__()
        self.metrics = metrics
        self.side_width = side_width
        self.wide_from = wide_from
        # from the spares: a sheet is made at every print (its scroll areas would grab anew each time)
        self.preview = NoticePreview.reused(metrics, parent=self)
        self.side_area = KineticScrollArea.reused(parent=self)
        self.side = fit_height_to_width(QWidget())
        self.side.setProperty("role", "page")
        self.column = QVBoxLayout(self.side)
        self.column.setContentsMargins(0, 0, metrics.px(12), 0)
        self.column.setSpacing(metrics.px(16))
        self.side_area.set_content(self.side)
        self.side.installEventFilter(self)
        self.panel = QWidget()
        panel = QVBoxLayout(self.panel)
        panel.setContentsMargins(0, 0, 0, 0)
        panel.setSpacing(metrics.px(16))
        panel.addWidget(self.side_area, 1)
        self.action_row = QVBoxLayout() if stacked_buttons else QHBoxLayout()
        self.action_row.setSpacing(metrics.px(16))
        panel.addLayout(self.action_row)
        self.split = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.split.setContentsMargins(0, 0, 0, 0)
        self.split.setSpacing(metrics.margin)
        self.split.addWidget(self.preview, 1)
        self.split.addWidget(self.panel)
        self._arrange(True)

    @property
    def wide(self) -> bool:
        return self.split.direction() == QBoxLayout.Direction.LeftToRight

    def recycle(self) -> None:
        """The owner is closing: its two scroll areas go back to the spares (the sheet is unusable after)."""
        self.side.removeEventFilter(self)
        self.preview.recycle()
        self.side_area.recycle()

    def _arrange(self, wide: bool) -> None:
        self.split.setDirection(QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom)
        if wide:
            self.side_area.setMinimumHeight(0)
            self.side_area.setMaximumHeight(16_777_215)
            self.panel.setFixedWidth(self.side_width + self.metrics.px(12) + 4)
        else:
            self.panel.setMinimumWidth(0)
            self.panel.setMaximumWidth(16_777_215)
            self._fit_side()

    def _fit_side(self) -> None:
        """Below the preview: as tall as the column's contents, within the portrait share."""
        if self.wide or self.height() <= 0:
            return
        layout = self.side.layout()
        width = self.side_area.viewport().width() or self.width()
        needed = layout.totalHeightForWidth(width) if layout is not None else 0
        room = int((self.height() - self.action_row.sizeHint().height() - self.metrics.px(16)) * self.PORTRAIT_SHARE)
        self.side_area.setFixedHeight(max(self.metrics.target, min(needed, room)))

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if watched is self.side and event.type() == QEvent.Type.LayoutRequest:
            QTimer.singleShot(0, self, self._fit_side)
        return False

    def minimumSizeHint(self) -> QSize:
        # Never as wide as preview + column: below ``wide_from`` the column moves under the preview.
        return QSize(self.metrics.px(400), super().minimumSizeHint().height())

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        wide = self.width() >= max(self.wide_from, self.side_width + 600)
        if wide != self.wide:
            self._arrange(wide)
        else:
            self._fit_side()


class PrintStatus(QWidget):
    """Printing…, done, or failed with the reason in plain words and the notice's QR code.

    ``start`` finds the printer and prints on worker threads and reports here; exactly one of
    ``succeeded(PrintOutcome)`` or ``failed(message)`` follows each start (``cancelled`` counts
    as a failure). The QR code also shows when the print was only saved to a folder, because then
    nobody has paper either.
    """

    succeeded = Signal(object)  # PrintOutcome
    failed = Signal(str)

    def __init__(
        self,
        metrics: Metrics,
        qr_size: int,
        *,
        show_where: bool = False,
        code_host: Callable[[OneTimeNotice, str], QrView] | None = None,
    ) -> None:
        super().__init__()
        self.metrics = metrics
        self.qr_size = qr_size
        self.code_host = code_host  # shows the QR code elsewhere (larger) and returns it; else it shows here
        self.show_where = show_where  # staff may see the folder a print was saved to; residents need not
        self.state = "idle"  # idle, printing, done, failed
        self.job: PrintJob | None = None
        self._lookup: BackgroundCall | None = None
        self._pending: tuple[PreparedNotice, int, str] | None = None
        self._cancelled = False
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(metrics.px(12))
        self.heading = label("", "title")
        self.detail = label("", "body")
        self.qr_box = QVBoxLayout()
        self.qr: QrView | None = None
        for widget in (self.heading, self.detail):
            self.box.addWidget(widget)
        self.box.addLayout(self.qr_box)
        self.setVisible(False)

    @property
    def running(self) -> bool:
        return self.state == "printing"

    def let_go(self) -> None:
        """The owner is closing: forget the notice being printed (its PDF and page pictures, which a
        retry would need) and the QR host (a method of the owner: a cycle only the collector breaks)."""
        self._pending = None
        self.code_host = None

    def clear(self) -> None:
        self.state = "idle"
        self.heading.setText("")
        self.detail.setText("")
        clear_layout(self.qr_box)
        self.qr = None
        self.setVisible(False)

    def start(self, prepared: PreparedNotice, printer: PrinterLookup, *, copies: int = 1, done_text: str = "") -> None:
        """Find the printer and print ``copies`` of ``prepared``; returns at once."""
        if self.running:
            return
        self.clear()
        self.state = "printing"
        self._cancelled = False
        self._pending = (prepared, copies, done_text)
        self.setVisible(True)
        self.heading.setText(self.tr("Printing…"))
        self.detail.setText(self.tr("Getting the printer ready…"))
        self._lookup = BackgroundCall(printer)
        self._lookup.finished.connect(self._printer_found)
        self._lookup.failed.connect(self._fail)
        self._lookup.start()

    def cancel(self) -> None:
        """Stop the print in progress (a CUPS job is cancelled); reported as a failure."""
        if not self.running:
            return
        self._cancelled = True
        if self.job is not None:
            self.job.cancel()
            self.detail.setText(self.tr("Cancelling…"))
        else:  # still looking for the printer: nothing was sent
            self._drop_lookup()
            self._fail(self.tr("Printing was cancelled."))

    def _drop_lookup(self) -> None:
        """Forget the printer lookup: a late answer must not start a print nobody waits for."""
        call, self._lookup = self._lookup, None
        if call is not None and not call.done:
            call.finished.disconnect(self._printer_found)
            call.failed.disconnect(self._fail)

    def _printer_found(self, backend: PrintBackend) -> None:
        if self._lookup is None or self._pending is None or not self.running:
            return
        self._drop_lookup()
        prepared, copies, _done = self._pending
        self.job = start_print(backend, prepared.pdf, title=prepared.title, copies=copies)
        _keep(self.job)
        job = self.job
        self.job.progress.connect(self._progress)
        self.job.finished.connect(self._finished)
        self.job.failed.connect(self._job_failed)
        job.finished.connect(lambda _outcome: _release(job))
        job.failed.connect(lambda _message, _code: _release(job))
        if self._cancelled:
            job.cancel()

    def _progress(self, text: str) -> None:
        if self.running:
            self.detail.setText(text)

    def _finished(self, outcome: PrintOutcome) -> None:
        self.job = None
        if not self.running or self._pending is None:
            return
        prepared, _copies, done_text = self._pending
        self.state = "done"
        if outcome.path is not None:  # saved to the folder: nobody has paper, so the code is the way home
            self.heading.setText(self.tr("Saved, not printed"))
            saved = self.tr("No printer is connected; the notice was saved for the staff to print.")
            self.detail.setText(f"{saved}\n{outcome.message}" if self.show_where else saved)
            self._show_qr(prepared.notice)
        else:
            self.heading.setText(self.tr("Done"))
            self.detail.setText(done_text or self.tr("Please take your paper from the printer."))
        self.succeeded.emit(outcome)

    def _job_failed(self, message: str, code: str) -> None:
        self.job = None
        self._fail(self.tr("Printing was cancelled.") if code == "cancelled" else message)

    def _fail(self, message: str) -> None:
        if not self.running or self._pending is None:
            return
        self._drop_lookup()
        prepared = self._pending[0]
        self.state = "failed"
        self.heading.setText(self.tr("Printing failed"))
        self.detail.setText(message)
        self._show_qr(prepared.notice)
        self.failed.emit(message)

    def _show_qr(self, notice: OneTimeNotice) -> None:
        clear_layout(self.qr_box)
        caption = self.tr("Scan this code with your phone to take the list with you.")
        if self.code_host is not None:
            self.qr = self.code_host(notice, caption)
            return
        self.qr = QrView(notice_qr(notice), self.qr_size)
        self.qr.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.qr_box.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        self.qr_box.addWidget(label(caption, "muted"))
