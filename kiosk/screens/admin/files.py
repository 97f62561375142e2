"""Files from the screen (文件与备份): import, export, back up and restore the hall's data.

Import is checked first: a dry run on a pool thread shows either a table of problems by place
(sheet/row/column, or JSON path) or a summary of what would change, and only then does "Import"
write — all or nothing, with a stepped progress bar. Export writes JSON or Excel into a folder
(a USB disk first). "Back up now" writes a checked copy into the backup folder; a restore asks
first, saying that the current database is backed up before anything is replaced. The page knows
no SQL: ``HallFiles`` does the work, and every step of it is audited there.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QBoxLayout, QButtonGroup, QFrame, QLabel, QVBoxLayout, QWidget
from shiboken6 import isValid

from kiosk.data.exchange import COMMITTING, READING, SAVING
from kiosk.data.exchange.report import ImportReport
from kiosk.screens.admin.files_result import TOOLS_STYLE, ResultPanel
from kiosk.screens.admin.style import admin_style
from kiosk.services.background import BackgroundCall
from kiosk.services.file_places import BACKUP_SUFFIXES, IMPORT_SUFFIXES
from kiosk.services.hall_files import BackupStatus, HallFiles, ImportOutcome
from kiosk.widgets.basics import row
from kiosk.widgets.confirm import ConfirmDialog
from kiosk.widgets.file_picker import FOLDER, FilePickerDialog
from kiosk.widgets.form_fields import form_button
from kiosk.widgets.scroll import KineticScrollArea


class _Steps(QObject):
    """Carries an import's steps from the pool thread to the page (queued: it lives on the GUI thread)."""

    step = Signal(str)
    tick = Signal(int, int)  # matters checked so far, of how many


def _card(title: str, text: str) -> tuple[QFrame, QVBoxLayout]:
    card = QFrame()
    card.setProperty("role", "item-form")
    box = QVBoxLayout(card)
    box.setContentsMargins(24, 16, 24, 20)
    box.setSpacing(12)
    heading = QLabel(title)
    heading.setProperty("role", "form-heading")
    box.addWidget(heading)
    if text:
        words = QLabel(text)
        words.setWordWrap(True)
        box.addWidget(words)
    return card, box


class FilesPage(QWidget):
    """Cards for import, export and backups beside (or above) the panel that shows the outcome."""

    content_replaced = Signal()  # after an import or a restore: the kiosk rebuilds its screens

    def __init__(self, files: HallFiles, on_content_replaced: Callable[[], None] | None = None) -> None:
        super().__init__()
        self.setObjectName("FilesPage")
        self.setProperty("role", "admin-page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(admin_style() + TOOLS_STYLE)
        self.files = files
        if on_content_replaced is not None:
            self.content_replaced.connect(on_content_replaced)
        self.call: BackgroundCall | None = None
        self.dialog: QWidget | None = None
        self.pending: Path | None = None  # a file whose check passed, waiting for "Import"
        self.column_map: dict[str, str] | None = None  # an office spreadsheet's confirmed mapping
        self.report: ImportReport | None = None  # the last import's report, to save
        self.steps = _Steps(self)
        self.steps.step.connect(self._step, Qt.ConnectionType.QueuedConnection)
        self.steps.tick.connect(self._tick, Qt.ConnectionType.QueuedConnection)
        self.step_names = {
            READING: (0, self.tr("Reading the file…")),
            SAVING: (1, self.tr("Checking every item against the database…")),
            COMMITTING: (2, self.tr("Writing to the database…")),
        }

        title = QLabel(self.tr("Files and backups (文件与备份)"))
        title.setProperty("role", "page-title")
        import_card, box = _card(
            self.tr("Import content"),
            self.tr("This kiosk's .json or .xlsx, the county's exchange tables (folder or .zip), AUDIT_* .json or "
                    "an office spreadsheet. Checked and cleaned first, with a report: nothing changes until you "
                    "tap Import."),
        )  # fmt: skip
        self.import_button = form_button(self.tr("Choose a file…"), self.choose_import, "primary")
        self.folder_button = form_button(self.tr("Choose a folder…"), self.choose_import_folder)
        self.publish_anyway = form_button(self.tr("Publish rule-breakers"), None, "chip")
        self.publish_anyway.setCheckable(True)
        self.publish_anyway.setToolTip(
            self.tr("Matters that break a quality rule are imported as drafts unless this is on.")
        )
        box.addWidget(row(self.import_button, self.folder_button))
        box.addWidget(row(self.publish_anyway))
        export_card, box = _card(
            self.tr("Export content"), self.tr("Everything, as one file, into a folder you choose.")
        )
        self.as_json = form_button(self.tr("JSON"), None, "chip")
        self.as_xlsx = form_button(self.tr("Excel (.xlsx)"), None, "chip")
        self.formats = QButtonGroup(self)
        for fmt, chip in (("json", self.as_json), ("xlsx", self.as_xlsx)):
            chip.setCheckable(True)
            chip.setProperty("format", fmt)
            self.formats.addButton(chip)
        self.as_xlsx.setChecked(True)
        self.export_button = form_button(self.tr("Choose a folder and export…"), self.choose_export, "primary")
        box.addWidget(row(self.as_xlsx, self.as_json, self.export_button))
        backup_card, box = _card(self.tr("Backups"), "")
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.backup_button = form_button(self.tr("Back up now"), self.back_up, "primary")
        self.restore_button = form_button(self.tr("Restore from a backup…"), self.choose_restore)
        for widget in (self.folder_label, self.status_label, row(self.backup_button, self.restore_button)):
            box.addWidget(widget)

        column = QWidget()
        column.setProperty("role", "admin-page")
        actions = QVBoxLayout(column)
        actions.setContentsMargins(0, 0, 0, 0)
        actions.setSpacing(16)
        for card in (import_card, export_card, backup_card):
            actions.addWidget(card)
        actions.addStretch(1)
        self.cards_area = KineticScrollArea()  # side by side at 1080 px high the cards only just fit; never cut them
        self.cards_area.set_content(column)
        self.panel = ResultPanel()
        self.split = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.split.setSpacing(24)
        self.split.addWidget(self.cards_area, 1)
        self.split.addWidget(self.panel, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(16)
        layout.addWidget(title)
        layout.addLayout(self.split, 1)
        self.buttons = [
            self.import_button, self.folder_button, self.export_button, self.backup_button, self.restore_button,
        ]  # fmt: skip
        self.panel.show_message(
            self.tr("Nothing running"), self.tr("Choose what to do on the left. The outcome is shown here.")
        )
        self.refresh_status()

    # --- import -----------------------------------------------------------------------------

    def _picker(self, title: str, explanation: str, **options: Any) -> FilePickerDialog:
        dialog = FilePickerDialog(self, title, explanation, style=admin_style(), role="admin-page", **options)
        self.dialog = dialog
        return dialog

    def choose_import(self) -> None:
        dialog = self._picker(
            self.tr("Choose a file to import"), self.tr("Only .json, .xlsx, .csv and .zip files are listed."),
            suffixes=IMPORT_SUFFIXES,
        )  # fmt: skip
        dialog.chosen.connect(self.check_file)
        dialog.open()

    def choose_import_folder(self) -> None:
        dialog = self._picker(
            self.tr("Choose the folder of national exchange tables"),
            self.tr(
                "Open the folder holding up_task_general_basic.csv and the other tables, then tap Use this folder."
            ),
            mode=FOLDER,
        )
        dialog.chosen.connect(self.check_file)
        dialog.open()

    def check_file(self, path: Path) -> None:
        """Dry run of ``path``: problems or a summary and the report; nothing is written.

        An office spreadsheet's columns are shown for the admin to confirm first."""
        self.pending = None
        self.column_map = None
        self.panel.show_busy(self.tr("Checking %1").replace("%1", path.name), str(path), steps=2)
        failure = self.tr("Could not check the file")
        self._run(lambda: self.files.columns(path), lambda layout: self._looked(path, layout), failure)

    def _looked(self, path: Path, layout: object) -> None:
        if layout is None:
            self._check(path, None)
            return
        from kiosk.screens.admin.import_mapping import MappingDialog

        dialog = MappingDialog(self.window(), layout, path.name)  # type: ignore[arg-type]
        dialog.confirmed.connect(lambda mapping: self._check(path, mapping))
        dialog.rejected.connect(
            lambda: self.panel.show_message(self.tr("Nothing imported"), self.tr("The column mapping was cancelled."))
        )
        self.dialog = dialog
        self.panel.show_message(
            self.tr("Which column is which?"), self.tr("Confirm the columns of %1.").replace("%1", path.name)
        )
        dialog.open()

    def _options(self) -> dict[str, object]:
        return {
            "ticks": self.steps.tick.emit,
            "column_map": self.column_map,
            "publish_anyway": self.publish_anyway.isChecked(),
        }

    def _check(self, path: Path, mapping: dict[str, str] | None) -> None:
        self.column_map = mapping
        self.panel.show_busy(self.tr("Checking %1").replace("%1", path.name), str(path), steps=2)
        options = self._options()
        failure = self.tr("Could not check the file")
        self._run(lambda: self.files.check(path, self.steps.step.emit, **options), self._checked, failure)

    def _checked(self, outcome: ImportOutcome) -> None:
        if not self._show_problems(outcome):
            self.pending = outcome.path
            report = outcome.report
            created = sum(report.created.values()) if report else 0
            updated = sum(report.updated.values()) if report else 0
            self.panel.show_table(
                self.tr("Ready to import %1").replace("%1", outcome.path.name),
                self.tr(
                    "The file is in order: %1 new and %2 changed items. This was a check only, nothing has "
                    "been written yet. Tap Import to save."
                )
                .replace("%1", str(created))
                .replace("%2", str(updated)),
                self._summary_headers(),
                self._summary_rows(outcome),
            )
            self._show_report(outcome)
            self.panel.offer(self.tr("Import"), self.import_pending)

    def import_pending(self) -> None:
        path = self.pending
        if path is None:
            return
        self.pending = None
        self.panel.show_busy(self.tr("Importing %1").replace("%1", path.name), str(path), steps=3)
        options = self._options()
        self._run(lambda: self.files.import_(path, self.steps.step.emit, **options), self._imported,
                  self.tr("Import failed"))  # fmt: skip

    def _imported(self, outcome: ImportOutcome) -> None:
        if self._show_problems(outcome):
            return
        self.panel.show_table(
            self.tr("Imported %1").replace("%1", outcome.path.name),
            self.tr("Saved. The kiosk now shows the imported content."),
            self._summary_headers(),
            self._summary_rows(outcome),
        )
        self._show_report(outcome)
        self.report = outcome.report
        self.panel.offer(self.tr("Save the report…"), self.choose_report_folder)
        self.content_replaced.emit()

    def _show_report(self, outcome: ImportOutcome) -> None:
        """The import report under the counts: per matter, what was mapped, cleaned, skipped, drafted."""
        report = outcome.report
        if report is None:
            return
        rows = [[r[1] or r[0], r[2], r[3], f"{r[4]}:{r[5]}" if r[4] else r[5], r[6]] for r in report.rows()]
        self.panel.show_report(
            self.tr("Report: %1").replace("%1", report.headline()),
            [self.tr("Matter"), self.tr("Outcome"), self.tr("What"), self.tr("Details"), self.tr("Where in the file")],
            rows,
        )

    def choose_report_folder(self) -> None:
        dialog = self._picker(
            self.tr("Choose a folder for the report"),
            self.tr("Open the folder, then tap Use this folder."),
            mode=FOLDER,
        )
        dialog.chosen.connect(self.save_report)
        dialog.open()

    def save_report(self, folder: Path) -> None:
        report = self.report
        if report is None:
            return
        self._run(
            lambda: self.files.save_report(report, folder), self._report_saved, self.tr("Could not save the report")
        )

    def _report_saved(self, path: Path) -> None:
        self.panel.show_message(self.tr("Report saved"), self.tr("Written: %1").replace("%1", str(path)))

    def _show_problems(self, outcome: ImportOutcome) -> bool:
        if not outcome.problems:
            return False
        count = len(outcome.problems)
        shown = "" if count <= 500 else self.tr(" The first 500 are listed.")
        self.panel.show_problems(
            self.tr("%1 problems in %2").replace("%1", str(count)).replace("%2", outcome.path.name),
            self.tr("Nothing was imported and the database has not changed. Correct the file at these places, "
                    "then choose it again.") + shown,
            [self.tr("Location (位置)"), self.tr("Explanation (说明)")],
            outcome.problems,
        )  # fmt: skip
        return True

    def _summary_headers(self) -> list[str]:
        return [self.tr("Content"), self.tr("New"), self.tr("Changed"), self.tr("Unchanged")]

    def _summary_rows(self, outcome: ImportOutcome) -> list[list[str]]:
        from kiosk.screens.admin.content import entity_names

        report = outcome.report
        if report is None:
            return []
        names = entity_names()
        kinds = sorted(set(report.created) | set(report.updated) | set(report.unchanged))
        return [
            [names.get(k, k), str(report.created.get(k, 0)), str(report.updated.get(k, 0)),
             str(report.unchanged.get(k, 0))]
            for k in kinds
        ]  # fmt: skip

    def _tick(self, done: int, total: int) -> None:
        self.panel.show_fraction(done, total)

    def _step(self, step: str) -> None:
        index, text = self.step_names.get(step, (0, step))
        self.panel.show_step(index, text)

    # --- export -----------------------------------------------------------------------------

    def export_format(self) -> str:
        checked = self.formats.checkedButton()
        return str(checked.property("format")) if checked is not None else "xlsx"

    def choose_export(self) -> None:
        dialog = self._picker(
            self.tr("Choose a folder to export to"), self.tr("Open the folder, then tap Use this folder."), mode=FOLDER
        )
        dialog.chosen.connect(self.export_to)
        dialog.open()

    def export_to(self, folder: Path) -> None:
        fmt = self.export_format()
        self.panel.show_busy(self.tr("Exporting"), str(folder))
        self._run(lambda: self.files.export(folder, fmt), self._exported, self.tr("Export failed"))

    def _exported(self, path: Path) -> None:
        self.panel.show_message(self.tr("Exported"), self.tr("Written: %1").replace("%1", str(path)))

    # --- backup and restore -------------------------------------------------------------------

    def refresh_status(self) -> None:
        folder = self.files.backup_folder()
        self.folder_label.setText(
            self.tr("Backup folder: %1. Every day a backup is made there automatically; the newest %2 are kept.")
            .replace("%1", str(folder)).replace("%2", str(self.files.keep()))
        )  # fmt: skip
        self.status_label.setText(self.status_text(self.files.last_backup()))

    def status_text(self, status: BackupStatus | None) -> str:
        if status is None:
            return self.tr("Last backup: none yet.")
        when = f"{status.at:%Y-%m-%d %H:%M}"
        if status.ok:
            return self.tr("Last backup: %1, OK (%2).").replace("%1", when).replace("%2", Path(status.detail).name)
        return self.tr("Last backup: %1, FAILED: %2").replace("%1", when).replace("%2", status.detail)

    def back_up(self) -> None:
        self.panel.show_busy(self.tr("Backing up"), str(self.files.backup_folder()))
        self._run(self.files.backup_now, self._backed_up, self.tr("Backup failed"))

    def _backed_up(self, path: Path) -> None:
        self.panel.show_message(
            self.tr("Backup written"), self.tr("%1 — checked: complete and readable.").replace("%1", str(path))
        )
        self.refresh_status()

    def choose_restore(self) -> None:
        folder = self.files.backup_folder()
        dialog = self._picker(
            self.tr("Choose a backup to restore"),
            self.tr("Backups are named kiosk-date-time. The newest is at the top."),
            suffixes=BACKUP_SUFFIXES if self.files.is_sqlite else (".json",),
            extra_places=[(folder, self.tr("Backup folder"))],
            start=folder,
        )
        dialog.chosen.connect(self.confirm_restore)
        dialog.open()

    def confirm_restore(self, file: Path) -> None:
        folder = str(self.files.backup_folder())
        if file.suffix == ".json":
            detail = self.tr(
                "The content in %1 is imported over the current content. First the current database is backed "
                "up to %2, so this can be undone by restoring that copy."
            )
        else:
            detail = self.tr(
                "Everything goes back to how it was in %1: content, settings, staff PINs and the audit log. "
                "First the current database is backed up to %2, so this can be undone by restoring that copy."
            )
        dialog = ConfirmDialog(
            self.window(),  # the kiosk's own look, like every other question it asks
            self.tr("Restore the hall's data from this backup?"),
            detail.replace("%1", file.name).replace("%2", folder),
            self.tr("Yes, restore"),
            self.tr("No"),
        )
        dialog.accepted.connect(lambda: self.restore(file))
        self.dialog = dialog
        dialog.open()

    def restore(self, file: Path) -> None:
        self.panel.show_busy(self.tr("Restoring %1").replace("%1", file.name), str(file))
        self._run(lambda: self.files.restore(file), lambda safety: self._restored(file, safety),
                  self.tr("Restore failed"))  # fmt: skip

    def _restored(self, file: Path, safety: Path) -> None:
        self.panel.show_message(
            self.tr("Restored from %1").replace("%1", file.name),
            self.tr("The kiosk now shows the restored content. The data as it was before is in %1.").replace(
                "%1", str(safety)
            ),
        )
        self.refresh_status()
        self.content_replaced.emit()

    # --- running one thing at a time ----------------------------------------------------------

    def _run(self, work: Callable[[], object], done: Callable[[Any], None], failure: str) -> None:
        for button in self.buttons:
            button.setEnabled(False)
        call = BackgroundCall(work)
        call.finished.connect(lambda result: self._finish(done, result))
        call.failed.connect(lambda message: self._finish(self._failed, (failure, message)))
        self.call = call.start()

    def _finish(self, then: Callable[[Any], None], value: object) -> None:
        if not isValid(self):  # the session ended (idle reset) while the work ran: nobody to tell
            return
        self.call = None
        for button in self.buttons:
            button.setEnabled(True)
        then(value)

    def _failed(self, what: tuple[str, str]) -> None:
        heading, message = what
        self.panel.show_message(heading, message, error=True)
        self.refresh_status()

    def busy(self) -> bool:
        return self.call is not None

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        wide = self.width() >= 1200
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.split.direction() != direction:
            self.split.setDirection(direction)
            # Side by side both halves share the width; one above the other, the cards keep their whole
            # height (no scrolling inside a page) and the outcome panel takes the rest.
            column = self.cards_area.widget()
            needed = column.sizeHint().height() if column is not None else 0
            self.cards_area.setMinimumHeight(0 if wide else needed)
            self.split.setStretch(0, 1 if wide else 0)
