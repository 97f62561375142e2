"""Pieces of the staff's missing-materials notice page: a row of choices and one material's tick.

Staff go through the applicant's papers one material at a time: received, or missing and why
(缺失 / 不符合法定形式 / 需原件 / 已过期, or their own words). The reasons are printed on the
notice exactly as chosen, so they are shown in Chinese whatever the screen's language.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kiosk.data.schema import MaterialDoc
from kiosk.screens.guide_sections import Texts
from kiosk.services.notices import DEFAULT_REASON, REASONS
from kiosk.widgets.basics import Card, button, label
from kiosk.widgets.flow import FlowLayout
from kiosk.widgets.theme import Metrics, Palette
from kiosk.widgets.tick_button import tick_button

OTHER = "other"


class ChoiceRow(QWidget):
    """Exclusive choices as big buttons that wrap onto more lines; ``chosen(key)`` on a tap."""

    chosen = Signal(str)

    def __init__(self, choices: Sequence[tuple[str, str]], current: str | None, name: str, spacing: int = 16) -> None:
        super().__init__()
        self.flow = FlowLayout(self, spacing)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        for key, text in choices:
            b = button(text, partial(self.chosen.emit, key))
            b.setCheckable(True)
            b.setChecked(key == current)
            b.setObjectName(f"{name}:{key}")
            self.group.addButton(b)
            self.flow.addWidget(b)
            self.buttons[key] = b

    def current(self) -> str | None:
        return next((k for k, b in self.buttons.items() if b.isChecked()), None)


class TickRow(QWidget):
    """Choices of which any may be ticked (a 情形 question allowing several answers); ``toggled(key)``."""

    toggled = Signal(str)

    def __init__(self, choices: Sequence[str], name: str, palette: Palette, metrics: Metrics) -> None:
        super().__init__()
        self.flow = FlowLayout(self, 16)
        self.buttons: dict[str, QPushButton] = {}
        for key in choices:
            b = tick_button(key, partial(self.toggled.emit, key), palette, metrics)
            b.setObjectName(f"{name}:{key}")
            self.flow.addWidget(b)
            self.buttons[key] = b

    def ticked(self) -> list[str]:
        return [k for k, b in self.buttons.items() if b.isChecked()]


class MaterialTick(Card):
    """One material the applicant needs: received, or missing with the reason the notice prints."""

    changed = Signal()

    def __init__(
        self,
        number: int,
        material: MaterialDoc,
        metrics: Metrics,
        *,
        received: bool = False,
        reason: str = DEFAULT_REASON,
    ) -> None:
        super().__init__(spacing=metrics.px(10))
        self.number = number
        self.material = material
        texts = Texts(self)
        self.add(label(f"{number}. {material.name}", "heading"))
        details = f"{texts.necessity(material.necessity)} · {material.original_or_copy} {texts.copies(material.copies)}"
        self.add(label(details, "muted"))
        self.state = ChoiceRow(
            [("received", self.tr("Received")), ("missing", self.tr("To supply"))],
            "received" if received else "missing",
            f"material:{number}",
        )
        self.state.chosen.connect(self._state_chosen)
        self.add(self.state)
        self.reason_box = QWidget()
        column = QVBoxLayout(self.reason_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(metrics.px(10))
        column.addWidget(label(self.tr("Why it has to be supplied:"), "body"))
        preset = reason if reason in REASONS else OTHER
        self.reasons = ChoiceRow([*((r, r) for r in REASONS), (OTHER, self.tr("Other…"))], preset, f"reason:{number}")
        self.reasons.chosen.connect(self._reason_chosen)
        column.addWidget(self.reasons)
        self.other = QLineEdit("" if reason in REASONS else reason)
        self.other.setObjectName(f"other:{number}")
        self.other.setPlaceholderText(self.tr("Say what is wrong, e.g. the seal is missing"))
        self.other.setMaxLength(60)
        self.other.textChanged.connect(lambda _text: self.changed.emit())
        column.addWidget(self.other)
        self.add(self.reason_box)
        self._update()

    @property
    def received(self) -> bool:
        return self.state.current() == "received"

    def reason(self) -> str:
        """The reason as printed; empty when "other" was chosen and nothing typed yet."""
        chosen = self.reasons.current() or DEFAULT_REASON
        return self.other.text().strip() if chosen == OTHER else chosen

    def _state_chosen(self, _key: str) -> None:
        self._update()
        self.changed.emit()

    def _reason_chosen(self, key: str) -> None:
        self._update()
        if key == OTHER:
            self.other.setFocus()
        self.changed.emit()

    def _update(self) -> None:
        self.reason_box.setVisible(not self.received)
        self.other.setVisible(self.reasons.current() == OTHER)
