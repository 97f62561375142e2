"""Text in the kiosk's PDFs, drawn through the font chain so that no character vanishes.

reportlab draws a whole paragraph in one font and silently draws nothing for a character that
font lacks (「王𪚥䶮𠀀𡒄𬌗龘堃喆珺」 came out as 「王　　　　　龘堃喆珺」). Every text the PDFs print
goes through here instead: ``markup`` cuts a text into runs by the first face of the chain that
has each character (``fonts.resolve_chain``) and wraps the runs of fallback faces in
``<font name=…>`` for platypus paragraphs; ``draw_string`` does the same on a bare canvas. A
character no face has is printed as 「〓」 (the typesetter's mark for a missing character), never
as nothing — and ``FontChain.missing`` lets the screens warn before anything is printed.

Also fixes reportlab's ToUnicode map for characters beyond U+FFFF (see ``_to_unicode_cmap``), so
the text layer of a PDF holds 𠀀 and not garbage. No Qt here.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator
from functools import cache, wraps
from typing import Any, Literal, ParamSpec, TypeVar
from xml.sax.saxutils import escape

from kiosk.services import cjk_blocks, fonts
from kiosk.services.fonts import PDF_FONT_NAME, FontChain, forget_pdf_font, register_pdf_font, resolve_chain

MISSING_MARK = "〓"

# reportlab keeps its fonts in one process-wide registry, and ``forget_fonts`` empties it: a PDF
# made on one pool thread while another thread forgot the fonts lost them halfway (a checklist
# preview that never came). One PDF at a time, in the whole process.
PDF_LOCK = threading.RLock()


P = ParamSpec("P")
R = TypeVar("R")


def one_pdf_at_a_time(fn: Callable[P, R]) -> Callable[P, R]:
    """``fn`` holds ``PDF_LOCK`` while it runs."""

    @wraps(fn)
    def locked(*args: P.args, **kwargs: P.kwargs) -> R:
        with PDF_LOCK:
            return fn(*args, **kwargs)

    return locked


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ``makeToUnicodeCMap`` writes a code point above U+FFFF as 5 hex digits (<20000>),
    which PDF readers reject, so copying or searching 𠀀 in a notice gave nothing. The destination
    of a bfchar entry is UTF-16BE: a surrogate pair for those characters."""
    entries = [f"<{code:02X}> <{chr(cp).encode('utf-16-be').hex().upper()}>" for code, cp in enumerate(subset)]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


@cache
def _chain() -> FontChain:
    from reportlab.pdfbase import ttfonts

    ttfonts.makeToUnicodeCMap = _to_unicode_cmap  # looked up at save time by name
    register_pdf_font()
    return resolve_chain()


def _face_name(index: int) -> str:
    """The reportlab name of face ``index`` of the chain, registered on first use (again after
    ``forget_fonts``)."""
    return register_pdf_font() if index == 0 else _fallback_name(index)


@cache
def _fallback_name(index: int) -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    face = _chain().faces[index]
    name = f"{PDF_FONT_NAME}-{index}"
    pdfmetrics.registerFont(TTFont(name, str(face.path), subfontIndex=face.index))
    return name


@one_pdf_at_a_time
def forget_fonts() -> None:
    """Let go of the parsed tables of every face registered for PDFs (``fonts.forget_pdf_font``;
    a fallback face such as HanaMinB holds far more than the main one) until the next PDF."""
    from reportlab.pdfbase import pdfmetrics

    registered = getattr(pdfmetrics, "_fonts", {})
    for name in [n for n in registered if str(n).startswith(f"{PDF_FONT_NAME}-")]:
        face = getattr(getattr(registered.pop(name), "face", None), "name", None)
        if face is not None:
            getattr(pdfmetrics, "_dynFaceNames", {}).pop(face, None)
    _fallback_name.cache_clear()
    forget_pdf_font()


SPACES = " \t\n\r\u3000\xa0"


@cache
def _not_plain() -> re.Pattern[str]:
    """A character ``runs`` cannot leave to the main font unchanged: any but those it has a glyph
    for, and spaces (a per-character walk through the chain cost the checklist a fifth of its time).

    One character class of ranges (~100 KB compiled), not a set of the ~30,000 characters (~4 MB of
    one-character strings, kept for the life of the process once the first checklist was printed).
    """
    main = fonts.coverage(_chain().primary)
    plain = fonts.CodePoints(
        [code for code in main if (code < 0xD800 or code > 0xDFFF) and cjk_blocks.needs_glyph(chr(code))]
        + [ord(ch) for ch in SPACES]
    )
    spans = (f"\\U{first:08x}" + (f"-\\U{last:08x}" if last > first else "") for first, last in plain.ranges())
    return re.compile("[^" + "".join(spans) + "]")


def runs(text: str) -> Iterator[tuple[str, str]]:
    """(reportlab font name, text) runs of ``text``; characters no face has become 「〓」 in the main
    font, variation selectors are dropped (reportlab cannot apply them)."""
    if _not_plain().search(text) is None:  # nearly every text: the main font draws all of it, as it is
        if text:
            yield _face_name(0), text
        return
    chain = _chain()
    current: int | None = None
    buffer: list[str] = []
    for ch in text:
        if not cjk_blocks.needs_glyph(ch) and not ch.isspace():
            continue
        face = 0 if ch.isspace() else chain.face_for(ch)
        if face is None:
            face, ch = 0, MISSING_MARK
        if face != current and buffer:
            yield _face_name(current or 0), "".join(buffer)
            buffer = []
        current = face
        buffer.append(ch)
    if buffer:
        yield _face_name(current or 0), "".join(buffer)


def markup(text: str) -> str:
    """``text`` as platypus paragraph markup in the main font, fallback runs wrapped in <font>."""
    main = register_pdf_font()
    _chain()
    parts = []
    for name, run in runs(text):
        run = escape(run)
        parts.append(run if name == main else f'<font name="{name}">{run}</font>')
    return "".join(parts)


def draw_string(
    canvas: Any, x: float, y: float, text: str, size: float, align: Literal["left", "right", "centre"] = "left"
) -> None:
    """Draw ``text`` on a reportlab canvas at (x, y), run by run through the chain."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    pieces = list(runs(text))
    width = sum(stringWidth(run, name, size) for name, run in pieces)
    if align == "right":
        x -= width
    elif align == "centre":
        x -= width / 2
    for name, run in pieces:
        canvas.setFont(name, size)
        canvas.drawString(x, y, run)
        x += stringWidth(run, name, size)


def string_width(text: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return sum(stringWidth(run, name, size) for name, run in runs(text))
