"""What the kiosk last read, and whether it still holds: a tap need not wait for the database.

The repository's answers change only when content changes: something is published (the content
watcher notices within 30 s), an import or restore replaces content, or a console session edits
it. Between two such moments the kiosk answers from memory. ``invalidate()`` marks every answer
as to be read again; an answer that depends on the clock holds only as long as its ``stamp``
(the date for matters in effect, the minute for publish windows).

The same answers are the kiosk's offline snapshot (the last answer of each read, kept after an
invalidation for when the database does not answer). So that it cannot grow with use, reads
named in ``bounded`` (the guides: ``matter(code)``) keep only their most recently used answers;
a kiosk with a local store has all of them on disk as well. Safe to use from the GUI thread and
a pool thread at once (the prefetch of a kiosk with a local store). No SQL, no Qt.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable, Mapping
from typing import Any

MISSING: Any = object()
Key = tuple[str, tuple[Any, ...], tuple[tuple[str, Any], ...]]


class ReadCache:
    """Answers by read key; ``fresh`` ones may be served without asking the database."""

    def __init__(self, *, serve_fresh: bool, bounded: Mapping[str, int] | None = None) -> None:
        self.serve_fresh = serve_fresh
        self.bounded = dict(bounded or {})
        self.generation = 0
        self._answers: dict[Key, Any] = {}
        self._fresh: dict[Key, tuple[int, Hashable]] = {}
        self._recent: dict[str, OrderedDict[Key, None]] = {name: OrderedDict() for name in self.bounded}
        self._lock = threading.Lock()

    def fresh(self, key: Key, stamp: Hashable) -> Any:
        """The answer when it was read since the last invalidation with this ``stamp``, else ``MISSING``."""
        if not self.serve_fresh:
            return MISSING
        with self._lock:
            if self._fresh.get(key) != (self.generation, stamp):
                return MISSING
            self._touch(key)
            return self._answers[key]

    def last(self, key: Key) -> Any:
        """The last answer kept for ``key``, however old (the offline snapshot), else ``MISSING``."""
        with self._lock:
            return self._answers.get(key, MISSING)

    def keep(self, key: Key, value: Any, stamp: Hashable | None = None, generation: int | None = None) -> Any:
        """Keep ``value`` as the answer for ``key``; fresh when read in the current ``generation``.

        Returns the value to hand out: the answer already kept when it is equal, so that callers
        that compare by identity (a search index, a list on screen) see that nothing changed.
        """
        with self._lock:
            kept = self._answers.get(key, MISSING)
            if kept is not MISSING and kept == value:
                value = kept
            self._answers[key] = value
            if generation is None or generation == self.generation:
                self._fresh[key] = (self.generation, stamp)
            else:  # read while content changed: correct for the snapshot, not to be served as fresh
                self._fresh.pop(key, None)
            self._touch(key)
            return value

    def has(self, key: Key) -> bool:
        with self._lock:
            return key in self._answers

    def drop(self, key: Key) -> None:
        with self._lock:
            self._answers.pop(key, None)
            self._fresh.pop(key, None)
            recent = self._recent.get(key[0])
            if recent is not None:
                recent.pop(key, None)

    def invalidate(self) -> None:
        """Content changed: every answer is read again before it is served (and kept meanwhile)."""
        with self._lock:
            self.generation += 1

    def __len__(self) -> int:
        return len(self._answers)

    def count(self, read: str) -> int:
        """How many answers of the read called ``read`` are kept (``"matter"``: guides)."""
        with self._lock:
            return sum(1 for key in self._answers if key[0] == read)

    def _touch(self, key: Key) -> None:
        recent = self._recent.get(key[0])
        if recent is None:
            return
        recent[key] = None
        recent.move_to_end(key)
        while len(recent) > self.bounded[key[0]]:
            oldest, _ = recent.popitem(last=False)
            self._answers.pop(oldest, None)
            self._fresh.pop(oldest, None)
