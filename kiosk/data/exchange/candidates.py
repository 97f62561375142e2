"""A matter read from a foreign file, on its way into the kiosk (待导入事项).

Every reader of a foreign shape (national tables, AUDIT_* JSON, an office spreadsheet) turns what
it read into ``Candidate``s: the matter as plain data in the kiosk's own fields, where each part
came from in the file, and what the mapping did. ``pipeline`` then cleans, checks and gates them
the same way whatever the shape, so a problem is always reported at its row and column.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from kiosk.data.exchange.report import MatterEntry, Note, NoteKind


@dataclass
class Candidate:
    """A matter as read: ``data`` has ``MatterDoc``'s fields (values not yet cleaned or checked)."""

    data: dict[str, Any]
    source: str  # where the matter starts in the file: 「up_task_general_basic.csv 第3行」
    raw: str = ""  # the source row, cut short, for the report
    # JSON path inside the matter → its place in the file: text, or (row, column) joined when asked for
    places: dict[str, str | tuple[str, str]] = field(default_factory=dict)
    notes: list[Note] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # guide elements the file lacked (defaults used)
    # field path (indices as []) → the column it is read from, to name the column of a problem
    columns: Mapping[str, str] = field(default_factory=dict)
    _counted: Counter[tuple[str, str]] = field(default_factory=Counter)

    def place(self, path: str) -> str:
        """The place in the file of the part at JSON ``path`` (or of the nearest part containing it)."""
        prefix = path
        while prefix:
            if prefix in self.places:
                break
            cut = max(prefix.rfind("."), prefix.rfind("["))
            if cut <= 0:
                prefix = ""
                break
            prefix = prefix[:cut]
        found = self._text(self.places.get(prefix, self.source))
        if isinstance(self.places.get(prefix, self.source), str):
            column = self.columns.get(_pattern(path))
            if column:
                return f"{found} {column}"
        return found

    @staticmethod
    def _text(place: str | tuple[str, str]) -> str:
        return place if isinstance(place, str) else f"{place[0]} {place[1]}"

    def note(self, kind: NoteKind, what: str, why: str, source: str = "") -> None:
        self.notes.append(Note(kind, what, why, source))

    def count(self, what: str, why: str) -> None:
        """A mapping repeated over many rows (every material's 必要性 code): noted once, with how many."""
        self._counted[(what, why)] += 1

    def flush_counts(self) -> None:
        """The counted mappings as one note: 「事项类型 代码 01 → 行政许可;材料必要性 代码 1 → 必要(3 项);…」."""
        if self._counted:
            parts = [f"{what} {why}" + (f"({n} 项)" if n > 1 else "") for (what, why), n in self._counted.items()]
            self.notes.insert(0, Note("mapped", "代码值", ";".join(parts)))
        self._counted.clear()


@lru_cache(maxsize=4096)
def _pattern(path: str) -> str:
    """``materials[3].copies`` → ``materials[].copies``."""
    return re.sub(r"\[\d+\]", "[]", path)


def raw_excerpt(values: dict[str, Any], keys: tuple[str, ...] = (), limit: int = 300) -> str:
    """A source row as ``key=value; …`` (the chosen keys first), cut to ``limit`` characters."""
    ordered = [k for k in keys if k in values] + [k for k in values if k not in keys and not k.startswith("_")]
    text = "; ".join(f"{k}={str(values[k])[:80]}" for k in ordered if values[k] not in ("", None))
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass
class Deletion:
    """A matter the file deletes (national 同步类型 D on its basic row)."""

    code: str
    name: str
    source: str


@dataclass
class Reading:
    """What a foreign reader found, ready for the pipeline."""

    candidates: list[Candidate] = field(default_factory=list)
    departments: dict[str, str] = field(default_factory=dict)  # code → name, as the file names them
    deletions: list[Deletion] = field(default_factory=list)
    settled: list[MatterEntry] = field(default_factory=list)  # matters named but needing no work
    general: list[Note] = field(default_factory=list)
    mapping: list[tuple[str, str]] = field(default_factory=list)  # source column → field, for the report
