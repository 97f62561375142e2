"""A large number pad that shows what is typed (a 查询码, not a secret), grouped in fours."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.widgets.basics import Card, label
from kiosk.widgets.theme import Metrics


class _Key(QPushButton):
    def __init__(self, text: str, side: QSize) -> None:
        super().__init__(text)
        self.side = side

    def sizeHint(self) -> QSize:
        return self.side

    def minimumSizeHint(self) -> QSize:
        return self.side


class NumberPad(QWidget):
    """The typed digits above 1–9, 清除 0 ⌫; ``changed`` carries the digits after every key."""

    changed = Signal(str)

    def __init__(self, metrics: Metrics, max_digits: int = 10, *, compact: bool = False) -> None:
        """``compact``: keys exactly a touch target high (a landscape screen in elder mode has no more room)."""
        super().__init__()
        self.max_digits = max_digits
        self.digits = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(metrics.px(16))
        self.field = Card()
        self.shown = label("", "big", wrap=False)
        self.shown.setObjectName("TypedCode")
        self.shown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field.add(self.shown)
        self.field.setMinimumHeight(metrics.target + (metrics.px(8) if compact else metrics.px(24)))
        layout.addWidget(self.field)
        grid = QGridLayout()
        grid.setSpacing(metrics.px(8 if compact else 14))
        layout.addLayout(grid)
        high = metrics.target if compact else max(metrics.target + metrics.px(16), 112)
        side = QSize(round(high * 1.5), high)
        self.keys: dict[str, QPushButton] = {}
        # compact: four columns, three rows (1 2 3 ⌫ / 4 5 6 清除 / 7 8 9 0) — one row of height less
        names = [*"123⌫456", "clear", *"7890"] if compact else [*"123456789", "clear", "0", "⌫"]
        columns = 4 if compact else 3
        for i, name in enumerate(names):
            key = _Key(self.tr("Clear") if name == "clear" else name, side)
            key.setProperty("role", "key")
            key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            key.setCursor(Qt.CursorShape.BlankCursor)
            key.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            key.setAccessibleName(self.tr("Delete") if name == "⌫" else key.text())
            key.clicked.connect(lambda _=False, n=name: self.press(n))
            grid.addWidget(key, i // columns, i % columns)
            self.keys[name] = key
        self._update()

    def press(self, key: str) -> None:
        if key == "clear":
            self.digits = ""
        elif key == "⌫":
            self.digits = self.digits[:-1]
        elif key.isdigit() and len(self.digits) < self.max_digits:
            self.digits += key
        self._update()

    def clear(self) -> None:
        self.set_digits("")

    def set_digits(self, digits: str) -> None:
        self.digits = "".join(c for c in digits if c.isdigit())[: self.max_digits]
        self._update()

    def _update(self) -> None:
        groups = [self.digits[i : i + 4] for i in range(0, len(self.digits), 4)]
        placeholder = "_" * (self.max_digits - len(self.digits))
        self.shown.setText((" ".join(groups) + (" " if groups else "") + placeholder).strip())
        self.changed.emit(self.digits)
