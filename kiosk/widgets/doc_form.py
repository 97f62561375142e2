"""A form built from a pydantic document class: one row per field, errors in red beside the field.

Content editors for eleven kinds of content would otherwise be eleven hand-made forms that drift
from ``schema.py``; here the document's own field types choose the editor (text, choice, number,
date, file, nested group, list of sub-documents), so a field added to the schema appears in the
editor at once. What the schema cannot say — labels, where choices come from, which fields are
managed by the publish workflow — comes in a ``FormConfig``.
"""

from __future__ import annotations

import datetime as dt
import types
from collections.abc import Callable
from dataclasses import dataclass, field
from inspect import isclass
from typing import Any, Literal, Union, get_args, get_origin

from annotated_types import Ge, Le, MaxLen
from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.data.field_errors import FieldError, where
from kiosk.data.schema import Doc, FileDoc
from kiosk.widgets.form_fields import (
    MISSING,
    CheckField,
    ChoiceField,
    DateField,
    FieldEditor,
    FileField,
    LineField,
    NumberField,
    TextField,
)
from kiosk.widgets.form_sets import MultiChoiceField, TagField, WhenField
from kiosk.widgets.list_editor import ListField

Choices = Callable[[], list[tuple[str, str]]]
LONG_TEXT_LIMIT = 200  # longer limits are schema.Text: several lines
# Fields that hold names of people, halls, villages and places: they get the 生僻字 picker.
NAME_FIELDS = frozenset({"name", "short_name", "title", "location", "address"})


@dataclass
class FormConfig:
    """What a form needs beyond the document class."""

    labels: Callable[[type[Doc]], dict[str, str]]
    choice_text: Callable[[str], str] = str
    choices: dict[str, Choices] = field(default_factory=dict)  # by field name: department, themes, board, …
    free_choices: set[str] = field(default_factory=set)  # choice fields that also take free text
    hidden: set[str] = field(default_factory=set)  # managed by the workflow (status)
    headings: dict[str, str] = field(default_factory=dict)  # "Doc.field" → heading shown above it
    image_fields: set[str] = field(default_factory=set)  # file fields that take pictures only
    last: tuple[str, ...] = ()  # fields moved to the end, in this order (publish dates, sort)


def _bounds(info: FieldInfo) -> tuple[int, int]:
    low, high = 0, 9999
    for item in info.metadata:
        if isinstance(item, Ge):
            low = int(item.ge)  # type: ignore[call-overload]
        elif isinstance(item, Le):
            high = int(item.le)  # type: ignore[call-overload]
    return low, high


def _max_length(info: FieldInfo) -> int:
    for item in info.metadata:
        limit = getattr(item, "max_length", None)
        if isinstance(item, MaxLen):
            limit = item.max_length
        if isinstance(limit, int):
            return limit
    return LONG_TEXT_LIMIT


def _default(info: FieldInfo) -> Any:
    if info.default_factory is not None:
        return info.default_factory()  # type: ignore[call-arg]
    return None if info.default is PydanticUndefined else info.default


def item_title(item: dict[str, Any]) -> str:
    """How a list item is named in its row: the first of its name-like fields that is filled in."""
    for name in ("name", "title", "question", "label", "code"):
        if item.get(name):
            return str(item[name])
    return ""


class DocForm(QWidget):
    """Rows of label + editor + error line for every visible field of ``doc_type``."""

    changed = Signal()

    def __init__(
        self, doc_type: type[Doc], config: FormConfig, root: DocForm | None = None, *, compact: bool = False
    ) -> None:
        super().__init__()
        self.compact = compact  # all fields on one line (a time limit)
        self.doc_type = doc_type
        self.config = config
        self.root = root or self
        self.labels = config.labels(doc_type)
        self.editors: dict[str, FieldEditor] = {}
        self.error_labels: dict[str, QLabel] = {}
        self.row_labels: dict[str, QLabel] = {}
        self.kept: dict[str, Any] = {}  # hidden fields' values, given back unchanged
        self.general_error = self._error_label()
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(20)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(1, 1)
        if not compact:
            self.grid.setColumnMinimumWidth(0, 250)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.general_error)
        layout.addLayout(self.grid)
        self._build()

    def _error_label(self) -> QLabel:
        error = QLabel()
        error.setProperty("role", "field-error")
        error.setWordWrap(True)
        error.hide()
        return error

    def _build(self) -> None:
        row = 0
        fields = self.doc_type.model_fields
        order = [n for n in fields if n not in self.config.last] + [n for n in self.config.last if n in fields]
        for name in order:
            info = fields[name]
            if name in self.config.hidden:
                continue
            heading = self.config.headings.get(f"{self.doc_type.__name__}.{name}")
            if heading:
                title = QLabel(heading)
                title.setProperty("role", "form-heading")
                self.grid.addWidget(title, row, 0, 1, 2)
                row += 1
            editor = self._editor(name, info)
            editor.changed.connect(self.changed.emit)
            label = QLabel(self.labels.get(name, name))
            label.setProperty("role", "field-label")
            label.setWordWrap(True)
            label.setBuddy(editor)
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
            error = self._error_label()
            cell = QVBoxLayout()
            cell.setSpacing(4)
            cell.addWidget(editor)
            cell.addWidget(error)
            if self.compact:  # labels above their editors, side by side
                self.grid.addWidget(label, 0, len(self.editors))
                self.grid.addLayout(cell, 1, len(self.editors))
                self.grid.setColumnStretch(1, 0)
            elif isinstance(editor, ListField):  # lists take the whole width, their label above them
                label.setProperty("role", "list-label")
                self.grid.addWidget(label, row, 0, 1, 2)
                self.grid.addLayout(cell, row + 1, 0, 1, 2)
                row += 2
            else:
                self.grid.addWidget(label, row, 0)
                self.grid.addLayout(cell, row, 1)
                row += 1
            self.editors[name], self.error_labels[name], self.row_labels[name] = editor, error, label

    def _editor(self, name: str, info: FieldInfo) -> FieldEditor:
        ann, config = info.annotation, self.config
        origin, args = get_origin(ann), get_args(ann)
        if name == "when":
            when = WhenField(lambda: list(self.root.current("scenarios") or []), self.tr("Always needed"))
            self.root.changed.connect(when.sync)
            return when
        if name in config.choices:
            if origin is list:
                return MultiChoiceField(config.choices[name])
            return ChoiceField(config.choices[name], editable=name in config.free_choices)
        if origin is Literal:
            return ChoiceField(lambda: [(str(v), config.choice_text(str(v))) for v in args])
        if origin is list:
            inner = args[0]
            if get_origin(inner) is Literal:
                values = get_args(inner)
                return MultiChoiceField(lambda: [(str(v), config.choice_text(str(v))) for v in values])
            if isclass(inner) and issubclass(inner, Doc):
                doc_type: type[Doc] = inner
                return ListField(lambda: DocForm(doc_type, config, self.root), item_title)
            return TagField(self.tr("Add"))
        if origin in (Union, types.UnionType):
            kinds = [a for a in args if a is not type(None)]
            if kinds == [FileDoc]:
                images = name in config.image_fields
                return FileField(
                    self.tr("Choose file…"),
                    self.tr("Remove"),
                    self.tr("No file"),
                    self.tr("Pictures (*.png *.jpg *.jpeg)") if images else "",
                    images=images,
                )
            if kinds in ([dt.datetime], [dt.date]):
                return DateField(kinds == [dt.datetime], self.tr("Set"))
        if ann is bool:
            return CheckField(self.tr("Yes"))
        if ann is int:
            return NumberField(*_bounds(info))
        if isclass(ann) and issubclass(ann, Doc):
            return GroupField(DocForm(ann, config, self.root, compact=True))
        limit = _max_length(info)
        if limit > LONG_TEXT_LIMIT:
            return TextField()
        return LineField(limit, self.tr("Rare character…") if name in NAME_FIELDS else "")

    # --- values ---------------------------------------------------------------------------

    def set_value(self, value: dict[str, Any]) -> None:
        """Show ``value`` (a document dumped to Python; missing keys take the schema's defaults)."""
        fields = self.doc_type.model_fields
        self.kept = {k: value.get(k, _default(fields[k])) for k in self.config.hidden if k in fields}
        for name, editor in self.editors.items():
            editor.set(value[name] if name in value else _default(fields[name]))
        self.show_errors([])

    def value(self) -> dict[str, Any]:
        """The form as plain data (it may not validate); required fields left empty are left out."""
        result = dict(self.kept)
        for name, editor in self.editors.items():
            got = editor.get()
            if got is not MISSING:
                result[name] = got
        return result

    def current(self, name: str) -> Any:
        editor = self.editors.get(name)
        return editor.get() if editor is not None else None

    def editor(self, name: str) -> FieldEditor:
        return self.editors[name]

    def label_of(self, name: str) -> str:
        return self.labels.get(name, name)

    def set_read_only(self, name: str, read_only: bool) -> None:
        if name in self.editors:
            self.editors[name].set_read_only(read_only)

    def reload_choices(self) -> None:
        for editor in self.editors.values():
            reload = getattr(editor, "reload", None)
            if callable(reload):
                reload()

    # --- errors ---------------------------------------------------------------------------

    def show_errors(self, errors: list[FieldError]) -> None:
        """Each message in red right under its field; errors inside lists also go to the item's form."""
        by_field: dict[str, list[FieldError]] = {}
        general = []
        for e in errors:
            if e.field in self.editors:
                by_field.setdefault(e.field, []).append(e)
            else:
                general.append(e.message)
        self.general_error.setText("\n".join(general))
        self.general_error.setVisible(bool(general))
        for name, label in self.error_labels.items():
            found = by_field.get(name, [])
            editor = self.editors[name]
            lines = [self._describe(editor, e) for e in found]
            label.setText("\n".join(dict.fromkeys(lines)))
            label.setVisible(bool(lines))
            editor.show_errors([FieldError(e.loc[1:], e.message) for e in found if len(e.loc) > 1])

    def _describe(self, editor: FieldEditor, e: FieldError) -> str:
        if isinstance(editor, ListField):
            return editor.describe(e.loc[1:], e.message)
        return where(e.loc) + e.message

    def errors_shown(self) -> dict[str, str]:
        """Field → the error text shown beside it now (for tests and for scrolling to the first one)."""
        return {n: label.text() for n, label in self.error_labels.items() if not label.isHidden()}


class GroupField(FieldEditor):
    """A small nested document (a time limit: value, unit, note) laid out on one line."""

    def __init__(self, form: DocForm) -> None:
        super().__init__()
        self.form = form
        form.changed.connect(self.edited)
        form.grid.setColumnStretch(len(form.editors) - 1, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(form)

    def get(self) -> dict[str, Any]:
        return self.form.value()

    def set(self, value: Any) -> None:
        with self.filling():
            self.form.set_value(dict(value or {}))

    def show_errors(self, errors: list[FieldError]) -> None:
        self.form.show_errors(errors)
