"""单台设备设置: the part of the settings page where one kiosk of the hall gets its own orientation,
printer and idle time (and a name the console shows).

The page above it sets the hall-wide values; here the admin picks a kiosk — from the kiosks the
database knows (``FleetSettings.known_kiosks``), or by typing the id a kiosk shows — and for each
of the three settings chooses "the hall's setting" or a value of its own. Saving writes the
overrides with an audit row; the kiosk applies them within half a minute (at once when it is the
kiosk this console runs on). Views lay out; the values are checked by ``kiosk_settings``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kiosk.data.fleet import NAME, FleetSettings, KnownKiosk
from kiosk.errors import UserError
from kiosk.services import kiosk_settings as ks
from kiosk.services.printing import PrinterChoice
from kiosk.widgets.basics import set_role
from kiosk.widgets.form_fields import form_button

HALL = "hall"  # the chip that means "no override: the hall's setting"
CHIP_FONT_PX = 24  # admin_style's chip font size
CHIP_PADDING = 2 * 18 + 2 * 4 + 8  # padding, the chosen chip's border, and a little air


def _chip(text: str, group: QButtonGroup) -> QPushButton:
    chip = form_button("", None, "chip")
    chip.setCheckable(True)
    group.addButton(chip)
    _set_chip_text(chip, text)
    return chip


def _set_chip_text(chip: QPushButton, text: str) -> None:
    """Set the text and make room for it in bold: a chosen chip is drawn bold with a thicker border,
    and Qt does not measure a button again when only its checked state changes."""
    chip.setText(text)
    font = QFont(chip.font())
    font.setPixelSize(CHIP_FONT_PX)
    font.setBold(True)
    chip.setMinimumWidth(QFontMetrics(font).horizontalAdvance(text) + CHIP_PADDING)


def _row(*widgets: QWidget) -> QWidget:
    holder = QWidget()
    line = QHBoxLayout(holder)
    line.setContentsMargins(0, 0, 0, 0)
    line.setSpacing(12)
    for widget in widgets:
        line.addWidget(widget)
    line.addStretch(1)
    return holder


class KioskOverridesPanel(QWidget):
    """Choose a kiosk, then its own settings; ``on_saved(kiosk_id)`` after each save that changed something."""

    def __init__(
        self,
        fleet: FleetSettings,
        actor: str,
        hall_values: Callable[[], ks.KioskSettings],
        *,
        this_kiosk: str = "",
        on_saved: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("KioskOverrides")
        self.fleet = fleet
        self.actor = actor
        self.hall_values = hall_values
        self.this_kiosk = this_kiosk
        self.on_saved = on_saved
        self.kiosk_id = ""
        self.kiosks: list[KnownKiosk] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 24, 0, 0)
        column.setSpacing(4)
        title = QLabel(self.tr("Per-kiosk settings"))
        title.setProperty("role", "form-heading")
        intro = QLabel(
            self.tr(
                "A kiosk sharing this database can use its own orientation, printer and idle time; everything "
                "else is the hall's. A kiosk is listed once it has been online; or type the kiosk id it shows "
                "(kiosk outbox prints it). The kiosk applies a change within half a minute."
            )
        )
        intro.setProperty("role", "muted")
        intro.setWordWrap(True)
        column.addWidget(title)
        column.addWidget(intro)
        self.kiosk_box = QVBoxLayout()
        self.kiosk_group = QButtonGroup(self)
        self.kiosk_group.buttonClicked.connect(lambda radio: self.choose(str(radio.property("kiosk_id"))))
        column.addLayout(self.kiosk_box)
        self.typed = QLineEdit()
        self.typed.setPlaceholderText(self.tr("Kiosk id"))
        self.typed.setMaximumWidth(520)
        self.typed.returnPressed.connect(self.choose_typed)
        column.addWidget(_row(self.typed, form_button(self.tr("Choose"), self.choose_typed)))

        self.editor = QWidget()
        form = QVBoxLayout(self.editor)
        form.setContentsMargins(0, 12, 0, 0)
        form.setSpacing(4)
        self.editing = QLabel()
        self.editing.setProperty("role", "form-heading")
        self.editing.setWordWrap(True)
        form.addWidget(self.editing)
        self.name = QLineEdit()
        self.name.setMaxLength(40)
        self.name.setMaximumWidth(720)
        self.name.setPlaceholderText(self.tr("Name shown here, e.g. the station's name"))
        form.addWidget(self._heading(self.tr("Name")))
        form.addWidget(self.name)

        form.addWidget(self._heading(self.tr("Orientation")))
        self.orientation_group = QButtonGroup(self)
        self.orientations = {HALL: _chip("", self.orientation_group)}
        for value, text in (
            ("auto", self.tr("Automatic")),
            ("landscape", self.tr("Landscape")),
            ("portrait", self.tr("Portrait")),
        ):
            self.orientations[value] = _chip(text, self.orientation_group)
        form.addWidget(_row(*self.orientations.values()))

        form.addWidget(self._heading(self.tr("Idle time")))
        self.idle_group = QButtonGroup(self)
        self.idle_hall = _chip("", self.idle_group)
        self.idle_own = _chip(self.tr("This kiosk:"), self.idle_group)
        self.idle = QSpinBox()
        self.idle.setRange(*ks.IDLE_RANGE)
        self.idle.setSuffix(self.tr(" seconds"))
        self.idle.setMinimumWidth(260)
        self.idle.valueChanged.connect(lambda _value: self.idle_own.setChecked(True))
        form.addWidget(_row(self.idle_hall, self.idle_own))
        form.addWidget(_row(self.idle))

        form.addWidget(self._heading(self.tr("Printer")))
        self.printer_group = QButtonGroup(self)
        self.printer_hall = _chip("", self.printer_group)
        self.printer_own = _chip(self.tr("This kiosk:"), self.printer_group)
        self.printer = QLineEdit()
        self.printer.setPlaceholderText(self.tr("cups:NAME, folder:/path or a CUPS queue name"))
        self.printer.textEdited.connect(lambda _text: self.printer_own.setChecked(True))
        form.addWidget(_row(self.printer_hall, self.printer_own))
        form.addWidget(self.printer)
        self.error = QLabel()
        self.error.setProperty("role", "field-error")
        self.error.setWordWrap(True)
        self.error.hide()
        form.addWidget(self.error)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.save_button = form_button(self.tr("Save for this kiosk"), self.save, "primary")
        form.addWidget(_row(self.save_button, self.message))
        column.addWidget(self.editor)
        self.editor.hide()
        self.refresh()

    def _heading(self, text: str) -> QLabel:
        heading = QLabel(text)
        heading.setProperty("role", "muted")
        return heading

    # --- the kiosks ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """List the kiosks the database knows (this one first), keeping the chosen one chosen."""
        try:
            kiosks = self.fleet.known_kiosks()
        except Exception:
            kiosks = []
        if self.this_kiosk and all(k.kiosk_id != self.this_kiosk for k in kiosks):
            kiosks.insert(0, KnownKiosk(self.this_kiosk))
        kiosks.sort(key=lambda k: k.kiosk_id != self.this_kiosk)  # stable: this kiosk first, then newest
        self.kiosks = kiosks
        for radio in self.kiosk_group.buttons():
            self.kiosk_group.removeButton(radio)
            radio.deleteLater()
        for kiosk in kiosks:
            radio = QRadioButton(self.kiosk_text(kiosk))
            radio.setProperty("kiosk_id", kiosk.kiosk_id)
            radio.setChecked(kiosk.kiosk_id == self.kiosk_id)
            self.kiosk_group.addButton(radio)
            self.kiosk_box.addWidget(radio)
        if not kiosks:
            empty = QRadioButton(self.tr("No kiosk has been online on this database yet."))
            empty.setEnabled(False)
            self.kiosk_group.addButton(empty)
            self.kiosk_box.addWidget(empty)

    def kiosk_text(self, kiosk: KnownKiosk) -> str:
        """Two short lines (a radio button does not wrap): who it is, then when it was seen."""
        first = [kiosk.name or self.tr("Kiosk %1").replace("%1", kiosk.short_id)]
        if kiosk.name:
            first.append(kiosk.short_id)
        if kiosk.kiosk_id == self.this_kiosk:
            first.append(self.tr("this kiosk"))
        second = []
        if kiosk.last_seen is not None:
            second.append(self.tr("last seen %1").replace("%1", kiosk.last_seen.strftime("%Y-%m-%d %H:%M")))
        own = [k for k in ("orientation", "printer", "idle_seconds") if k in kiosk.overrides]
        if own:
            second.append(self.tr("own settings: %1").replace("%1", str(len(own))))
        return " · ".join(first) + ("\n" + " · ".join(second) if second else "")

    def choose_typed(self) -> None:
        typed = self.typed.text().strip()
        if not typed:
            return
        match = [k.kiosk_id for k in self.kiosks if k.kiosk_id.startswith(typed)]
        self.choose(match[0] if len(match) == 1 else typed)

    def choose(self, kiosk_id: str) -> None:
        """Show the overrides of ``kiosk_id`` for editing."""
        self.kiosk_id = kiosk_id
        for radio in self.kiosk_group.buttons():
            radio.setChecked(radio.property("kiosk_id") == kiosk_id)
        self.load()
        self.editor.show()

    # --- one kiosk ----------------------------------------------------------------------------

    def load(self) -> None:
        hall = self.hall_values()
        own = self.fleet.overrides(self.kiosk_id)
        known = next((k for k in self.kiosks if k.kiosk_id == self.kiosk_id), None)
        self.editing.setText(self.tr("Settings of kiosk %1").replace("%1", self.kiosk_id[:8]))
        self.name.setText(str(own.get(NAME) or (known.name if known else "")))
        labels = {"auto": self.tr("Automatic"), "landscape": self.tr("Landscape"), "portrait": self.tr("Portrait")}
        _set_chip_text(
            self.orientations[HALL], self.tr("Hall setting (%1)").replace("%1", labels.get(hall.orientation, ""))
        )
        self.orientations[str(own.get("orientation")) if own.get("orientation") in labels else HALL].setChecked(True)
        _set_chip_text(self.idle_hall, self.tr("Hall setting (%1 s)").replace("%1", str(hall.idle_seconds)))
        self.idle.blockSignals(True)
        self.idle.setValue(int(own.get("idle_seconds") or hall.idle_seconds))
        self.idle.blockSignals(False)
        (self.idle_own if own.get("idle_seconds") is not None else self.idle_hall).setChecked(True)
        hall_printer = hall.printer or self.tr("Automatic")
        _set_chip_text(self.printer_hall, self.tr("Hall setting (%1)").replace("%1", hall_printer))
        self.printer.setText(str(own.get("printer") or ""))
        (self.printer_own if own.get("printer") else self.printer_hall).setChecked(True)
        self.error.hide()
        self._say("")

    def values(self) -> dict[str, Any]:
        """The form as overrides: a value, or None for "the hall's setting"."""
        orientation = next((v for v, chip in self.orientations.items() if chip.isChecked()), HALL)
        return {
            NAME: self.name.text().strip() or None,
            "orientation": None if orientation == HALL else orientation,
            "idle_seconds": self.idle.value() if self.idle_own.isChecked() else None,
            "printer": self.printer.text().strip() if self.printer_own.isChecked() else None,
        }

    def save(self) -> None:
        if not self.kiosk_id:
            return
        values = self.values()
        problem = ""
        if self.printer_own.isChecked():
            try:
                if not values["printer"]:
                    raise UserError("")
                PrinterChoice.parse(values["printer"])
            except UserError:
                problem = self.tr(
                    "Printer: type cups:NAME, folder:/path or a CUPS queue name, or choose the hall setting."
                )
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        if problem:
            self._say(self.tr("Not saved: please correct the field marked in red."), error=True)
            return
        try:
            changed = self.fleet.set_overrides(self.kiosk_id, values, actor=self.actor)
        except (ValueError, KeyError) as exc:
            self._say(str(exc), error=True)
            return
        if not changed:
            self._say(self.tr("Nothing to save: no setting was changed."))
            return
        self.refresh()
        if self.on_saved is not None:
            self.on_saved(self.kiosk_id)
        self._say(
            self.tr("Saved (%1 changed); the kiosk applies it within half a minute.").replace("%1", str(len(changed)))
        )

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        set_role(self.message, "message-error" if error else "message-ok")
