"""Kiosk settings (设置): idle time and its warning, the attract loop's pace, language, orientation, printer,
serial prefix, the serials held for offline use, backups, the screen schedule (opening hours, holidays),
the heartbeat of 设备状态 — and, on a shared database, per-kiosk overrides (``kiosk_overrides``).

Every setting is explained beside its control in plain words (what it does, and when it takes
effect). "Save" checks the whole form (``kiosk_settings.problems``), stores it in one transaction
with its audit row, and hands the changed values to ``on_applied`` — the kiosk applies idle time,
language, orientation and the attract pace at once. Finding printers and printing the test page
run on a pool thread: CUPS can take seconds to answer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from kiosk.data.fleet import FleetSettings
from kiosk.data.settings import Settings
from kiosk.screens.admin.files_result import TOOLS_STYLE
from kiosk.screens.admin.kiosk_overrides import KioskOverridesPanel
from kiosk.screens.admin.schedule_fields import ScheduleFields
from kiosk.screens.admin.style import admin_style
from kiosk.services import kiosk_settings as ks
from kiosk.services.background import BackgroundCall
from kiosk.services.printing import default_folder
from kiosk.widgets.basics import set_role
from kiosk.widgets.file_picker import FOLDER, FilePickerDialog
from kiosk.widgets.form_fields import form_button
from kiosk.widgets.scroll import KineticScrollArea


def _chips(choices: list[tuple[str, str]], parent: QWidget) -> tuple[QButtonGroup, dict[str, QPushButton], QWidget]:
    group = QButtonGroup(parent)
    buttons: dict[str, QPushButton] = {}
    holder = QWidget()
    line = QHBoxLayout(holder)
    line.setContentsMargins(0, 0, 0, 0)
    line.setSpacing(12)
    for value, text in choices:
        chip = form_button(text, None, "chip")
        chip.setCheckable(True)
        group.addButton(chip)
        buttons[value] = chip
        line.addWidget(chip)
    line.addStretch(1)
    return group, buttons, holder


def _checked(buttons: dict[str, Any], fallback: str) -> str:
    return next((value for value, b in buttons.items() if b.isChecked()), fallback)


class SettingsPage(QWidget):
    """The settings form; ``on_applied(changes)`` gets ``{key: new value}`` after each save that changed something."""

    def __init__(
        self,
        settings: Settings,
        actor: str,
        hall_short_name: Callable[[], str],
        *,
        on_applied: Callable[[dict[str, Any]], None] | None = None,
        printer_choices: Callable[[], list[tuple[str, str]]] | None = None,
        print_test: Callable[[str], str] = ks.print_test_page,
        fleet: FleetSettings | None = None,
        this_kiosk: str = "",
        on_kiosk_saved: Callable[[str], None] | None = None,
    ) -> None:
        """``fleet`` (on a shared database): the per-kiosk part below the hall's settings; ``this_kiosk``
        is the id of the kiosk this console runs on, if any."""
        super().__init__()
        self.setObjectName("SettingsPage")
        self.setProperty("role", "admin-page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(admin_style() + TOOLS_STYLE)
        self.settings = settings
        self.actor = actor
        self.hall_short_name = hall_short_name
        self.on_applied = on_applied
        self.printer_choices = printer_choices
        self.print_test = print_test
        self.values = ks.KioskSettings.load(settings)
        self.errors: dict[str, QLabel] = {}
        self.calls: dict[str, BackgroundCall] = {}
        self.dialog: QWidget | None = None
        self.pending_printer = "auto"  # the stored choice, until the printer list has arrived
        self.print_folder = ""
        self.backup_folder = ""
        self.fields = QVBoxLayout()
        self.fields.setSpacing(4)

        self.idle = self._spin(ks.IDLE_RANGE, self.tr(" seconds"))
        self._field("idle_seconds", self.tr("Idle time"), self.idle, self.tr(
            "After this long without a touch the kiosk goes back to the home screen and forgets what was "
            "entered; a staff or admin session ends too. Applies at once."))  # fmt: skip
        self.warning = self._spin(ks.WARNING_RANGE, self.tr(" seconds"))
        self._field("idle_warning_seconds", self.tr("Warning before the idle reset"), self.warning, self.tr(
            "Before the kiosk goes back to the home screen, a large countdown asks whether the resident is still "
            "there; any touch keeps what they entered. At least 20 seconds, and shorter than the idle time. "
            "Not shown at the home screen, where nothing would be lost."))  # fmt: skip
        self.attract = self._spin(ks.ATTRACT_RANGE, self.tr(" seconds"))
        self._field("attract_rotate_seconds", self.tr("Attract loop"), self.attract, self.tr(
            "While nobody uses the kiosk it shows notices and rules one after another: the next one after "
            "this long. Applies the next time the loop starts."))  # fmt: skip
        self.language_group, self.languages, holder = _chips([("zh_CN", "中文"), ("en", "English")], self)
        self._field("language", self.tr("Language"), holder, self.tr(
            "The language of the kiosk's screens. Residents can still switch with the language button at "
            "the top. Applies at once."))  # fmt: skip
        choices = [
            ("auto", self.tr("Automatic")),
            ("landscape", self.tr("Landscape")),
            ("portrait", self.tr("Portrait")),
        ]
        self.orientation_group, self.orientations, holder = _chips(choices, self)
        self._field(
            "orientation",
            self.tr("Orientation"),
            holder,
            self.tr(
                "Automatic: the kiosk fills the screen and arranges itself for its shape. Landscape or portrait: "
                "the kiosk keeps that shape. On a screen of the other shape (a monitor turned upright whose "
                "rotation is not yet set in the system's display settings) it uses the largest area of that "
                "shape in the middle. To fill the glass, rotate the display in the system settings. Applies at once."
            ),
        )
        self._printer_field()
        self.prefix = QLineEdit()
        self.prefix.setMaximumWidth(520)
        self.prefix.setMaxLength(40)  # longer than allowed, so that too long is said, not silently cut
        self.prefix_help = QLabel()
        self._field("serial_prefix", self.tr("Notice serial prefix"), self.prefix, "", help_label=self.prefix_help)
        self.prefix.textChanged.connect(self._prefix_changed)
        self.block = self._spin(ks.BLOCK_RANGE, "")
        self._field("serial_block_size", self.tr("Serial numbers held for offline use"), self.block, self.tr(
            "Each kiosk on a shared database reserves this many notice serial numbers while it is online, so "
            "that staff notices issued while the server cannot be reached still get a serial no other kiosk "
            "gives out. When they are used up, notices print with a provisional number and get their serial "
            "once the kiosk is back online. Numbers a kiosk reserved and did not use are skipped. 0: reserve "
            "none. Applies when each kiosk next reserves numbers."))  # fmt: skip
        self.keep = self._spin(ks.KEEP_RANGE, "")
        self._field(
            "backup_keep",
            self.tr("Backups to keep"),
            self.keep,
            self.tr(
                "A backup is made every day; older ones are deleted so that this many remain in the backup folder."
            ),
        )
        self.schedule = ScheduleFields()
        self._field("screen_schedule", self.tr("Screen schedule"), self.schedule, self.tr(
            "Outside the opening hours, and on holidays, the kiosk shows a dark screen with a small moving clock "
            "(a lit, unchanging picture burns into the screen overnight). A touch shows the kiosk; it dims again "
            "after the idle time. Write each day's hours like 08:00-12:00, 14:00-18:00; leave a day empty when the "
            "hall is closed. Applies within half a minute."))  # fmt: skip
        self.heartbeat = self._spin(ks.HEARTBEAT_RANGE, self.tr(" seconds"))
        self._field("heartbeat_seconds", self.tr("Heartbeat"), self.heartbeat, self.tr(
            "How often each kiosk reports to Device health (设备状态): its printer, disk, last error and what "
            "waits to be sent."))  # fmt: skip
        self.silent = self._spin(ks.SILENT_RANGE, self.tr(" seconds"))
        self._field("silent_seconds", self.tr("Red when silent for"), self.silent, self.tr(
            "A kiosk not heard from for this long is shown red on Device health. At least two heartbeats."
        ))  # fmt: skip
        self.help_escalate = self._spin(ks.HELP_RANGE, self.tr(" seconds"))
        self._field("help_escalate_seconds", self.tr("Unanswered call for staff"), self.help_escalate, self.tr(
            "A resident's 呼叫工作人员 that nobody took this long turns red in every console and rings again."
        ))  # fmt: skip
        self.backup_folder_label = QLabel()
        self.backup_folder_label.setWordWrap(True)
        folder_row = QWidget()
        line = QHBoxLayout(folder_row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.backup_folder_label, 1)
        line.addWidget(form_button(self.tr("Choose…"), self.choose_backup_folder))
        line.addWidget(form_button(self.tr("Default"), lambda: self._set_backup_folder("")))
        self._field("backup_folder", self.tr("Backup folder"), folder_row, self.tr(
            "Where backups are written. A folder on another disk (a USB disk that stays plugged in) survives "
            "a broken kiosk disk."))  # fmt: skip

        form = QWidget()
        form.setProperty("role", "admin-page")
        column = QVBoxLayout(form)
        column.setContentsMargins(24, 8, 24, 24)
        title = QLabel(self.tr("Settings (设置)"))
        title.setProperty("role", "page-title")
        column.addWidget(title)
        column.addLayout(self.fields)
        self.overrides: KioskOverridesPanel | None = None
        if fleet is not None:
            self.overrides = KioskOverridesPanel(
                fleet, actor, lambda: self.values, this_kiosk=this_kiosk, on_saved=on_kiosk_saved
            )
            column.addWidget(self.overrides)
        column.addStretch(1)
        self.area = KineticScrollArea()
        self.area.set_content(form)
        bar = QFrame()
        bar.setProperty("role", "action-bar")
        actions = QHBoxLayout(bar)
        actions.setContentsMargins(24, 12, 24, 12)
        self.message = QLabel()
        self.message.setWordWrap(True)
        actions.addWidget(self.message, 1)
        actions.addWidget(form_button(self.tr("Undo changes"), self.load))
        self.save_button = form_button(self.tr("Save"), self.save, "primary")
        actions.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.area, 1)
        layout.addWidget(bar)
        self.load()
        self.find_printers()

    # --- building -----------------------------------------------------------------------------

    def _spin(self, bounds: tuple[int, int], suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(*bounds)
        spin.setSuffix(suffix)
        spin.setMinimumWidth(260)
        return spin

    def _field(self, key: str, title: str, control: QWidget, help_text: str, help_label: QLabel | None = None) -> None:
        """Name above the control, then its error (hidden until there is one), then what it does."""
        box = self.fields
        name = QLabel(title)
        name.setProperty("role", "form-heading")
        name.setWordWrap(True)
        box.addWidget(name)
        box.addWidget(control, 0, Qt.AlignmentFlag.AlignLeft if isinstance(control, QSpinBox) else Qt.AlignmentFlag(0))
        error = QLabel()
        error.setProperty("role", "field-error")
        error.setWordWrap(True)
        error.hide()
        self.errors[key] = error
        box.addWidget(error)
        words = help_label or QLabel(help_text)
        words.setProperty("role", "muted")
        words.setWordWrap(True)
        box.addWidget(words)

    def _printer_field(self) -> None:
        holder = QWidget()
        self.printer_box = QVBoxLayout(holder)
        self.printer_box.setContentsMargins(0, 0, 0, 0)
        self.printer_box.setSpacing(4)
        self.printer_group = QButtonGroup(self)
        self.printer_radios: dict[str, QRadioButton] = {}
        self.searching = QLabel(self.tr("Looking for printers…"))
        self.printer_box.addWidget(self.searching)
        self.folder_radio = QRadioButton(self.tr("Save into a folder"))
        self.printer_group.addButton(self.folder_radio)
        folder_line = QHBoxLayout()
        folder_line.addWidget(self.folder_radio)
        folder_line.addWidget(form_button(self.tr("Choose folder…"), self.choose_print_folder))
        folder_line.addStretch(1)
        self.printer_box.addLayout(folder_line)
        self.print_folder_label = QLabel()
        self.print_folder_label.setProperty("role", "muted")
        self.print_folder_label.setWordWrap(True)
        self.print_folder_label.setContentsMargins(56, 0, 0, 8)  # under the radio's text
        self.printer_box.addWidget(self.print_folder_label)
        self.test_button = form_button(self.tr("Print a test page"), self.test_page)
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        self.test_result.hide()
        self.printer_box.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.printer_box.addWidget(self.test_result)
        self._field("printer", self.tr("Printer"), holder, self.tr(
            "Where notices are printed. Automatic: the system's default printer, or the folder when there is "
            "none. The test page prints on the choice shown here, saved or not."))  # fmt: skip

    # --- values -------------------------------------------------------------------------------

    def load(self) -> None:
        """Show the stored settings (also "Undo changes")."""
        v = self.values = ks.KioskSettings.load(self.settings)
        self.idle.setValue(v.idle_seconds)
        self.warning.setValue(v.idle_warning_seconds)
        self.heartbeat.setValue(v.heartbeat_seconds)
        self.silent.setValue(v.silent_seconds)
        self.schedule.set_values(v.screen_schedule, v.opening_hours, v.holidays, v.workdays)
        self.attract.setValue(v.attract_rotate_seconds)
        self.help_escalate.setValue(v.help_escalate_seconds)
        self.languages[v.language].setChecked(True)
        self.orientations[v.orientation].setChecked(True)
        self.prefix.setText(v.serial_prefix)
        self.block.setValue(v.serial_block_size)
        self.keep.setValue(v.backup_keep)
        self.print_folder = v.print_folder or (v.printer.partition(":")[2] if v.printer.startswith("folder:") else "")
        self._show_print_folder()
        self._select_printer(v.printer or "auto")
        self._set_backup_folder(v.backup_folder)
        self._prefix_changed()
        for error in self.errors.values():
            error.hide()
        self.message.setText("")

    def current(self) -> ks.KioskSettings:
        """The form as it stands (saved or not)."""
        scheduled, hours, holidays, workdays = self.schedule.values()
        return replace(
            self.values,
            idle_seconds=self.idle.value(),
            attract_rotate_seconds=self.attract.value(),
            language=_checked(self.languages, "zh_CN"),
            orientation=_checked(self.orientations, "auto"),
            printer=self._printer_to_store(),
            print_folder=self.print_folder,
            serial_prefix=self.prefix.text().strip(),
            serial_block_size=self.block.value(),
            backup_keep=self.keep.value(),
            backup_folder=self.backup_folder,
            idle_warning_seconds=self.warning.value(),
            heartbeat_seconds=self.heartbeat.value(),
            silent_seconds=self.silent.value(),
            help_escalate_seconds=self.help_escalate.value(),
            screen_schedule=scheduled,
            opening_hours=hours,
            holidays=holidays,
            workdays=workdays,
        )

    def save(self) -> None:
        values = self.current()
        found = ks.problems(values)
        for key, error in self.errors.items():
            error.setText(self.problem_text(found[key]) if key in found else "")
            error.setVisible(key in found)
        if found:
            self._say(self.tr("Not saved: please correct the fields marked in red."), error=True)
            return
        changed = ks.save(self.settings, values, actor=self.actor)
        self.values = values
        self.prefix.setText(values.serial_prefix)
        if not changed:
            self._say(self.tr("Nothing to save: no setting was changed."))
            return
        if self.on_applied is not None:
            self.on_applied({key: new for key, (_old, new) in changed.items()})
        self._say(self.tr("Saved and applied (%1 changed).").replace("%1", str(len(changed))))

    def problem_text(self, key: str) -> str:
        return {
            "range": self.tr("Out of range."),
            "choice": self.tr("Choose one of the options."),
            "prefix_length": self.tr("1 to 20 characters."),
            "prefix_spaces": self.tr("No spaces, please."),
            "folder": self.tr("Choose a folder first."),
            "warning_long": self.tr("The warning must be shorter than the idle time."),
            "silent_short": self.tr("At least twice the heartbeat."),
            "schedule": self.schedule.problem_text(),
        }.get(key, key)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        set_role(self.message, "message-error" if error else "message-ok")

    def _prefix_changed(self) -> None:
        prefix = self.prefix.text().strip() or self.hall_short_name()
        self.prefix.setPlaceholderText(self.hall_short_name())
        self.prefix_help.setText(
            self.tr("Staff notices are numbered %1告〔%2〕0001号. Empty: the hall's short name. "
                    "1 to 20 characters, no spaces. Applies to the next notice issued.")
            .replace("%1", prefix).replace("%2", str(dt.date.today().year))
        )  # fmt: skip

    # --- printer ------------------------------------------------------------------------------

    def find_printers(self) -> None:
        from kiosk.services.printing import available_choices

        call = BackgroundCall(self.printer_choices or available_choices)
        call.finished.connect(self._printers_found)
        call.failed.connect(lambda _message: self._printers_found([("auto", self.tr("Automatic"))]))
        self.calls["printers"] = call.start()

    def _printers_found(self, choices: list[tuple[str, str]]) -> None:
        if not isValid(self):  # the session ended before CUPS answered
            return
        self.calls.pop("printers", None)
        self.searching.hide()
        wanted = self.chosen_printer()
        for value, text in choices:
            if value.startswith("folder:") or value in self.printer_radios:
                continue  # the folder has its own row, with a folder choice
            radio = QRadioButton(self.tr("Automatic: the system's default printer") if value == "auto" else text)
            self.printer_group.addButton(radio)
            self.printer_radios[value] = radio
            self.printer_box.insertWidget(self.printer_box.count() - 4, radio)
        self._select_printer(wanted)

    def _select_printer(self, value: str) -> None:
        if value.startswith("folder:"):
            self.folder_radio.setChecked(True)
            return
        radio = self.printer_radios.get(value)
        if radio is None and value not in ("", "auto"):  # a printer not (or no longer) listed: keep it choosable
            radio = QRadioButton(self.tr("Printer %1 (not found now)").replace("%1", value.partition(":")[2] or value))
            self.printer_group.addButton(radio)
            self.printer_radios[value] = radio
            self.printer_box.insertWidget(max(0, self.printer_box.count() - 4), radio)
        if radio is not None:
            radio.setChecked(True)
        self.pending_printer = value

    def _printer_to_store(self) -> str:
        chosen = self.chosen_printer()
        return "" if chosen == "auto" and not self.values.printer else chosen  # "" already means automatic

    def chosen_printer(self) -> str:
        if self.folder_radio.isChecked():
            return f"folder:{self.print_folder or default_folder()}"
        chosen = next((value for value, radio in self.printer_radios.items() if radio.isChecked()), None)
        return chosen or self.pending_printer

    def _show_print_folder(self) -> None:
        self.print_folder_label.setText(self.print_folder or str(default_folder()))

    def choose_print_folder(self) -> None:
        self._choose_folder(self.tr("Choose the folder for printed notices"), self._set_print_folder)

    def _set_print_folder(self, folder: Path) -> None:
        self.print_folder = str(folder)
        self._show_print_folder()
        self.folder_radio.setChecked(True)

    def test_page(self) -> None:
        printer = self.chosen_printer()
        self.test_button.setEnabled(False)
        self.test_result.setText(self.tr("Printing the test page…"))
        self.test_result.show()
        set_role(self.test_result, "")
        call = BackgroundCall(lambda: self.print_test(printer))
        call.finished.connect(lambda text: self._tested(str(text), ok=True))
        call.failed.connect(lambda text: self._tested(text, ok=False))
        self.calls["test"] = call.start()

    def _tested(self, text: str, *, ok: bool) -> None:
        if not isValid(self):
            return
        self.calls.pop("test", None)
        self.test_button.setEnabled(True)
        self.test_result.setText(text)
        set_role(self.test_result, "message-ok" if ok else "message-error")

    # --- backup folder ------------------------------------------------------------------------

    def choose_backup_folder(self) -> None:
        self._choose_folder(self.tr("Choose the backup folder"), lambda folder: self._set_backup_folder(str(folder)))

    def _set_backup_folder(self, folder: str) -> None:
        from kiosk.data.backup import default_backup_dir

        self.backup_folder = folder
        shown = folder or self.tr("%1 (default)").replace("%1", str(default_backup_dir()))
        self.backup_folder_label.setText(shown)

    def _choose_folder(self, title: str, then: Callable[[Path], None]) -> None:
        dialog = FilePickerDialog(self, title, self.tr("Open the folder, then tap Use this folder."),
                                  style=admin_style(), role="admin-page", mode=FOLDER)  # fmt: skip
        dialog.chosen.connect(then)
        self.dialog = dialog
        dialog.open()
