"""Printing through Qt's print system, for machines without CUPS (Windows).

QtPdf is not in the PySide6 wheels, so pypdfium2 rasterises each page and QPainter draws it on a
QPrinter, page size taken from the PDF and margins zero (the PDF has its own). Qt reports no job
state, so success here means "handed to the system spooler". Qt documents QPainter on a QPrinter
as safe outside the GUI thread, which lets ``print_worker`` run this off the GUI thread like the
other backends. Qt is imported only inside this module.
"""

from __future__ import annotations

import threading
from pathlib import Path

from kiosk.services.printing import PrintBackend, PrintFailed, PrintOutcome, Progress, ignore_progress

RENDER_DPI = 300


def qt_default_printer() -> str:
    """The name of Qt's default printer ("" when none or Qt's print support is unavailable)."""
    try:
        from PySide6.QtPrintSupport import QPrinterInfo
    except ImportError:
        return ""
    return str(QPrinterInfo.defaultPrinterName())


def qt_printer_names() -> list[str]:
    try:
        from PySide6.QtPrintSupport import QPrinterInfo
    except ImportError:
        return []
    return [str(name) for name in QPrinterInfo.availablePrinterNames()]


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
        from PySide6.QtCore import QMarginsF, QRectF, QSizeF
        from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
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
        document = pypdfium2.PdfDocument(pdf)
        painter = QPainter()
        try:
            for index in range(len(document)):
                if cancel is not None and cancel.is_set():
                    printer.abort()
                    raise PrintFailed("cancelled", "cancelled by the kiosk")
                page = document[index]
                width, height = page.get_size()
                size = QPageSize(QSizeF(width, height), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.ExactMatch)
                printer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
                if index == 0:
                    if not painter.begin(printer):
                        raise PrintFailed("qt", "QPainter.begin failed", printer=name or "（系统默认）")
                elif not printer.newPage():
                    raise PrintFailed("qt", "QPrinter.newPage failed", printer=name or "（系统默认）")
                progress(f"正在打印第 {index + 1} 页，共 {len(document)} 页…")
                bitmap = page.render(scale=self.dpi / 72, rev_byteorder=True)
                formats = {
                    "RGB": QImage.Format.Format_RGB888,
                    "RGBX": QImage.Format.Format_RGBX8888,
                    "RGBA": QImage.Format.Format_RGBA8888,
                    "L": QImage.Format.Format_Grayscale8,
                }
                image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, formats[bitmap.mode])
                target = QRectF(printer.pageRect(QPrinter.Unit.DevicePixel))
                painter.drawImage(target, image.copy())
        finally:
            if painter.isActive():
                painter.end()
            document.close()
        return PrintOutcome("已发送到打印机，请取走告知单。", path=self.output_file)
