"""The blocks of CJK ideographs a name can hold, and samples of them for font checks.

GB 18030-2022 implementation level 3 asks for every ideograph of the standard: the basic block
(URO), Extensions A to F, the compatibility ideographs and the radicals. Its Amendment 1 (2024)
adds Extensions G, H and I. People's names in the hall's data use all of these (𠀀 𪚥 䶮 𡒄 𬌗),
and a font that lacks one makes the character vanish from the paper. This module names the
blocks and picks reproducible samples of their assigned characters; ``fonts`` checks the kiosk's
fallback chain against them. No Qt, no fonts here.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True)
class Block:
    """A Unicode block of ideographs; ``level3`` when GB 18030-2022 level 3 requires it."""

    key: str
    name: str
    first: int
    last: int
    level3: bool

    def assigned(self) -> tuple[int, ...]:
        return _assigned(self.first, self.last)

    def __contains__(self, code: int) -> bool:
        return self.first <= code <= self.last


BLOCKS = (
    Block("URO", "基本区", 0x4E00, 0x9FFF, True),
    Block("A", "扩展A区", 0x3400, 0x4DBF, True),
    Block("B", "扩展B区", 0x20000, 0x2A6DF, True),
    Block("C", "扩展C区", 0x2A700, 0x2B73F, True),
    Block("D", "扩展D区", 0x2B740, 0x2B81F, True),
    Block("E", "扩展E区", 0x2B820, 0x2CEAF, True),
    Block("F", "扩展F区", 0x2CEB0, 0x2EBEF, True),
    Block("G", "扩展G区", 0x30000, 0x3134F, False),
    Block("H", "扩展H区", 0x31350, 0x323AF, False),
    Block("CI", "兼容汉字", 0xF900, 0xFAFF, True),
    Block("CIS", "兼容汉字补充", 0x2F800, 0x2FA1F, True),
    Block("KX", "康熙部首", 0x2F00, 0x2FDF, True),
    Block("RS", "部首补充", 0x2E80, 0x2EFF, True),
)
EXTENSIONS = tuple(b for b in BLOCKS if len(b.key) == 1)  # A … H
BY_KEY = {b.key: b for b in BLOCKS}
# The example name (Ext-A, B and E characters among basic ones): the first thing to check.
EXAMPLE_NAME = "王𪚥䶮𠀀𡒄𬌗龘堃喆珺"


@cache
def _assigned(first: int, last: int) -> tuple[int, ...]:
    return tuple(c for c in range(first, last + 1) if unicodedata.category(chr(c)) != "Cn")


def probe(block: Block, count: int = 32) -> str:
    """``count`` characters spread evenly over ``block`` (first and last included): a quick check."""
    chars = block.assigned()
    if len(chars) <= count:
        return "".join(map(chr, chars))
    step = (len(chars) - 1) / (count - 1)
    return "".join(chr(chars[round(i * step)]) for i in range(count))


def block_of(code: int) -> Block | None:
    for block in BLOCKS:
        if code in block:
            return block
    return None


def sample(block: Block, count: int = 500, seed: int = 18030) -> str:
    """``count`` assigned characters of ``block``, the same ones every run, in code order."""
    chars = block.assigned()
    if len(chars) <= count:
        return "".join(map(chr, chars))
    picked = random.Random(f"{seed}:{block.key}").sample(chars, count)
    return "".join(chr(c) for c in sorted(picked))


def needs_glyph(ch: str) -> bool:
    """False for what no font draws: spaces, controls, format characters, variation selectors."""
    category = unicodedata.category(ch)
    if category[0] in "ZC":
        return False
    code = ord(ch)
    return not (0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF)


def describe(ch: str) -> str:
    """「𰀁」(U+30001,扩展G区): how a character is named in a message to a person."""
    block = block_of(ord(ch))
    where = f",{block.name}" if block else ""
    return f"「{ch}」(U+{ord(ch):04X}{where})"
