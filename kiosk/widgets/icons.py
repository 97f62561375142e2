"""Monochrome SVG icons from ``assets/icons``, recoloured to the theme at any size."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

ICON_DIRS = (
    Path(__file__).resolve().parent.parent / "assets" / "icons",  # installed inside the package
    Path(__file__).resolve().parent.parent.parent / "assets" / "icons",  # source checkout
)


def icon_path(name: str) -> Path | None:
    for folder in ICON_DIRS:
        path = folder / f"{name}.svg"
        if path.is_file():
            return path
    return None


@cache
def _renderer(name: str) -> QSvgRenderer | None:
    path = icon_path(name)
    if path is None:
        return None
    renderer = QSvgRenderer(str(path))
    return renderer if renderer.isValid() else None


def pixmap(name: str, size: int, colour: str) -> QPixmap:
    """The icon ``name`` at ``size`` px in ``colour``; an empty pixmap when there is no such icon."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    renderer = _renderer(name)
    if renderer is not None:
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        painter.fillRect(image.rect(), QColor(colour))
        painter.end()
    return QPixmap.fromImage(image)


def icon(name: str, size: int, colour: str) -> QIcon:
    return QIcon(pixmap(name, size, colour))
