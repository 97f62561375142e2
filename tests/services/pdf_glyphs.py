"""What a PDF really draws, glyph by glyph: not its text layer, which says nothing about ink.

reportlab writes each TrueType font as subsets of at most 256 glyphs with one-byte codes. For every
string a page shows (``Tj``/``TJ``) this reads the code bytes, follows the subset's own cmap to the
glyph in the embedded font program (``FontFile2``, read with fontTools) and the ToUnicode map to the
character, and reports whether that glyph has outlines. A character drawn with an empty glyph or
``.notdef`` is a character that vanished from the paper.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

import pypdf
from fontTools.ttLib import TTFont
from pypdf.generic import ContentStream

BFCHAR = re.compile(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")


@dataclass(frozen=True)
class Drawn:
    char: str
    font: str  # the embedded font's name without the subset tag: WenQuanYiMicroHei-0, HanaMinB …
    glyph: str
    inked: bool  # the glyph has outlines


class _Subset:
    def __init__(self, font: pypdf.generic.DictionaryObject) -> None:
        self.name = str(font["/BaseFont"]).split("+", 1)[-1]
        program = font["/FontDescriptor"].get_object()["/FontFile2"].get_object().get_data()
        self.tt = TTFont(io.BytesIO(program))
        self.cmap = self.tt["cmap"].tables[0].cmap
        self.glyf = self.tt["glyf"]
        unicode_map = font["/ToUnicode"].get_object().get_data().decode("latin-1").split("beginbfchar", 1)[1]
        pairs = BFCHAR.findall(unicode_map)
        self.unicode = {int(src, 16): bytes.fromhex(dst).decode("utf-16-be") for src, dst in pairs}

    def drawn(self, code: int) -> Drawn:
        glyph = self.cmap.get(code, ".notdef")
        inked = glyph != ".notdef" and self.glyf[glyph].numberOfContours != 0
        return Drawn(self.unicode.get(code, "\ufffd"), self.name, glyph, inked)


def drawn_characters(pdf: bytes) -> list[Drawn]:
    """Every character every page of ``pdf`` draws, in drawing order, with the glyph used."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    found: list[Drawn] = []
    for page in reader.pages:
        fonts = {name: _Subset(ref.get_object()) for name, ref in page["/Resources"]["/Font"].items()
                 if "/FontDescriptor" in ref.get_object()}  # fmt: skip
        current: _Subset | None = None
        for operands, op in ContentStream(page.get_contents(), reader).operations:
            if op == b"Tf":
                current = fonts.get(operands[0])
            elif op in (b"Tj", b"'", b'"', b"TJ") and current is not None:
                strings = operands[0] if op == b"TJ" else [operands[-1]]
                for item in strings:
                    if isinstance(item, (pypdf.generic.TextStringObject, pypdf.generic.ByteStringObject)):
                        data = item.original_bytes if hasattr(item, "original_bytes") else bytes(item)
                        found += [current.drawn(code) for code in data]
    return found


def embedded_fonts(pdf: bytes) -> set[str]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return {
        str(ref.get_object()["/BaseFont"]).split("+", 1)[-1]
        for page in reader.pages
        for ref in page["/Resources"]["/Font"].values()
    }
