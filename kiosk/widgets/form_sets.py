"""Field editors for several values at once: known choices, free words, and 情形 conditions.

Split from ``form_fields`` (single values); the same contract holds: ``get``/``set`` plain data,
``changed`` only on a person's edit.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtWidgets import QCheckBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from kiosk.widgets.form_fields import FieldEditor, empty_layout, form_button, plain_layout


class MultiChoiceField(FieldEditor):
    """Several of known values (服务对象, 主题分类): a grid of checkboxes, kept in the order ticked."""

    def __init__(self, options: Callable[[], list[tuple[str, str]]], columns: int = 3) -> None:
        super().__init__()
        self.options = options
        self.columns = columns
        self.selected: list[str] = []
        self.boxes: dict[str, QCheckBox] = {}
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(24)
        self.reload()

    def reload(self) -> None:
        for box in self.boxes.values():
            box.deleteLater()
        self.boxes = {}
        choices = self.options()
        known = {v for v, _ in choices}
        choices += [(v, v) for v in self.selected if v not in known]
        for i, (value, text) in enumerate(choices):
            box = QCheckBox(text)
            box.setChecked(value in self.selected)
            box.toggled.connect(lambda on, v=value: self._toggle(v, on))
            self.boxes[value] = box
            self.grid.addWidget(box, i // self.columns, i % self.columns)

    def _toggle(self, value: str, on: bool) -> None:
        if self._filling:
            return
        if on and value not in self.selected:
            self.selected.append(value)
        elif not on and value in self.selected:
            self.selected.remove(value)
        self.edited()

    def get(self) -> list[str]:
        return list(self.selected)

    def set(self, value: Any) -> None:
        with self.filling():
            self.selected = [str(v) for v in value or []]
            if any(v not in self.boxes for v in self.selected):
                self.reload()
            for key, box in self.boxes.items():
                box.setChecked(key in self.selected)


class TagField(FieldEditor):
    """Free words in order (情形 options 是/否): one chip per word, tap a chip to remove it."""

    def __init__(self, add_text: str) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.chips = QHBoxLayout()
        self.chips.setSpacing(8)
        self.entry = QLineEdit()
        self.entry.setMaximumWidth(320)
        self.entry.returnPressed.connect(self.add_from_entry)
        layout = plain_layout(self)
        layout.addLayout(self.chips)
        line = QHBoxLayout()
        line.addWidget(self.entry)
        line.addWidget(form_button(add_text, self.add_from_entry))
        line.addStretch(1)
        layout.addLayout(line)

    def add_from_entry(self) -> None:
        text = self.entry.text().strip()
        if text:
            self.tags.append(text)
            self.entry.clear()
            self._rebuild()
            self.edited()

    def remove(self, index: int) -> None:
        del self.tags[index]
        self._rebuild()
        self.edited()

    def _rebuild(self) -> None:
        empty_layout(self.chips)
        for i, tag in enumerate(self.tags):
            self.chips.addWidget(form_button(f"{tag}  ✕", partial(self.remove, i), "chip"))
        self.chips.addStretch(1)

    def get(self) -> list[str]:
        return list(self.tags)

    def set(self, value: Any) -> None:
        self.tags = [str(v) for v in value or []]
        self._rebuild()


class WhenField(FieldEditor):
    """When a material is needed (适用情形): per 情形 question, the answers that need it.

    Built from the matter's scenarios as they are in the form right now, so a question added a
    moment ago can be used at once. Nothing ticked for a question: needed whatever the answer.
    """

    def __init__(self, scenarios: Callable[[], list[dict[str, Any]]], always_text: str) -> None:
        super().__init__()
        self.scenarios = scenarios
        self.always_text = always_text
        self.value: dict[str, list[str]] = {}
        self.shape: list[tuple[str, tuple[str, ...]]] = []
        self.layout_ = plain_layout(self)

    def sync(self) -> None:
        """Rebuild when the matter's questions changed; answers no longer offered are dropped."""
        shape = [(str(s.get("code", "")), tuple(str(o) for o in s.get("options") or [])) for s in self.scenarios()]
        if shape == self.shape:
            return
        self.shape = shape
        before = self.get()
        self._rebuild()
        if self.get() != before:
            self.edited()

    def _rebuild(self) -> None:
        empty_layout(self.layout_)
        offered = dict(self.shape)
        self.value = {k: [o for o in v if o in offered.get(k, ())] for k, v in self.value.items() if k in offered}
        self.value = {k: v for k, v in self.value.items() if v}
        if not self.shape:
            self.layout_.addWidget(QLabel(self.always_text))
        questions = {str(s.get("code", "")): str(s.get("question", "")) for s in self.scenarios()}
        for code, options in self.shape:
            question = QLabel(questions.get(code) or code)
            question.setWordWrap(True)
            self.layout_.addWidget(question)
            row = QWidget()
            grid = QGridLayout(row)
            grid.setContentsMargins(24, 0, 0, 0)
            grid.setHorizontalSpacing(40)
            for i, option in enumerate(options):
                box = QCheckBox(option)
                box.setChecked(option in self.value.get(code, []))
                box.toggled.connect(lambda on, c=code, o=option: self._toggle(c, o, on))
                grid.addWidget(box, i // 3, i % 3)
            grid.setColumnStretch(3, 1)
            self.layout_.addWidget(row)

    def _toggle(self, code: str, option: str, on: bool) -> None:
        chosen = [o for o in self.value.get(code, []) if o != option]
        if on:
            order = dict(self.shape).get(code, ())
            chosen = [o for o in order if o in [*chosen, option]]
        if chosen:
            self.value[code] = chosen
        else:
            self.value.pop(code, None)
        self.edited()

    def get(self) -> dict[str, list[str]]:
        return {k: list(v) for k, v in self.value.items()}

    def set(self, value: Any) -> None:
        with self.filling():
            self.value = {str(k): [str(o) for o in v] for k, v in (value or {}).items()}
            self.shape = [(str(s.get("code", "")), tuple(s.get("options") or [])) for s in self.scenarios()]
            kept = {k: list(v) for k, v in self.value.items()}
            self._rebuild()
            self.value = kept  # stale conditions stay in the value, so validation can point at them
