"""Printing through Qt's print system, for machines without CUPS (Windows).

QtPdf is not in the PySide6 wheels, so pypdfium2 rasterises each page and QPainter draws it on a
QPrinter, page size taken from the PDF and margins zero (the PDF has its own). Qt reports no job
state, so success here means "handed to the system spooler". ``print_worker`` runs backends off
the GUI thread; the pages are rasterised there, but QPrinter, QPainter and QPrinterInfo are made
and used on the GUI thread only (``gui_thread.on_gui_thread``): the print plugin keeps timers and
per-thread state, and Qt objects belong to the thread that made them. Qt is imported only inside
this module.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from kiosk.services.printing import PrintBackend, PrintFailed, PrintOutcome, Progress, ignore_progress

RENDER_DPI = 300


def qt_default_printer() -> str:
    """The name of Qt's default printer ("" when none or Qt's print support is unavailable)."""
    try:
        from PySide6.QtPrintSupport import QPrinterInfo
    except ImportError:
        return ""
    from kiosk.services.gui_thread import on_gui_thread

    return on_gui_thread(lambda: str(QPrinterInfo.defaultPrinterName()))


def qt_printer_names() -> list[str]:
    try:
        from PySide6.QtPrintSupport import QPrinterInfo
    except ImportError:
        return []
    from kiosk.services.gui_thread import on_gui_thread

    return on_gui_thread(lambda: [str(name) for name in QPrinterInfo.availablePrinterNames()])


class QtBackend(PrintBackend):
    """A printer known to Qt (``None``: Qt's default); ``output_file`` prints to a PDF file instead."""

    kind = "qt"

    def __init__(self, printer: str | None = None, *, output_file: Path | None = None, dpi: int = RENDER_DPI) -> None:
        self.printer = printer
        self.output_file = output_file
        self.dpi = dpi

    def label(self) -> str:
        return f"打印机 {self.printer or '（系统默认）'}"

    def print_pdf(
        self,
        pdf: bytes,
        *,
        title: str,
        copies: int = 1,
        progress: Progress = ignore_progress,
        cancel: threading.Event | None = None,
    ) -> PrintOutcome:
        import pypdfium2
        from PySide6.QtGui import QImage

        from kiosk.services.gui_thread import on_gui_thread

        formats = {
            "RGB": QImage.Format.Format_RGB888,
            "RGBX": QImage.Format.Format_RGBX8888,
            "RGBA": QImage.Format.Format_RGBA8888,
            "L": QImage.Format.Format_Grayscale8,
        }
        pages: list[tuple[float, float, QImage]] = []  # rasterised here, off the GUI thread
        document = pypdfium2.PdfDocument(pdf)
        try:
            for index in range(len(document)):
                if cancel is not None and cancel.is_set():
                    raise PrintFailed("cancelled", "cancelled by the kiosk")
                progress(f"正在准备第 {index + 1} 页，共 {len(document)} 页…")
                page = document[index]
                width, height = page.get_size()
                bitmap = page.render(scale=self.dpi / 72, rev_byteorder=True)
                image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, formats[bitmap.mode])
                pages.append((width, height, image.copy()))
        finally:
            document.close()
        progress(f"正在打印，共 {len(pages)} 页…")
        on_gui_thread(lambda: self._paint(pages, title, copies, cancel))
        return PrintOutcome("已发送到打印机，请取走告知单。", path=self.output_file)

    def _paint(
        self, pages: Sequence[tuple[float, float, Any]], title: str, copies: int, cancel: threading.Event | None
    ) -> None:
        """QPrinter and QPainter, on the GUI thread: one rasterised image per page."""
        from PySide6.QtCore import QMarginsF, QRectF, QSizeF
        from PySide6.QtGui import QPageLayout, QPageSize, QPainter
        from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

        name = self.printer or ""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self.output_file is not None:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(self.output_file))
        elif name:
            if QPrinterInfo.printerInfo(name).isNull():
                raise PrintFailed("not_found", printer=name)
            printer.setPrinterName(name)
        elif QPrinterInfo.defaultPrinter().isNull():
            raise PrintFailed("not_found", "no default printer", printer="（系统默认）")
        printer.setDocName(title)
        printer.setCopyCount(max(1, copies))
        printer.setFullPage(True)
        painter = QPainter()
        try:
            for index, (width, height, image) in enumerate(pages):
                if cancel is not None and cancel.is_set():
                    printer.abort()
                    raise PrintFailed("cancelled", "cancelled by the kiosk")
                size = QPageSize(QSizeF(width, height), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.ExactMatch)
                printer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
                if index == 0:
                    if not painter.begin(printer):
                        raise PrintFailed("qt", "QPainter.begin failed", printer=name or "（系统默认）")
                elif not printer.newPage():
                    raise PrintFailed("qt", "QPrinter.newPage failed", printer=name or "（系统默认）")
                painter.drawImage(QRectF(printer.pageRect(QPrinter.Unit.DevicePixel)), image)
        finally:
            if painter.isActive():
                painter.end()
