"""History of a content item (存档): its revisions and a readable diff between any two of them.

Revisions hold whole documents as JSON; the diff walks two of them field by field so an admin
reads "设定依据: old → new" or "申请材料: added 「授权委托书」" rather than two JSON blobs. Long texts
get a character-level diff (Chinese has no spaces, so word diffs would be whole paragraphs).
Attached files are compared by content and shown by name and size, never as base64. No Qt.
"""

from __future__ import annotations

import base64
import datetime as dt
import difflib
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.data import models as m

ChangeKind = Literal["changed", "added", "removed", "reordered"]
# Which field names an item of a list (a material by its name, a scenario by its code, …).
IDENTITY_FIELDS = ("code", "key", "name", "title", "question", "label")
LONG_TEXT = 60


@dataclass(frozen=True)
class RevisionInfo:
    """One stored version, as the history list shows it."""

    version: int
    action: str
    actor: str
    created_at: dt.datetime


def history(session: Session, entity: str, key: str) -> list[RevisionInfo]:
    """Every revision of an item, newest first."""
    rows = session.execute(
        select(m.Revision.version, m.Revision.action, m.Revision.actor, m.Revision.created_at)
        .where(m.Revision.entity == entity, m.Revision.key == key)
        .order_by(m.Revision.version.desc())
    )
    return [RevisionInfo(*r) for r in rows.tuples()]


def revision_data(session: Session, entity: str, key: str, version: int) -> dict[str, Any] | None:
    query = select(m.Revision.data).where(
        m.Revision.entity == entity, m.Revision.key == key, m.Revision.version == version
    )
    data = session.scalar(query)
    return dict(data) if data is not None else None


@dataclass(frozen=True)
class Segment:
    """A piece of a text diff: kept, deleted or inserted text."""

    op: Literal["equal", "delete", "insert"]
    text: str


@dataclass(frozen=True)
class Change:
    """One difference. ``path`` starts with the document's field (``legal_basis``), then list items
    by their name (``materials``, ``授权委托书``, ``copies``)."""

    path: tuple[str, ...]
    kind: ChangeKind
    old: Any = None
    new: Any = None
    segments: list[Segment] = field(default_factory=list)

    @property
    def field(self) -> str:
        return self.path[0]

    def describe(self, labels: dict[str, str] | None = None) -> str:
        """One line of plain text: ``where: old → new``."""
        names = labels or {}
        where = " › ".join(names.get(p, p) for p in self.path)
        if self.kind == "added":
            return f"{where}: + {show(self.new)}"
        if self.kind == "removed":
            return f"{where}: − {show(self.old)}"
        if self.kind == "reordered":
            return f"{where}: {show(self.old)} → {show(self.new)}(顺序调整)"
        return f"{where}: {show(self.old)} → {show(self.new)}"


def is_file(value: Any) -> bool:
    return isinstance(value, dict) and "data_base64" in value and "filename" in value


def show(value: Any) -> str:
    """A value as one short readable string."""
    if value is None or value == "":
        return "(空)"
    if is_file(value):
        size = len(base64.b64decode(value["data_base64"])) if value["data_base64"] else 0
        return f"{value['filename']}({size / 1024:.0f} KB)" if size >= 1024 else f"{value['filename']}({size} B)"
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, dict):
        name = identity(value)
        return f"「{name}」" if name else "、".join(f"{k}={show(v)}" for k, v in value.items())
    if isinstance(value, list):
        return "、".join(show(v) for v in value) or "(空)"
    return str(value)


def identity(item: Any) -> str:
    if isinstance(item, dict):
        for name in IDENTITY_FIELDS:
            if item.get(name):
                return str(item[name])
        return ""
    return str(item)


def text_segments(old: str, new: str, context: int = 24) -> list[Segment]:
    """A character-level diff of two texts, with long unchanged stretches shortened to their ends."""
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    segments: list[Segment] = []
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            text = old[a1:a2]
            if len(text) > 2 * context:
                text = text[:context] + " … " + text[-context:]
            segments.append(Segment("equal", text))
        else:
            if a2 > a1:
                segments.append(Segment("delete", old[a1:a2]))
            if b2 > b1:
                segments.append(Segment("insert", new[b1:b2]))
    return segments


def diff(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Field-by-field differences from ``old`` to ``new`` (two revisions' data), in field order."""
    return _diff_dicts(old, new, ())


def _diff_dicts(old: dict[str, Any], new: dict[str, Any], path: tuple[str, ...]) -> list[Change]:
    changes: list[Change] = []
    for name in [*old, *(k for k in new if k not in old)]:
        a, b = old.get(name), new.get(name)
        if a == b:
            continue
        changes += _diff_values(a, b, (*path, name))
    return changes


def _diff_values(a: Any, b: Any, path: tuple[str, ...]) -> list[Change]:
    if isinstance(a, dict) and isinstance(b, dict) and not (is_file(a) or is_file(b)):
        return _diff_dicts(a, b, path)
    if isinstance(a, list) and isinstance(b, list):
        return _diff_lists(a, b, path)
    if isinstance(a, str) and isinstance(b, str) and max(len(a), len(b)) > LONG_TEXT:
        return [Change(path, "changed", a, b, text_segments(a, b))]
    return [Change(path, "changed", a, b)]


def _tagged(items: list[Any]) -> list[tuple[str, int]]:
    """(identity, occurrence) for each item, so two materials with the same name stay apart."""
    seen: dict[str, int] = {}
    tags = []
    for item in items:
        name = identity(item) if isinstance(item, dict) else repr(item)
        seen[name] = seen.get(name, 0) + 1
        tags.append((name, seen[name]))
    return tags


def _diff_lists(a: list[Any], b: list[Any], path: tuple[str, ...]) -> list[Change]:
    old_tags, new_tags = _tagged(a), _tagged(b)
    old_by_tag, new_by_tag = dict(zip(old_tags, a, strict=True)), dict(zip(new_tags, b, strict=True))
    changes: list[Change] = []
    for tag, item in zip(old_tags, a, strict=True):
        if tag not in new_by_tag:
            changes.append(Change(path, "removed", old=item))
    for tag, item in zip(new_tags, b, strict=True):
        if tag not in old_by_tag:
            changes.append(Change(path, "added", new=item))
        elif item != old_by_tag[tag]:
            label = tag[0] if tag[1] == 1 else f"{tag[0]}#{tag[1]}"
            changes += _diff_values(old_by_tag[tag], item, (*path, label))
    kept_old = [t for t in old_tags if t in new_by_tag]
    kept_new = [t for t in new_tags if t in old_by_tag]
    if kept_old != kept_new:
        changes.append(Change(path, "reordered", [old_by_tag[t] for t in kept_old], [new_by_tag[t] for t in kept_new]))
    return changes
