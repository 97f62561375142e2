"""办件进度 (progress of a notice): the resident types the 查询码 printed on a missing-materials
notice and sees its status, the dates and what is still missing — nothing that names the applicant.

Where the kiosk has a camera, 「扫描告知单二维码」 reads the code from the notice's QR code instead
(``widgets.camera_scan``: on only while scanning). Wrong codes are rate-limited (``LookupLimiter``),
typed or scanned alike.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.screens.base import Look, Screen
from kiosk.services.notice_progress import CODE_DIGITS, STATUSES, LookupLimiter, NoticeProgress
from kiosk.widgets.basics import Card, button, clear_layout, label
from kiosk.widgets.camera_scan import CameraScan
from kiosk.widgets.number_pad import NumberPad
from kiosk.widgets.scroll import KineticScrollArea


class ProgressScreen(Screen):
    """Number pad beside (landscape) or above (portrait) the answer."""

    name = "progress"

    def __init__(
        self,
        look: Look,
        lookup: Callable[[str], NoticeProgress | None],
        limiter: LookupLimiter | None = None,
        camera: Callable[[], CameraScan] | None = None,
        window_of: Callable[[str], tuple[str, bool]] | None = None,
    ) -> None:
        """``camera`` makes the camera view; None where the kiosk has no camera (no scan button then).
        ``window_of(name)``: the window's name and whether it is on the floor plan (then 「在地图上看」)."""
        super().__init__(look)
        self.lookup = lookup
        self.limiter = limiter or LookupLimiter()
        self.camera = camera
        self.window_of = window_of
        self.scan: CameraScan | None = None  # while the camera is on
        self.found: NoticeProgress | None = None
        self.message = ""
        self.outer = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.left = QWidget()
        self.left_box = QVBoxLayout(self.left)
        self.area = KineticScrollArea(self)
        self.outer.addWidget(self.left, 0)
        self.outer.addWidget(self.area, 1)
        self.pad: NumberPad | None = None
        self.find_button: QPushButton | None = None

    def title(self) -> str:
        return self.tr("Progress of my application")

    def reset(self) -> None:
        super().reset()
        self.found = None
        self.message = ""
        self.stop_scanning()
        if self.pad is not None:
            self.pad.clear()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        wide = self._wide()
        if wide != (self.outer.direction() == QBoxLayout.Direction.LeftToRight):
            self.refresh()  # the heading moves between the columns

    def _wide(self) -> bool:
        window = self.window()
        return (window.width() if window is not None else self.width()) >= 1400

    def refresh(self) -> None:
        m = self.look.metrics
        typed = self.pad.digits if self.pad is not None else ""
        clear_layout(self.left_box)
        self.outer.setDirection(QBoxLayout.Direction.LeftToRight if self._wide() else QBoxLayout.Direction.TopToBottom)
        self.outer.setContentsMargins(m.margin, m.margin, m.margin, m.margin)
        self.outer.setSpacing(m.margin)
        self.left_box.setContentsMargins(0, 0, 0, 0)
        self.left_box.setSpacing(m.px(8 if self._wide() else 14))
        wide = self._wide()
        if not wide:  # landscape: the title stands above the answer, leaving the column to the pad
            for widget in self._heading():
                self.left_box.addWidget(widget)
        self.pad = NumberPad(m, CODE_DIGITS, compact=wide and m.scale > 1)  # elder landscape: no room for more
        self.pad.set_digits(typed)  # a language or look change keeps what was typed
        self.left_box.addWidget(self.pad, 0, Qt.AlignmentFlag.AlignHCenter)
        find = self.find_button = button(self.tr("Look up"), self.look_up, "primary")
        find.setObjectName("ProgressLookUp")
        self.pad.changed.connect(lambda digits: find.setEnabled(len(digits) == CODE_DIGITS))
        find.setEnabled(len(typed) == CODE_DIGITS)
        self.left_box.addWidget(find)
        if self.camera is not None:
            scan = button(self.tr("Scan the QR code of my notice"), self.start_scanning)
            scan.setObjectName("ProgressScan")
            self.left_box.addWidget(scan)
        self.left_box.addStretch(1)
        self._show_answer()

    # --- the camera (only where there is one) ---------------------------------------------------

    def start_scanning(self) -> None:
        assert self.camera is not None
        self.found, self.message = None, ""
        self.scan = self.camera()
        self.scan.found.connect(self._scanned)
        self.scan.timed_out.connect(self._not_scanned)
        self.scan.other_code.connect(self._other_code)
        self._show_answer()
        self.scan.start()

    def stop_scanning(self) -> None:
        if self.scan is not None:
            self.scan.stop()
            self.scan = None

    def _scanned(self, code: str) -> None:
        self.stop_scanning()
        assert self.pad is not None
        self.pad.set_digits(code)
        self.look_up()

    def _other_code(self) -> None:
        """A QR code without a 查询码 is in front of the camera: say which one to show."""
        hint = self.findChild(QLabel, "ProgressScanHint")
        if hint is not None:
            text = "That is not the code to show. Hold the QR code marked 扫码保存补正清单 to the camera."
            hint.setText(self.tr(text))

    def _not_scanned(self) -> None:
        self.stop_scanning()
        self.message = self.tr("No code could be read. Please type the code, or ask at the window.")
        self._show_answer()

    def _heading(self) -> list[QWidget]:
        return [
            label(self.tr("Progress of my application"), "title"),
            label(self.tr("Type the 10-digit progress code printed under the serial of your notice."), "body"),
        ]

    def look_up(self) -> None:
        assert self.pad is not None
        self.found = None
        if not self.limiter.wait_seconds():
            self.found = self.lookup(self.pad.digits)
            if self.found is None:
                self.limiter.missed()
                self.message = self.tr("No notice has this code. Please check the code on your notice.")
            else:
                self.limiter.found()
                self.message = ""
        if wait := self.limiter.wait_seconds():
            self.message = self.tr("Too many wrong codes. Please wait %1 seconds, or ask at the window.").replace(
                "%1", str(wait)
            )
        self._show_answer()

    def _cancel_scan(self) -> None:
        self.stop_scanning()
        self._show_answer()

    def _show_answer(self) -> None:
        m = self.look.metrics
        page = QWidget()
        page.setProperty("role", "page")
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(m.px(16))
        if self._wide():
            for widget in self._heading():
                box.addWidget(widget)
        found = self.found
        if self.scan is not None:
            hint = label(
                self.tr("Hold the QR code marked 扫码保存补正清单 (top right of your notice) in front of the camera."),
                "heading",
            )
            hint.setObjectName("ProgressScanHint")
            box.addWidget(hint)
            box.addWidget(self.scan, 1)
            cancel = button(self.tr("Cancel"), self._cancel_scan)
            cancel.setObjectName("ProgressScanCancel")
            box.addWidget(cancel)
            self.area.set_content(page)
            return
        if found is None:
            card = Card()
            text = self.message or self.tr(
                "Your notice's progress appears here: the status, the dates and what is still missing."
            )
            answer = label(text, "heading" if self.message else "muted")
            answer.setObjectName("ProgressAnswer")
            card.add(answer)
            box.addWidget(card)
            box.addStretch(1)
            self.area.set_content(page)
            return
        card = Card()
        card.add(label(found.matter_name, "heading"))
        card.add(label(self.tr("Notice %1").replace("%1", found.serial), "muted"))
        status = label(self.tr("Status: %1").replace("%1", found.status), "big")
        status.setObjectName("ProgressAnswer")
        card.add(status)
        box.addWidget(card)
        steps = Card()
        steps.add(label(self.tr("Steps"), "heading"))
        reached = STATUSES.index(found.status) if found.status in STATUSES else 0
        # a step taken back by staff (已补齐 → 待补正) is not shown as reached
        done = {s.status: s.at for s in found.steps if s.status in STATUSES[: reached + 1]}
        for name in STATUSES:
            at = done.get(name)
            mark = "●" if at else "○"
            when = f"{at.year}-{at.month:02d}-{at.day:02d}" if at else self.tr("not yet")
            steps.add(label(f"{mark} {name}    {when}", "body" if at else "muted"))
        box.addWidget(steps)
        missing = Card()
        if found.missing:
            missing.add(label(self.tr("Still missing (%1)").replace("%1", str(len(found.missing))), "heading"))
            for number, name in enumerate(found.missing, 1):
                missing.add(label(f"{number}. {name}", "body"))
            if found.correction_deadline:
                missing.add(label(found.correction_deadline, "muted"))
        else:
            missing.add(label(self.tr("Nothing is missing."), "heading"))
        if found.window_name:
            missing.add(label(self.tr("Window: %1").replace("%1", found.window_name), "body"))
            if self.window_of is not None and self.window_of(found.window_name)[1]:
                window = found.window_name
                show = button(
                    QCoreApplication.translate("GuideScreen", "Show on map"),
                    lambda: self.navigate("floorplan", window=window),
                    "primary",
                )
                show.setObjectName("ShowOnMap")
                missing.add(show)
        box.addWidget(missing)
        box.addStretch(1)
        self.area.set_content(page)
