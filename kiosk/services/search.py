"""Finding a service matter by what a resident types: Chinese, pinyin initials, full pinyin, one typo.

The pinyin forms were computed when each matter was saved (``search_index.py``), so searching
needs no pypinyin and answers on every keystroke. Ranking puts name matches before matches in
the department, theme and material words, and exact matches before one-typo matches.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol, TypeVar


class Searchable(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def search_text(self) -> str: ...

    @property
    def sort(self) -> int: ...


T = TypeVar("T", bound=Searchable)


def _within_one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by at most one insertion, deletion or substitution."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = j = edits = 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            i += 1
            j += 1
            continue
        edits += 1
        if edits > 1:
            return False
        if len(a) == len(b):
            i += 1
        j += 1
    return edits + (len(b) - j) + (len(a) - i) <= 1


def _fuzzy_contains(text: str, query: str) -> bool:
    """Whether some stretch of ``text`` is within one edit of ``query``."""
    n = len(query)
    for size in (n - 1, n, n + 1):
        if size <= 0:
            continue
        for start in range(0, len(text) - size + 1):
            if _within_one_edit(text[start : start + size], query):
                return True
    return False


def _has_cjk(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in text)


def score(search_text: str, query: str, fuzzy: bool = True) -> int:
    """How well one matter's stored search text matches ``query`` (0: not at all).

    ``fuzzy=False`` skips the one-typo comparison, the only costly part.
    """
    name, full, initials, extra = ([*search_text.split("\n"), "", "", "", ""])[:4]
    q = query.strip().lower().replace(" ", "")
    if not q:
        return 0
    if _has_cjk(q):
        if name.startswith(q):
            return 100
        if q in name:
            return 90
        if q in extra:
            return 50
        if fuzzy and len(q) >= 3 and _fuzzy_contains(name, q):
            return 30
        return 0
    if initials.startswith(q):
        return 95
    if q in initials:
        return 85
    if full.startswith(q):
        return 80
    if q in full:
        return 70
    if fuzzy and len(q) >= 3 and (_fuzzy_contains(initials, q) or (len(q) >= 4 and _fuzzy_contains(full, q))):
        return 25
    return 0


FUZZY_BELOW = 5  # typo-tolerant matching is tried only when exact matching finds fewer results


def search(items: Iterable[T], query: str, limit: int = 50) -> list[T]:
    """Items matching ``query``, best first (ties keep the guide's own order).

    One-typo matches are looked for only when the exact ones are few: they help someone who
    mistyped, and would only push exact results down for someone who did not.
    """
    items = list(items)
    scored = [(score(item.search_text, query, fuzzy=False), item) for item in items]
    if sum(1 for points, _ in scored if points) < FUZZY_BELOW:
        scored = [(points or score(item.search_text, query), item) for points, item in scored]
    ranked = sorted((pair for pair in scored if pair[0] > 0), key=lambda pair: (-pair[0], pair[1].sort))
    return [item for _, item in ranked[:limit]]


def initials_keyboard() -> Sequence[str]:
    """Letters for the quick keyboard of pinyin initials (no pinyin syllable starts with i, u or v)."""
    return list("abcdefghjklmnopqrstwxyz")
