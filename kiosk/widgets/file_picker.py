"""A file and folder picker for a finger: places on one side, the folder's contents in big rows.

Not ``QFileDialog``: the native dialog has small rows, hover, right-click menus, a typed path and,
on a kiosk, a way to browse and delete anything on the machine. This one lists the places from
``file_places`` (USB disks first), folders and only the files an operation can use, and nothing
else; a tap opens a folder or chooses a file, "Up" goes back. In folder mode it lists folders
only and "Use this folder" chooses the one that is open. A newly inserted USB disk appears
within two seconds. Opened with ``open()``; the idle reset rejects it like every other dialog.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QBoxLayout, QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.errors import UserError
from kiosk.services import file_places
from kiosk.services.file_places import Entry, Place
from kiosk.widgets.form_fields import form_button
from kiosk.widgets.theme import NORMAL, STANDARD, Metrics, Palette
from kiosk.widgets.touch_list import TouchList

FILE, FOLDER = "file", "folder"
POLL_MS = 2000


class FilePicker(QWidget):
    """The picker's body (also usable inside a page); ``chosen(Path)`` when a file or folder is chosen."""

    chosen = Signal(object)

    def __init__(
        self,
        *,
        mode: str = FILE,
        suffixes: Sequence[str] = file_places.IMPORT_SUFFIXES,
        extra_places: Sequence[tuple[Path, str]] = (),
        start: Path | None = None,
        palette: Palette = STANDARD,
        metrics: Metrics = NORMAL,
    ) -> None:
        super().__init__()
        self.setObjectName("FilePicker")
        self.mode = mode
        self.suffixes = tuple(suffixes)
        self.extra = dict(extra_places)
        self.folder: Path | None = None
        self.entries: list[Entry] = []
        self.place_list: list[Place] = []
        self.places_view = TouchList(palette, metrics)
        self.places_view.tapped.connect(lambda key: self.open_folder(Path(key)))
        self.entries_view = TouchList(palette, metrics)
        self.entries_view.tapped.connect(self._entry_tapped)
        places_title = QLabel(self.tr("Places"))
        places_title.setProperty("role", "form-heading")
        self.where = QLabel()
        self.where.setProperty("role", "item-heading")
        self.where.setWordWrap(True)
        self.up_button = form_button(self.tr("Up one folder"), self.up)
        self.use_button = form_button(self.tr("Use this folder"), self._use_folder, "primary")
        self.use_button.setVisible(mode == FOLDER)
        self.empty = QLabel()
        self.empty.setProperty("role", "muted")
        self.empty.setWordWrap(True)
        left = QVBoxLayout()
        left.setSpacing(12)
        left.addWidget(places_title)
        hint = QLabel(self.tr("Insert a USB disk: it appears here at the top."))
        hint.setProperty("role", "muted")
        hint.setWordWrap(True)
        left.addWidget(hint)
        left.addWidget(self.places_view, 1)
        bar = QHBoxLayout()
        bar.addWidget(self.where, 1)
        bar.addWidget(self.up_button)
        bar.addWidget(self.use_button)
        right = QVBoxLayout()
        right.setSpacing(12)
        right.addLayout(bar)
        right.addWidget(self.empty)
        right.addWidget(self.entries_view, 1)
        self.split = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.split.setContentsMargins(0, 0, 0, 0)
        self.split.setSpacing(24)
        self.split.addLayout(left, 2)
        self.split.addLayout(right, 3)
        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self.refresh_places)
        self.poll.start()
        self.refresh_places()
        first = start if start is not None and start.is_dir() else None
        self.open_folder(first or (self.place_list[0].path if self.place_list else Path.home()))

    # --- places -----------------------------------------------------------------------------

    def place_text(self, place: Place) -> str:
        if place.path in self.extra:
            return self.extra[place.path]
        if place.kind == "usb":
            return self.tr("USB disk %1").replace("%1", place.name)
        if place.kind == "desktop":
            return self.tr("Desktop")
        return self.tr("Home folder")

    def refresh_places(self) -> None:
        found = file_places.places(extra=list(self.extra))
        if found == self.place_list:
            return
        self.place_list = found
        self.places_view.set_rows([(str(p.path), self.place_text(p), str(p.path)) for p in found])

    # --- folders ----------------------------------------------------------------------------

    def open_folder(self, folder: Path) -> None:
        try:
            entries = file_places.list_folder(folder, self.suffixes, folders_only=self.mode == FOLDER)
        except UserError as exc:
            self.empty.setText(exc.message)
            self.empty.show()
            return
        self.folder = folder
        self.entries = entries
        self.where.setText(str(folder))
        self.up_button.setEnabled(folder.parent != folder)
        self.entries_view.set_rows([self._row(e) for e in entries])
        kinds = " / ".join(self.suffixes)
        if entries:
            self.empty.hide()
        else:
            self.empty.setText(
                self.tr("This folder has no sub-folders.")
                if self.mode == FOLDER
                else self.tr("No %1 files in this folder.").replace("%1", kinds)
            )
            self.empty.show()

    def _row(self, entry: Entry) -> tuple[str, str, str]:
        if entry.is_folder:
            return (str(entry.path), entry.name, self.tr("Folder"))
        when = f"{entry.modified:%Y-%m-%d %H:%M}" if entry.modified else ""
        return (str(entry.path), entry.name, f"{file_places.size_text(entry.size)} · {when}")

    def up(self) -> None:
        if self.folder is not None and self.folder.parent != self.folder:
            self.open_folder(self.folder.parent)

    def _entry_tapped(self, key: str) -> None:
        entry = next((e for e in self.entries if str(e.path) == key), None)
        if entry is None:
            return
        if entry.is_folder:
            self.open_folder(entry.path)
        elif self.mode == FILE:
            self.chosen.emit(entry.path)

    def _use_folder(self) -> None:
        if self.folder is not None:
            self.chosen.emit(self.folder)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        wide = self.width() >= 1100
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.split.direction() != direction:
            self.split.setDirection(direction)


class FilePickerDialog(QDialog):
    """The picker in a large modal dialog with a title and a Cancel button; closes itself on a choice."""

    chosen = Signal(object)

    def __init__(
        self, parent: QWidget, title: str, explanation: str = "", *, style: str = "", role: str = "", **picker: Any
    ) -> None:
        super().__init__(parent, Qt.WindowType.Dialog)
        self.setObjectName("FilePickerDialog")
        self.setModal(True)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        if role:
            self.setProperty("role", role)
        if style:
            self.setStyleSheet(style)
        heading = QLabel(title)
        heading.setProperty("role", "page-title")
        heading.setWordWrap(True)
        self.picker = FilePicker(**picker)
        self.picker.chosen.connect(self._chosen)
        self.cancel_button = form_button(self.tr("Cancel"), self.reject)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(16)
        layout.addLayout(top)
        if explanation:
            text = QLabel(explanation)
            text.setWordWrap(True)
            layout.addWidget(text)
        layout.addWidget(self.picker, 1)
        window = parent.window()
        self.resize(max(960, window.width() - 120), max(720, window.height() - 120))

    def _chosen(self, path: Path) -> None:
        self.accept()
        self.chosen.emit(path)
