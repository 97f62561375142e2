"""A JSON object read member by member (流式读取), one item of a long array at a time.

The kiosk's own export of a county's 5,000 matters is ~86 MB of JSON: parsed whole it is ~280 MB
of Python objects, held while the matters were checked — more than half of the import's peak.
Read here, only the item being checked is parsed; each becomes a document before the next one is
read.

Each value is parsed by the standard library's own scanner (``json.JSONDecoder.raw_decode``), so
what is accepted and what comes out (NaN, big integers, a key given twice: the last one counts)
is exactly what ``json.loads`` gives. This reader follows only well-formed JSON: at anything else
(a syntax error, bytes that are not UTF-8, a top level that is not an object) it raises
``NotStreamable`` and the caller reads the file whole, as before, which names the problem with its
line and column.

Measured against ijson (its C backend) on the 86 MB export: building the 5,000 matters took it
1.1 s (``json`` 0.8 s), and the other members would need a second pass through its events in
Python (2.3 s): the import would have been ~2.5 s slower, and its errors carry no line and column.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from typing import Any, BinaryIO

BLOCK = 1024 * 1024  # bytes read at a time (more while one value is longer than what is held)
_WHITESPACE = re.compile(r"[ \t\n\r]*")  # json.decoder.WHITESPACE: what json.loads skips
_NUMBER_CHARS = re.compile(r"[-+0-9.eE]*")  # what a number is made of
_DECODER = json.JSONDecoder()


class NotStreamable(Exception):
    """Not well-formed JSON, or not an object: read the file whole to learn what is wrong."""


class JsonStream:
    """The text of a binary file, decoded (UTF-8, an optional byte-order mark) a block at a time."""

    def __init__(self, handle: BinaryIO) -> None:
        self._handle = handle
        self._decoder = codecs.getincrementaldecoder("utf-8-sig")()
        self._text = ""
        self._pos = 0
        self._ended = False

    def _more(self) -> bool:
        """Read on (at least as much again as is held from the read position: a long value is
        parsed again only a few times); False at the end of the file."""
        if self._ended:
            return False
        block = self._handle.read(max(BLOCK, len(self._text) - self._pos))
        self._ended = not block
        try:
            decoded = self._decoder.decode(block, final=self._ended)
        except UnicodeDecodeError:
            raise NotStreamable from None
        self._text = self._text[self._pos :] + decoded  # what was read already is dropped
        self._pos = 0
        return True

    def _peek(self) -> str:
        """The next character that is not white space ('' at the end of the file)."""
        while True:
            match = _WHITESPACE.match(self._text, self._pos)
            assert match is not None  # matches the empty string at least
            self._pos = match.end()
            if self._pos < len(self._text):
                return self._text[self._pos]
            if not self._more():
                return ""

    def _take(self, char: str) -> None:
        if self._peek() != char:
            raise NotStreamable
        self._pos += 1

    def value(self) -> Any:
        """The next JSON value, whole."""
        self._peek()
        while True:
            try:
                value, end = _DECODER.raw_decode(self._text, self._pos)
            except json.JSONDecodeError:
                if self._more():  # cut off where the text read so far ends, or wrong
                    continue
                raise NotStreamable from None
            number = _NUMBER_CHARS.match(self._text, self._pos)
            if number is not None and number.end() == len(self._text) and self._more():
                continue  # a number up to the end of the text may go on in the next block ("1" "2", "0." "5")
            self._pos = end
            return value

    def members(self) -> Iterator[str]:
        """The keys of the top-level object, in file order; after each, the caller reads its value
        with ``value`` or ``items``. The end of the file must follow the object."""
        self._take("{")
        if self._peek() == "}":
            self._pos += 1
        else:
            while True:
                if self._peek() != '"':
                    raise NotStreamable
                key = self.value()
                self._take(":")
                yield key
                if self._peek() == ",":
                    self._pos += 1
                    continue
                self._take("}")
                break
        if self._peek():
            raise NotStreamable  # something after the object ("Extra data")

    def starts_array(self) -> bool:
        """Whether the next value is an array (then read it with ``items``)."""
        return self._peek() == "["

    def items(self) -> Iterator[Any]:
        """The items of the array that comes next, each parsed when it is asked for."""
        self._take("[")
        if self._peek() == "]":
            self._pos += 1
            return
        while True:
            yield self.value()
            if self._peek() == ",":
                self._pos += 1
                continue
            self._take("]")
            return
