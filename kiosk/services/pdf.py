"""PDF of a one-time notice (一次性告知单), for A4 and for 80 mm receipt printers.

reportlab with the kiosk's TrueType CJK font embedded (``fonts.register_pdf_font``, and the
faces of the fallback chain where a text needs them, through ``pdf_text``): never the
built-in STSong-Light CID font, which is not embedded — without Adobe-GB1 data it renders
nothing, and through CUPS it lost every ASCII digit. Text stays extractable (the tests read it
back with pypdf and pdftotext). ``invariant`` output: the same notice gives the same bytes, so a
reprint from the archive is the original. The layouts themselves are in ``pdf_layout``. No Qt here.
"""

from __future__ import annotations

import io
from typing import Any, Literal

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate

from kiosk.services import pdf_layout
from kiosk.services.fonts import register_pdf_font
from kiosk.services.notices import OneTimeNotice
from kiosk.services.pdf_text import draw_string, one_pdf_at_a_time

PageFormat = Literal["a4", "receipt"]
PAGE_FORMATS: tuple[PageFormat, ...] = ("a4", "receipt")
RECEIPT_WIDTH = 80 * mm
RECEIPT_MARGIN = 4 * mm
# A receipt is one page as long as its content (thermal paper is a roll), up to this; longer
# notices continue on more pages so no driver has to cope with metres of page.
RECEIPT_MAX_HEIGHT = 600 * mm
RECEIPT_MIN_HEIGHT = 100 * mm
A4_MARGIN = 16 * mm
FOOTER_SPACE = 9 * mm


_NOT_SAVED = frozenset({"_saved_pages", "_doctemplate"})


def _numbered_canvas(footer_left: str, font: str, size: float, page_format: PageFormat) -> type[Canvas]:
    """A canvas that writes 第N页/共M页 on every page once it knows how many pages there are."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            # The page's state without the saved pages themselves and reportlab's link back to the
            # document (which ``save`` would restore after reportlab dropped it): either made a cycle
            # that kept the whole document, the parsed fonts (~20 MB) included, for the cycle
            # collector — which an idle kiosk runs rarely, and never before home gives memory back.
            self._saved_pages.append({k: v for k, v in self.__dict__.items() if k not in _NOT_SAVED})
            self._startPage()

        def save(self) -> None:
            total = len(self._saved_pages)
            for number, state in enumerate(self._saved_pages, start=1):
                self.__dict__.update(state)
                self._footer(number, total)
                super().showPage()
            super().save()

        def _footer(self, number: int, total: int) -> None:
            width = self._pagesize[0]
            margin = RECEIPT_MARGIN if page_format == "receipt" else A4_MARGIN
            y = 5 * mm
            self.saveState()
            self.setFont(font, size)
            self.setFillColorRGB(0.25, 0.25, 0.25)
            pages = f"第{number}页/共{total}页"
            if page_format == "receipt":  # the serial holds the hall's short name: any character
                draw_string(self, width / 2, y, f"{footer_left}  {pages}", size, "centre")
            else:
                draw_string(self, margin, y, footer_left, size)
                draw_string(self, width - margin, y, pages, size, "right")
            self.restoreState()

    return NumberedCanvas


def _build(
    font: str,
    story: list[Flowable],
    page_size: tuple[float, float],
    margin: float,
    canvas: type[Canvas],
    title: str,
    author: str,
) -> bytes:
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=page_size,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=FOOTER_SPACE,
        title=title,
        author=author,
        creator="hall-kiosk",
        subject="一次性告知单",
        invariant=1,
        initialFontName=font,  # else every page also references Helvetica, a font the notice never uses
    )
    frame = Frame(
        margin,
        FOOTER_SPACE,
        page_size[0] - 2 * margin,
        page_size[1] - margin - FOOTER_SPACE,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story, canvasmaker=canvas)
    # reportlab's namespace for <docExec>/<docEval> is {"doc": doc}: a cycle that would leave the
    # document, and the fonts it used, to the cycle collector (see NumberedCanvas.showPage)
    doc._nameSpace.clear()
    return buffer.getvalue()


def _story_height(story: list[Flowable], width: float) -> float:
    """The height ``story`` needs in one frame of ``width`` (to size a receipt to its content)."""
    scratch = Canvas(io.BytesIO())
    total = 0.0
    for flowable in story:
        if isinstance(flowable, KeepTogether):  # its wrap() reports "too tall" on purpose
            total += _story_height(list(flowable._content), width)
            continue
        _w, height = flowable.wrapOn(scratch, width, 10_000 * mm)
        total += height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def unprintable(notice: OneTimeNotice) -> list[str]:
    """Characters of ``notice`` that no font of the chain can draw (printed as 「〓」): callers warn
    staff before printing, so a name never loses a character without anyone knowing."""
    from kiosk.services.fonts import resolve_chain

    texts: list[str] = []

    def collect(value: object) -> None:
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                collect(item)
        elif isinstance(value, (list, tuple)):
            for item in value:
                collect(item)

    collect(notice.model_dump())
    return resolve_chain().missing("\n".join(texts))


@one_pdf_at_a_time
def render_notice(notice: OneTimeNotice, page_format: PageFormat = "a4") -> bytes:
    """The notice as PDF bytes in the A4 or the 80 mm receipt layout."""
    font = register_pdf_font()
    footer = notice.serial_text or notice.hall_name
    title = f"{notice.title} {notice.serial_text}".strip()
    if page_format == "a4":
        story = pdf_layout.a4_story(notice, font, A4[0] - 2 * A4_MARGIN)
        canvas = _numbered_canvas(footer, font, 8.5, "a4")
        return _build(font, story, A4, A4_MARGIN, canvas, title, notice.hall_name)
    if page_format != "receipt":
        raise ValueError(f"unknown page format {page_format!r}")
    width = RECEIPT_WIDTH - 2 * RECEIPT_MARGIN
    needed = _story_height(pdf_layout.receipt_story(notice, font, width), width) + RECEIPT_MARGIN + FOOTER_SPACE
    # Slack for rounding inside platypus, so a notice that fits is never split over two pages.
    height = min(RECEIPT_MAX_HEIGHT, max(RECEIPT_MIN_HEIGHT, needed + 8 * mm))
    canvas = _numbered_canvas(footer, font, 7, "receipt")
    story = pdf_layout.receipt_story(notice, font, width)
    return _build(font, story, (RECEIPT_WIDTH, height), RECEIPT_MARGIN, canvas, title, notice.hall_name)
