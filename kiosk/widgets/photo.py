"""A staff photo (工作人员照片) from an inline file, or a neutral placeholder when there is none.

Photos arrive as base64 ``FileDoc``s of any size and shape; they are cropped to the frame's
proportions around the centre (faces are usually there) so every card in a roster lines up.
A missing or unreadable photo gets the "staff" icon on a plain panel, never a broken image.
"""

from __future__ import annotations

import base64
import binascii

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QLabel

from kiosk.data.schema import FileDoc
from kiosk.widgets import icons
from kiosk.widgets.theme import Palette


def decode_image(file: FileDoc | None) -> QPixmap | None:
    """The picture in ``file``, or None when there is none or it is not an image Qt can read."""
    if file is None or not file.media_type.startswith("image/"):
        return None
    try:
        data = base64.b64decode(file.data_base64, validate=False)
    except (binascii.Error, ValueError):
        return None
    picture = QPixmap()
    if not picture.loadFromData(data) or picture.isNull():
        return None
    return picture


def cropped(picture: QPixmap, size: QSize) -> QPixmap:
    """``picture`` scaled to cover ``size`` and cut to it around the centre."""
    scaled = picture.scaled(
        size, Qt.AspectRatioMode.KeepAspectRatioByExpanding, Qt.TransformationMode.SmoothTransformation
    )
    x = (scaled.width() - size.width()) // 2
    y = (scaled.height() - size.height()) // 2
    return scaled.copy(x, y, size.width(), size.height())


def placeholder(size: QSize, palette: Palette) -> QPixmap:
    """A plain panel with the staff icon: says "no photo" without looking broken."""
    result = QPixmap(size)
    result.fill(QColor(palette.window))
    side = min(size.width(), size.height()) * 2 // 3
    icon = icons.pixmap("staff", side, palette.muted_text)
    painter = QPainter(result)
    painter.drawPixmap((size.width() - side) // 2, (size.height() - side) // 2, icon)
    painter.end()
    return result


def framed(picture: QPixmap, palette: Palette, radius: int) -> QPixmap:
    """``picture`` with rounded corners and a thin border in the theme's colours."""
    result = QPixmap(picture.size())
    result.fill(Qt.GlobalColor.transparent)
    painter = QPainter(result)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    rect = QRectF(1, 1, picture.width() - 2, picture.height() - 2)
    path = QPainterPath()
    path.addRoundedRect(rect, radius, radius)
    painter.setClipPath(path)
    painter.drawPixmap(0, 0, picture)
    painter.setClipping(False)
    painter.setPen(QPen(QColor(palette.border), 2))
    painter.drawPath(path)
    painter.end()
    return result


class PhotoLabel(QLabel):
    """A fixed-size staff photo; ``has_photo`` tells whether a real picture is shown."""

    def __init__(self, file: FileDoc | None, size: QSize, palette: Palette, radius: int = 12) -> None:
        super().__init__()
        picture = decode_image(file)
        self.has_photo = picture is not None
        shown = cropped(picture, size) if picture is not None else placeholder(size, palette)
        self.setPixmap(framed(shown, palette, radius))
        self.setFixedSize(size)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
