"""A QR code drawn crisply at any size from the ``qrcode`` library's module matrix.

Making the matrix of a long checklist tries all eight masks in pure Python (about a second on a
kiosk PC): a guide can ask for it to be made on a pool thread (``QrView(..., later=True)``),
showing white paper until it is ready, and matrices are remembered for codes shown again.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from kiosk.services.qr_codes import Matrix, is_made, qr_matrix
from kiosk.widgets.after_paint import after_paint

_GREY = bytes.maketrans(b"\x00\x01", b"\xff\x00")


def _qr_rows(text: str) -> Matrix:
    """The screen's codes are level L: as small as possible, read from a clean screen (a long
    checklist at level M grew past 140 modules)."""
    return qr_matrix(text, "L")


def _known(text: str) -> bool:
    return is_made(text, "L")


def qr_image(text: str, size: int) -> QImage:
    """A black-on-white QR code of ``text``, ``size`` px square at most, modules on whole pixels.

    One grey pixel per module, scaled up without smoothing: crisp edges, and a few calls into Qt
    instead of one per module. A ``QImage``, so it may be made on any thread.
    """
    rows = _qr_rows(text)
    n = len(rows)
    module = max(1, size // n)
    pixels = b"".join(rows).translate(_GREY)  # True (dark) → 0, False → 255
    small = QImage(pixels, n, n, n, QImage.Format.Format_Grayscale8)
    scaled = small.scaled(n * module, n * module, Qt.AspectRatioMode.IgnoreAspectRatio,
                          Qt.TransformationMode.FastTransformation)  # fmt: skip
    return scaled.convertToFormat(QImage.Format.Format_RGB32)


def qr_pixmap(text: str, size: int) -> QPixmap:
    """A black-on-white QR code of ``text``, ``size`` px square, modules aligned to whole pixels."""
    return QPixmap.fromImage(qr_image(text, size))


class QrView(QLabel):
    """Shows a QR code of a text; the code stays black on white in every theme (phones need it).

    A tap shows it full-window, large enough for any phone camera. With ``later`` a code not made
    before is made on a pool thread, after the screen has painted, and blank paper stands in.
    """

    def __init__(self, text: str, size: int, *, later: bool = False) -> None:
        super().__init__()
        self.size_ = size
        self.later = later
        self._making: QObject | None = None
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet("QLabel { background: #FFFFFF; padding: 8px; }")
        self.set_payload(text)

    def set_payload(self, text: str) -> None:
        self.payload = text
        if not self.later or _known(text):
            self.setMinimumSize(0, 0)
            self.setPixmap(qr_pixmap(text, self.size_))
            return
        self.setMinimumSize(self.size_, self.size_)  # the paper's place, so nothing moves when it comes
        self.clear()
        after_paint(self, lambda: self._make(text))  # the code's thread would slow the first frame

    @property
    def ready(self) -> bool:
        """Whether the code on screen is the one of ``payload``."""
        return self._making is None and self.pixmap() is not None and not self.pixmap().isNull()

    def _make(self, text: str) -> None:
        from kiosk.services.background import BackgroundCall

        if text != self.payload or self._making is not None:
            return
        call = BackgroundCall(lambda: (text, qr_image(text, self.size_)))
        call.finished.connect(self._made)
        self._making = call
        call.start()

    def _made(self, made: object) -> None:
        self._making = None
        text, image = made if isinstance(made, tuple) else ("", None)
        if text == self.payload and isinstance(image, QImage):
            self.setMinimumSize(0, 0)  # the paper's place is the code's now
            self.setPixmap(QPixmap.fromImage(image))
        else:  # answered again meanwhile: show the newest
            self.set_payload(self.payload)

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
