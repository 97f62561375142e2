"""A large numeric PIN pad for touch (and for a keyboard on an office PC).

The digits typed so far are shown as dots, never as digits. Keys are at least a touch target big
(bigger than the minimum: a PIN is typed standing, often in a hurry). The pad keeps the digits only
until they are submitted: ``submitted`` hands them over and the pad forgets them at once.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.widgets.basics import Card, label
from kiosk.widgets.theme import Metrics

MIN_DIGITS = 4
MAX_DIGITS = 6
DOT = "●"


class PinKey(QPushButton):
    """A key whose size the pad decides (the style sheet gives it colours and font only)."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.key_size = QSize(112, 110)

    def sizeHint(self) -> QSize:
        return self.key_size

    def minimumSizeHint(self) -> QSize:
        return self.key_size


class PinPad(QWidget):
    """Dots, then 1–9, ⌫ 0 OK. Number keys, Backspace and Enter work from a keyboard too."""

    submitted = Signal(str)
    changed = Signal(int)  # how many digits are typed

    def __init__(self, metrics: Metrics, *, touch: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.touch = touch
        self.setObjectName("PinPad")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._digits = ""
        self.busy = False
        self.dots = label("", "big", wrap=False)
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dots.setObjectName("PinDots")
        self.keys: dict[str, PinKey] = {}
        grid = QGridLayout()
        self.grid = grid
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.field = Card()  # the dots sit in a box that reads as "the PIN goes here"
        self.field.add(self.dots)
        layout.addWidget(self.field)
        layout.setSpacing(metrics.px(18))
        layout.addLayout(grid)
        for i, digit in enumerate("123456789"):
            grid.addWidget(self._key(digit, "key"), i // 3, i % 3)
        grid.addWidget(self._key("⌫", "key"), 3, 0)
        grid.addWidget(self._key("0", "key"), 3, 1)
        grid.addWidget(self._key("OK", "key-ok"), 3, 2)
        self.set_metrics(metrics)
        self.retranslate()
        self._update()

    def _key(self, name: str, role: str) -> PinKey:
        key = PinKey(name)
        key.setProperty("role", role)
        key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # The kiosk hides the pointer; the office PC's mouse needs it.
        key.setCursor(Qt.CursorShape.BlankCursor if self.touch else Qt.CursorShape.ArrowCursor)
        key.clicked.connect(lambda: self.press(name))
        key.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        key.setAccessibleName(name)
        self.keys[name] = key
        return key

    def set_metrics(self, metrics: Metrics, *, roomy: bool = False) -> None:
        """Key sizes: well above the touch target, larger still where the screen is tall (``roomy``)."""
        side = round(metrics.target * 1.6) if roomy else max(metrics.target + metrics.px(10), 110)
        self.grid.setSpacing(metrics.px(14))
        for key in self.keys.values():
            key.key_size = QSize(round(side * 1.3), side)
            key.updateGeometry()
        self.field.setMinimumHeight(metrics.target)
        self.field.box.setContentsMargins(metrics.px(16), metrics.px(4), metrics.px(16), metrics.px(4))

    def retranslate(self) -> None:
        self.keys["OK"].setText(self.tr("OK"))
        self.keys["⌫"].setAccessibleName(self.tr("Delete"))
        self._update()

    # --- input -----------------------------------------------------------------------------

    def press(self, key: str) -> None:
        """A key of the pad: a digit, "⌫" or "OK"."""
        if self.busy:
            return
        if key == "⌫":
            self._digits = self._digits[:-1]
        elif key == "OK":
            if len(self._digits) >= MIN_DIGITS:
                pin, self._digits = self._digits, ""
                self._update()
                self.submitted.emit(pin)
                return
        elif key.isdigit() and len(key) == 1 and len(self._digits) < MAX_DIGITS:
            self._digits += key
        self._update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.press("OK")
        elif event.key() == Qt.Key.Key_Backspace:
            self.press("⌫")
        elif len(text) == 1 and text in "0123456789":
            self.press(text)
        else:
            super().keyPressEvent(event)

    def clear(self) -> None:
        self._digits = ""
        self._update()

    def set_busy(self, busy: bool) -> None:
        """While a PIN is being checked the keys do nothing (and look disabled)."""
        self.busy = busy
        self._update()

    @property
    def count(self) -> int:
        return len(self._digits)

    def _update(self) -> None:
        self.dots.setText(f" {DOT} " * len(self._digits) if self._digits else "")
        for name, key in self.keys.items():
            if name == "OK":
                key.setEnabled(not self.busy and len(self._digits) >= MIN_DIGITS)
            elif name == "⌫":
                key.setEnabled(not self.busy and bool(self._digits))
            else:
                key.setEnabled(not self.busy and len(self._digits) < MAX_DIGITS)
        self.changed.emit(len(self._digits))
