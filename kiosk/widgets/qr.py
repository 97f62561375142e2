"""A QR code drawn crisply at any size from the ``qrcode`` library's module matrix."""

from __future__ import annotations

from functools import lru_cache

import qrcode
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget


def qr_matrix(text: str) -> list[list[bool]]:
    """The QR modules for ``text`` (UTF-8, quiet zone included).

    Error correction L keeps the code as small as possible: it is read from a clean screen or
    paper, and a long checklist at level M grew past 140 modules.
    """
    return [[bool(module) for module in row] for row in _qr_rows(text)]


@lru_cache(maxsize=32)
def _qr_rows(text: str) -> tuple[bytes, ...]:
    """Making a code tries all eight masks (about a second for a long checklist on a kiosk PC):
    a guide shown again, or a 情形 answered back, reuses it. Rows are kept as bytes (one per
    module): 32 codes of up to 150×150 modules stay under a megabyte."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_L, border=4)
    code.add_data(text.encode("utf-8"))
    code.make(fit=True)
    return tuple(bytes(bool(m) for m in row) for row in code.get_matrix())


def qr_pixmap(text: str, size: int) -> QPixmap:
    """A black-on-white QR code of ``text``, ``size`` px square, modules aligned to whole pixels."""
    matrix = qr_matrix(text)
    n = len(matrix)
    module = max(1, size // n)
    side = module * n
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    for y, line in enumerate(matrix):
        for x, dark in enumerate(line):
            if dark:
                painter.fillRect(QRect(x * module, y * module, module, module), QColor("#000000"))
    painter.end()
    return QPixmap.fromImage(image)


class QrView(QLabel):
    """Shows a QR code of a text; the code stays black on white in every theme (phones need it).

    A tap shows it full-window, large enough for any phone camera.
    """

    def __init__(self, text: str, size: int) -> None:
        super().__init__()
        self.size_ = size
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet("QLabel { background: #FFFFFF; padding: 8px; }")
        self.set_payload(text)

    def set_payload(self, text: str) -> None:
        self.payload = text
        self.setPixmap(qr_pixmap(text, self.size_))

    def mouseReleaseEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().mouseReleaseEvent(event)
        if self.rect().contains(event.position().toPoint()):
            LargeQr(self, self.payload).open()


class LargeQr(QDialog):
    """The QR code filling the window; any tap closes it."""

    def __init__(self, parent: QWidget, text: str) -> None:
        super().__init__(parent, Qt.WindowType.FramelessWindowHint | Qt.WindowType.Dialog)
        self.setModal(True)
        self.setGeometry(parent.window().geometry())
        side = min(self.width(), self.height()) - 80
        view = QLabel()
        view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        view.setPixmap(qr_pixmap(text, side))
        self.setStyleSheet("QDialog, QLabel { background: #FFFFFF; }")
        layout = QVBoxLayout(self)
        layout.addWidget(view)

    def mouseReleaseEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.accept()
