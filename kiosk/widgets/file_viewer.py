"""A full-window viewer for a material's blank form or filled-in example (image or PDF)."""

from __future__ import annotations

import base64
import threading

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from kiosk.data.schema import FileDoc
from kiosk.widgets.basics import button, label
from kiosk.widgets.scroll import KineticScrollArea

# PDFium is not thread-safe, and previews of notices are rendered on pool threads.
_PDFIUM = threading.Lock()


def pdf_page_images(data: bytes, width: int) -> list[QImage]:
    """The pages of a PDF as images ``width`` px wide; empty when it cannot be read.

    Safe to call off the GUI thread (``QImage`` is; ``QPixmap`` is not).
    """
    import pypdfium2

    images = []
    with _PDFIUM:
        try:
            pdf = pypdfium2.PdfDocument(data)
        except pypdfium2.PdfiumError:
            return []
        try:
            for page in pdf:
                scale = width / page.get_width()
                # RGB bytes straight from PDFium: no detour through Pillow (nor its memory in the kiosk)
                bitmap = page.render(scale=scale, rev_byteorder=True)
                pixels = bytes(bitmap.buffer)
                format_ = QImage.Format.Format_RGB888 if bitmap.n_channels == 3 else QImage.Format.Format_RGBA8888
                image = QImage(pixels, bitmap.width, bitmap.height, bitmap.stride, format_)
                images.append(image.convertToFormat(QImage.Format.Format_RGB888))
                bitmap.close()
                page.close()
        finally:
            pdf.close()
    return images


def page_images(file: FileDoc, width: int) -> list[QImage]:
    """The file as page images ``width`` px wide; empty when it cannot be shown."""
    data = base64.b64decode(file.data_base64)
    if file.media_type == "application/pdf" or file.filename.lower().endswith(".pdf"):
        return pdf_page_images(data, width)
    image = QImage.fromData(data)
    return [] if image.isNull() else [image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)]


class FileViewer(QDialog):
    """Pages of a form, kinetically scrollable, with a large close button. Idle reset closes it."""

    def __init__(self, parent: QWidget, file: FileDoc, title: str) -> None:
        super().__init__(parent, Qt.WindowType.FramelessWindowHint | Qt.WindowType.Dialog)
        self.setModal(True)
        top = parent.window()
        self.setGeometry(top.geometry().adjusted(40, 40, -40, -40))
        layout = QVBoxLayout(self)
        layout.addWidget(label(f"{title}:{file.filename}", "title"))
        scroll = KineticScrollArea(self)
        pages = QWidget()
        box = QVBoxLayout(pages)
        images = page_images(file, max(400, self.width() - 120))
        if not images:
            box.addWidget(label(self.tr("This file cannot be shown here. Please ask at the window.")))
        for image in images:
            view = QLabel()
            view.setPixmap(QPixmap.fromImage(image))
            box.addWidget(view)
        scroll.set_content(pages)
        layout.addWidget(scroll, 1)
        layout.addWidget(button(self.tr("Close"), self.accept, "primary"))


def show_file(parent: QWidget, file: FileDoc, title: str) -> None:
    FileViewer(parent, file, title).open()
