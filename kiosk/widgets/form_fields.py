"""One editor per kind of document field, for the generic content form (doc_form.py).

Each editor shows one field's value, gives it back as plain Python data (what pydantic
validates), and emits ``changed`` only when a person changed it — never while the form is being
filled — so "unsaved changes" and validation as you type stay honest. Targets are at least one
touch target tall; text fields are ordinary Qt fields, so mouse, keyboard and Tab work as usual.
"""

from __future__ import annotations

import base64
import datetime as dt
import mimetypes
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QDate, QDateTime, QIODevice, Qt, QTime, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kiosk.data.field_errors import FieldError
from kiosk.data.schema import FileDoc
from kiosk.widgets.photo import decode_image


class Missing:
    """No value at all: the form leaves the key out, so pydantic reports a missing required field."""


MISSING = Missing()


def form_button(text: str, on_tap: Callable[[], object] | None = None, role: str = "") -> QPushButton:
    """A button that, unlike the kiosk's, takes keyboard focus and keeps the mouse cursor (office PCs)."""
    widget = QPushButton(text)
    widget.setProperty("role", role or "form")
    widget.setAutoDefault(False)
    if on_tap is not None:
        widget.clicked.connect(lambda: on_tap())
    return widget


class FieldEditor(QWidget):
    """Base of all field editors: ``get``/``set`` the value, ``changed`` on a person's edit."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._filling = False

    @contextmanager
    def filling(self) -> Iterator[None]:
        """Signals from programmatic changes inside this block are not a person's edit."""
        before, self._filling = self._filling, True
        try:
            yield
        finally:
            self._filling = before

    def edited(self, *_args: object) -> None:
        if not self._filling:
            self.changed.emit()

    def get(self) -> Any:
        raise NotImplementedError

    def set(self, value: Any) -> None:
        raise NotImplementedError

    def show_errors(self, errors: list[FieldError]) -> None:
        """Errors inside this field (list items, nested groups); plain fields show them in their row."""

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)


def plain_layout(widget: QWidget, horizontal: bool = False) -> QHBoxLayout | QVBoxLayout:
    """A layout without margins: an editor lines up with the others in its column."""
    layout: QHBoxLayout | QVBoxLayout = QHBoxLayout(widget) if horizontal else QVBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(12)
    return layout


def empty_layout(layout: QHBoxLayout | QVBoxLayout) -> None:
    """Remove every widget (hidden at once, so a rebuilt editor never shows old and new together)."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()


class LineField(FieldEditor):
    """One line of text; with ``rare_chars`` (the caption of a button) names can take 生僻字 too."""

    def __init__(self, max_length: int = 200, rare_chars: str = "") -> None:
        super().__init__()
        self.edit = QLineEdit()
        self.edit.setMaxLength(max_length)
        self.edit.textChanged.connect(self.edited)
        layout = plain_layout(self, horizontal=bool(rare_chars))
        layout.addWidget(self.edit, 1)
        if rare_chars:
            from kiosk.widgets.rare_char_picker import picker_button

            layout.addWidget(picker_button(self.edit, rare_chars))
        self.setFocusProxy(self.edit)

    def get(self) -> str:
        return self.edit.text()

    def set(self, value: Any) -> None:
        with self.filling():
            self.edit.setText("" if value is None else str(value))
            self.edit.setCursorPosition(0)  # long names show their beginning

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.edit.setProperty("readonly", read_only)


class TextField(FieldEditor):
    """A long text (设定依据, 受理条件, 正文): several lines, grows with the text up to a limit."""

    def __init__(self, lines: int = 3) -> None:
        super().__init__()
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.textChanged.connect(self.edited)
        self.edit.setMinimumHeight(lines * 40 + 24)
        plain_layout(self).addWidget(self.edit)
        self.setFocusProxy(self.edit)

    def get(self) -> str:
        return self.edit.toPlainText()

    def set(self, value: Any) -> None:
        with self.filling():
            self.edit.setPlainText("" if value is None else str(value))


class ChoiceField(FieldEditor):
    """One of known values (a Literal, a department, a wall); ``editable`` also takes free text."""

    def __init__(self, options: Callable[[], list[tuple[str, str]]], editable: bool = False) -> None:
        super().__init__()
        self.options = options
        self.combo = QComboBox()
        self.combo.setView(QListView())  # a styled view: the style sheet's tall rows apply
        self.combo.setEditable(editable)
        self.combo.setMinimumContentsLength(12)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.activated.connect(self.edited)
        if editable:
            self.combo.editTextChanged.connect(self.edited)
        plain_layout(self).addWidget(self.combo)
        self.setFocusProxy(self.combo)
        self.reload()

    def reload(self) -> None:
        current = self.get()
        with self.filling():
            self.combo.clear()
            shown = [(value, text if text == value else f"{text}({value})") for value, text in self.options()]
            for value, text in shown:
                self.combo.addItem(text, value)
            longest = max((len(text) for _, text in shown), default=12)
            self.combo.setMinimumContentsLength(min(12, longest + 1))
        self.set(current)

    def get(self) -> Any:
        if self.combo.isEditable():
            index = self.combo.findText(self.combo.currentText())
            return self.combo.itemData(index) if index >= 0 else self.combo.currentText()
        return self.combo.currentData() if self.combo.currentIndex() >= 0 else MISSING

    def set(self, value: Any) -> None:
        with self.filling():
            index = self.combo.findData(value) if value not in (None, MISSING) else -1
            if index < 0 and value not in (None, MISSING, ""):
                self.combo.addItem(str(value), value)  # a value no longer offered stays visible
                index = self.combo.count() - 1
            self.combo.setCurrentIndex(index)
            if index < 0 and self.combo.isEditable():
                self.combo.setEditText("")


class CheckField(FieldEditor):
    def __init__(self, text: str) -> None:
        super().__init__()
        self.box = QCheckBox(text)
        self.box.toggled.connect(self.edited)
        plain_layout(self).addWidget(self.box)
        self.setFocusProxy(self.box)

    def get(self) -> bool:
        return self.box.isChecked()

    def set(self, value: Any) -> None:
        with self.filling():
            self.box.setChecked(bool(value))


class NumberField(FieldEditor):
    def __init__(self, low: int, high: int) -> None:
        super().__init__()
        self.spin = QSpinBox()
        self.spin.setRange(low, high)
        self.spin.setMinimumWidth(180)
        self.spin.valueChanged.connect(self.edited)
        layout = plain_layout(self, horizontal=True)
        layout.addWidget(self.spin)
        layout.addStretch(1)
        self.setFocusProxy(self.spin)

    def get(self) -> int:
        return self.spin.value()

    def set(self, value: Any) -> None:
        with self.filling():
            self.spin.setValue(int(value) if isinstance(value, int) else self.spin.minimum())


class DateField(FieldEditor):
    """An optional date or date-time: a "set" checkbox in front, so "no date" is one tap."""

    def __init__(self, with_time: bool, none_text: str) -> None:
        super().__init__()
        self.with_time = with_time
        self.enabled = QCheckBox(none_text)
        self.edit: QDateEdit | QDateTimeEdit = QDateTimeEdit() if with_time else QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd HH:mm" if with_time else "yyyy-MM-dd")
        self.edit.setMinimumWidth(320 if with_time else 240)
        self.enabled.toggled.connect(self._toggled)
        self.edit.dateTimeChanged.connect(self.edited)
        layout = plain_layout(self, horizontal=True)
        layout.addWidget(self.enabled)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.set(None)

    def _toggled(self, on: bool) -> None:
        self.edit.setEnabled(on)
        self.edited()

    def get(self) -> dt.date | dt.datetime | None:
        if not self.enabled.isChecked():
            return None
        if self.with_time:
            moment = self.edit.dateTime()
            day, time = moment.date(), moment.time()
            return dt.datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())
        day = self.edit.date()
        return dt.date(day.year(), day.month(), day.day())

    def set(self, value: Any) -> None:
        with self.filling():
            self.enabled.setChecked(value is not None)
            self.edit.setEnabled(value is not None)
            if isinstance(value, dt.datetime):
                self.edit.setDateTime(
                    QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))
                )
            elif isinstance(value, dt.date):
                self.edit.setDate(QDate(value.year, value.month, value.day))
            else:
                self.edit.setDateTime(QDateTime(QDate.currentDate(), QTime(8, 0)))


PICTURE_SIDE = 1200  # px: plenty for a 200 px roster photo or a header logo, far smaller than a camera's


def shrink_picture(content: bytes, name: str, media_type: str) -> tuple[bytes, str, str]:
    """A camera photo (often 5 MB) made small enough to keep in the database and send to every kiosk."""
    picture = QImage.fromData(content)
    if picture.isNull() or max(picture.width(), picture.height()) <= PICTURE_SIDE:
        return content, name, media_type
    smaller = picture.scaled(
        PICTURE_SIDE, PICTURE_SIDE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    has_alpha = smaller.hasAlphaChannel()
    # PySide6's stubs type the format as bytes, but at run time only a str is accepted.
    smaller.save(buffer, "PNG" if has_alpha else "JPEG", -1 if has_alpha else 85)  # type: ignore[call-overload]
    suffix, kind = (".png", "image/png") if has_alpha else (".jpg", "image/jpeg")
    return bytes(buffer.data().data()), str(Path(name).with_suffix(suffix)), kind


class FileField(FieldEditor):
    """An attached file (空白表格, 样表, photo, logo): its name and size, a picture if it is one."""

    def __init__(
        self, choose_text: str, remove_text: str, none_text: str, name_filter: str = "", images: bool = False
    ) -> None:
        super().__init__()
        self.images = images
        self.value: dict[str, str] | None = None
        self.none_text = none_text
        self.name_filter = name_filter
        self.thumb = QLabel()
        self.thumb.setFixedSize(120, 120)
        self.thumb.hide()
        self.caption = QLabel(none_text)
        self.caption.setWordWrap(True)
        self.remove_button = form_button(remove_text, self.clear)
        layout = plain_layout(self, horizontal=True)
        layout.addWidget(self.thumb)
        layout.addWidget(self.caption, 1)
        layout.addWidget(form_button(choose_text, self.choose))
        layout.addWidget(self.remove_button)

    def choose(self) -> None:
        """A non-native file dialog: large enough for touch and the same on every platform."""
        path, _ = QFileDialog.getOpenFileName(
            self, "", str(Path.home()), self.name_filter, options=QFileDialog.Option.DontUseNativeDialog
        )
        if path:
            self.load_path(Path(path))

    def load_path(self, path: Path) -> None:
        media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        content, name = path.read_bytes(), path.name
        if self.images and media_type.startswith("image/"):
            content, name, media_type = shrink_picture(content, name, media_type)
        data = base64.b64encode(content).decode("ascii")
        self.set({"filename": name, "media_type": media_type, "data_base64": data})
        self.edited()

    def clear(self) -> None:
        self.set(None)
        self.edited()

    def get(self) -> dict[str, str] | None:
        return dict(self.value) if self.value else None

    def set(self, value: Any) -> None:
        self.value = dict(value) if value else None
        self.remove_button.setEnabled(self.value is not None)
        if self.value is None:
            self.caption.setText(self.none_text)
            self.thumb.hide()
            return
        size = len(self.value.get("data_base64", "")) * 3 // 4
        shown = f"{size / 1024:.0f} KB" if size >= 1024 else f"{size} B"
        self.caption.setText(f"{self.value['filename']}  ·  {shown}")
        picture = self._picture()
        self.thumb.setVisible(picture is not None)
        if picture is not None:
            self.thumb.setPixmap(picture)

    def _picture(self) -> QPixmap | None:
        try:
            doc = FileDoc.model_validate(self.value)
        except ValueError:
            return None
        picture = decode_image(doc)
        if picture is None:
            return None
        return picture.scaled(
            self.thumb.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
