"""The floor plan on paper: the part of the hall's plan around the window to go to, for the printed
checklist (窗口导航, issue 14).

The picture is the plan the kiosk shows (``PlanView``: the window ringed in red with its number,
this kiosk as a blue 「您在这里」 when it is on the same floor), cut to the part that holds both with
a margin. It is made on the GUI thread when 打印清单 is tapped — the SVG renderer and text painting
belong there — as PNG bytes that the PDF, made on a pool thread, only embeds. None when the
window is not placed on a plan or the plan cannot be read: the paper then has no picture, and its
「办理窗口」 line still says where to go.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect

from kiosk.data.floor_plans import KIOSK, WINDOW, FloorPlans
from kiosk.widgets.plan_view import HERE, TARGET, Marker, PlanView, window_number

WIDTH = 1200  # px of the whole plan; the crop is part of it (about 300 dpi at the 80 mm it is printed)
MARGIN = 0.16  # around the markers, as a fraction of the plan
SMALLEST = 0.45  # the crop shows at least this fraction of the plan's width and height: the walls around


@dataclass(frozen=True)
class PlanPicture:
    png: bytes
    caption: str


def plan_picture(plans: FloorPlans, window_code: str, window_name: str, kiosk_id: str = "") -> PlanPicture | None:
    """The crop around window ``window_code`` (and this kiosk when on its floor); None when there is none."""
    target = plans.place_of(WINDOW, window_code)
    if target is None:
        return None
    image = plans.image(target.floor)
    if image is None:
        return None
    view = PlanView()
    if not view.set_plan(*image):
        return None
    here = plans.place_of(KIOSK, kiosk_id)
    here = here if here is not None and here.floor == target.floor else None
    markers = [Marker(target.x, target.y, window_number(window_name) or window_code, TARGET)]
    if here is not None:
        markers.insert(0, Marker(here.x, here.y, "您在这里", HERE))
    view.set_markers(markers)
    natural_w, natural_h = view.natural_size()
    view.resize(WIDTH, max(1, round(WIDTH * natural_h / natural_w)))
    whole = view.grab().toImage()
    view.deleteLater()
    crop = _crop(whole.width(), whole.height(), [(mk.x, mk.y) for mk in markers])
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    whole.copy(crop).save(buffer, "PNG")  # type: ignore[call-overload]
    floor = next((f.name for f in plans.floors() if f.code == target.floor), target.floor)
    caption = f"{floor}平面图（局部）：红圈为{window_number(window_name) or window_code}"
    caption += "，蓝点为本机位置" if here is not None else ""
    return PlanPicture(bytes(QByteArray(buffer.data()).data()), caption)


def _crop(width: int, height: int, points: list[tuple[float, float]]) -> QRect:
    """The rectangle around ``points`` (fractions) with a margin, at least ``SMALLEST`` of each side."""
    spans = []
    for axis in (0, 1):
        low = min(p[axis] for p in points) - MARGIN
        high = max(p[axis] for p in points) + MARGIN
        if high - low < SMALLEST:
            middle = (low + high) / 2
            low, high = middle - SMALLEST / 2, middle + SMALLEST / 2
        shift = max(0.0, -low) - max(0.0, high - 1)  # inside the plan
        spans.append((max(0.0, low + shift), min(1.0, high + shift)))
    (left, right), (top, bottom) = spans
    x, y = round(left * width), round(top * height)
    return QRect(x, y, round(right * width) - x, round(bottom * height) - y)
