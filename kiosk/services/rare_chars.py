"""Finding a 生僻字 to type: by its pinyin reading or by its Unicode code.

Qt Virtual Keyboard's pinyin dictionary holds the common characters only, and the PySide6 wheels
ship no handwriting engine (Lipi toolkit, MyScript and Cerence are separate builds), so a name like
「王𪚥」 cannot be typed on it. Two ways that work with any keyboard, the virtual one included:

* a reading: ``zhe`` (or ``zhe2``, ``zhé``) lists every character read so, from pypinyin's
  dictionary of the Unihan readings (about 42,000 characters, 14,500 of them in Extension B);
* a code: ``2A6A5``, ``U+2A6A5`` or ``\\u4dae`` gives that character (codes are printed on ID-card
  records and in the county's data).

Rarer characters come first (the pinyin keyboard already has the common ones). No Qt here.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from kiosk.services import cjk_blocks

CODE = re.compile(r"^(?:u\+|\\u|0x|&#x)?([0-9a-f]{4,6});?$", re.IGNORECASE)
READING = re.compile(r"^([a-zü:v]+)([1-5]?)$")
TONE_MARKS = {"ā": "a1", "á": "a2", "ǎ": "a3", "à": "a4", "ē": "e1", "é": "e2", "ě": "e3", "è": "e4",
              "ī": "i1", "í": "i2", "ǐ": "i3", "ì": "i4", "ō": "o1", "ó": "o2", "ǒ": "o3", "ò": "o4",
              "ū": "u1", "ú": "u2", "ǔ": "u3", "ù": "u4", "ǖ": "v1", "ǘ": "v2", "ǚ": "v3", "ǜ": "v4",
              "ü": "v0", "ń": "n2", "ň": "n3", "ǹ": "n4", "ḿ": "m2"}  # fmt: skip
LIMIT = 240


@dataclass(frozen=True)
class Candidate:
    """A character to insert, with what a person needs to choose it."""

    char: str
    code: str  # U+2A6A5
    block: str  # 扩展B区
    readings: tuple[str, ...]


def _plain(reading: str) -> tuple[str, int]:
    """``zhé`` → (``zhe``, 2); ``lü`` → (``lv``, 0)."""
    tone = 0
    letters = []
    for ch in reading:
        mark = TONE_MARKS.get(ch)
        if mark:
            letters.append(mark[0])
            tone = int(mark[1]) or tone
        else:
            letters.append(ch)
    return "".join(letters), tone


@cache
def _index() -> dict[str, list[tuple[int, int]]]:
    """Toneless reading → [(code point, tone)] for every character pypinyin knows."""
    from pypinyin.pinyin_dict import pinyin_dict

    index: dict[str, list[tuple[int, int]]] = {}
    for code, readings in pinyin_dict.items():
        for reading in readings.split(","):
            plain, tone = _plain(reading.strip())
            index.setdefault(plain, []).append((code, tone))
    return index


def _readings(code: int) -> tuple[str, ...]:
    from pypinyin.pinyin_dict import pinyin_dict

    return tuple(pinyin_dict.get(code, "").split(",")) if code in pinyin_dict else ()


def _candidate(code: int) -> Candidate:
    block = cjk_blocks.block_of(code)
    return Candidate(chr(code), f"U+{code:04X}", block.name if block else "", _readings(code))


def _rarity(code: int) -> int:
    """0 for the extension blocks, 1 for the rest of the basic block, 2 for GB 2312's characters."""
    if not 0x4E00 <= code <= 0x9FFF:
        return 0
    try:
        chr(code).encode("gb2312")
    except UnicodeEncodeError:
        return 1
    return 2


def lookup(query: str, limit: int = LIMIT) -> list[Candidate]:
    """Characters for a reading (``zhe``, ``zhe2``, ``zhé``) or a code (``2A6A5``, ``U+2A6A5``)."""
    text = query.strip().lower().replace(" ", "")
    if not text:
        return []
    code = CODE.match(text)
    if code:
        value = int(code.group(1), 16)
        if value <= 0x10FFFF and unicodedata.category(chr(value)) not in ("Cn", "Cs", "Co", "Cc"):
            found = [_candidate(value)]
        else:
            found = []
        if not READING.match(text):  # "abcd" is a code and could not be a reading anyway
            return found
    else:
        found = []
    plain, tone = _plain(text.replace("u:", "v").replace("ü", "v"))
    match = READING.match(plain)
    if not match:
        return found
    letters, wanted = match.group(1), int(match.group(2) or tone)
    hits = [c for c, t in _index().get(letters, []) if not wanted or t == wanted]
    hits = sorted(set(hits), key=lambda c: (_rarity(c), c))
    return found + [_candidate(c) for c in hits[: max(0, limit - len(found))]]
