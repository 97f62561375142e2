"""The search text stored with each matter, computed when the matter is saved.

Importing pypinyin costs ~150 ms, so it happens here, at save time, and never at kiosk start-up.
The stored text has one field per line: the name, its full pinyin, its pinyin initials, and the
other words a resident may search by (department, themes, materials).
"""

from __future__ import annotations

from collections.abc import Iterable


def pinyin_forms(text: str) -> tuple[str, str]:
    """Full pinyin and initials of ``text`` (lower case, no spaces; non-Chinese kept as is)."""
    from pypinyin import Style, lazy_pinyin

    syllables = [s.lower() for s in lazy_pinyin(text, style=Style.NORMAL, errors="default") if s.strip()]
    full = "".join(s for s in syllables if s.isalnum())
    initials = "".join(s[0] for s in syllables if s and s[0].isalnum())
    return full, initials


def build_search_text(name: str, other: Iterable[str] = ()) -> str:
    full, initials = pinyin_forms(name)
    extra = " ".join(o for o in other if o)
    return "\n".join((name, full, initials, extra))
