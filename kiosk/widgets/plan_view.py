"""A floor plan image (PNG or SVG) with markers: the window to go to, "you are here", and in the
editor every placed window. Positions are fractions of the image; ``tapped`` gives them back."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QMouseEvent, QPainter, QPainterPath, QPen
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

TARGET, HERE, OTHER = "target", "here", "other"


def window_number(name: str) -> str:
    """``3号窗口 民政救助·养老`` → ``3号窗口``: what the resident looks for above the counter."""
    return name.split()[0] if name.strip() else name


@dataclass(frozen=True)
class Marker:
    x: float
    y: float
    text: str
    kind: str = OTHER


class PlanView(QWidget):
    """Paints the plan fitted into the widget (aspect kept) and the markers over it."""

    tapped = Signal(float, float)

    def __init__(self, accent: str = "#8E1B1F", here: str = "#0B5CAD") -> None:
        super().__init__()
        self.setObjectName("PlanView")
        self.accent, self.here = QColor(accent), QColor(here)
        self.svg: QSvgRenderer | None = None
        self.image: QImage | None = None
        self.markers: list[Marker] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 240)

    def set_plan(self, media_type: str, data: bytes) -> bool:
        """Show this image; False when it cannot be read (the view then says so)."""
        self.svg, self.image = None, None
        if media_type == "image/svg+xml":
            renderer = QSvgRenderer(QByteArray(data))
            self.svg = renderer if renderer.isValid() else None
        else:
            image = QImage.fromData(data)
            self.image = None if image.isNull() else image
        self.update()
        return self.svg is not None or self.image is not None

    def set_markers(self, markers: list[Marker]) -> None:
        self.markers = markers
        self.update()

    def natural_size(self) -> tuple[float, float]:
        if self.svg is not None:
            size = self.svg.defaultSize()
            return float(size.width()), float(size.height())
        if self.image is not None:
            return float(self.image.width()), float(self.image.height())
        return 4.0, 3.0

    def plan_rect(self) -> QRectF:
        """Where the image is drawn: as large as fits, centred."""
        w, h = self.natural_size()
        scale = min(self.width() / w, self.height() / h)
        return QRectF((self.width() - w * scale) / 2, 0, w * scale, h * scale)  # top: the legend sits below

    def paintEvent(self, _event) -> None:  # type: ignore[no-untyped-def]
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.plan_rect()
        if self.svg is not None:
            self.svg.render(painter, rect)
        elif self.image is not None:
            painter.drawImage(rect, self.image)
        here = next((mk for mk in self.markers if mk.kind == HERE), None)
        target = next((mk for mk in self.markers if mk.kind == TARGET), None)
        if here is not None and target is not None:  # the way from here to the window
            pen = QPen(self.accent, max(4.0, rect.width() / 250), Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(self._at(rect, here), self._at(rect, target))
        for marker in sorted(self.markers, key=lambda mk: (mk.kind != OTHER, mk.kind == TARGET)):
            self._marker(painter, rect, marker)
        painter.end()

    def _at(self, rect: QRectF, marker: Marker) -> QPointF:
        return QPointF(rect.left() + marker.x * rect.width(), rect.top() + marker.y * rect.height())

    def _marker(self, painter: QPainter, rect: QRectF, marker: Marker) -> None:
        point = self._at(rect, marker)
        unit = max(10.0, rect.width() / 70)
        colour = {TARGET: self.accent, HERE: self.here}.get(marker.kind, QColor("#5A5148"))
        radius = unit * (1.6 if marker.kind == TARGET else 1.1 if marker.kind == HERE else 0.7)
        if marker.kind == TARGET:  # a wide ring draws the eye
            painter.setPen(QPen(colour, unit * 0.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(point, radius * 1.9, radius * 1.9)
        painter.setPen(QPen(QColor("#FFFFFF"), unit * 0.25))
        painter.setBrush(colour)
        painter.drawEllipse(point, radius, radius)
        if not marker.text:
            return
        font = QFont(self.font())
        font.setPixelSize(int(unit * (2.0 if marker.kind != OTHER else 1.3)))
        font.setBold(marker.kind != OTHER)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        width = metrics.horizontalAdvance(marker.text) + unit
        height = metrics.height() + unit * 0.4
        top = (
            point.y() - radius * 2.2 - height
            if point.y() - radius * 2.2 - height > rect.top()
            else point.y() + radius * 2.2
        )
        left = min(max(rect.left(), point.x() - width / 2), rect.right() - width)
        box = QRectF(left, top, width, height)
        path = QPainterPath()
        path.addRoundedRect(box, unit * 0.4, unit * 0.4)
        painter.fillPath(path, colour)
        painter.setPen(QColor("#FFFFFF"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, marker.text)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        rect = self.plan_rect()
        pos = event.position()
        if rect.contains(pos):
            self.tapped.emit((pos.x() - rect.left()) / rect.width(), (pos.y() - rect.top()) / rect.height())
        super().mousePressEvent(event)
