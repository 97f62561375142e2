"""One public disclosure (政务公开内容) in full: title, wall, cadence and the whole text.

The text is the hall's rule as it hangs on the wall, headings kept, rendered from Markdown at
the theme's sizes and scrolled kinetically. The article is looked up among the public
disclosures only, so a staff-audience key (对内公开) opens "not available", never its text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kiosk.data.schema import BoardDoc, DisclosureDoc
from kiosk.screens.base import Look, ScrollScreen
from kiosk.screens.boards import board_caption, public_only
from kiosk.widgets.basics import Card, button, fit_height_to_width, label, row
from kiosk.widgets.cadence import cadence_line
from kiosk.widgets.markdown_view import MarkdownView


class ArticleScreen(ScrollScreen):
    """The article named by the ``key`` parameter."""

    name = "article"

    def __init__(
        self,
        look: Look,
        public_disclosures: Callable[[], list[DisclosureDoc]],
        boards: Callable[[], list[BoardDoc]],
    ) -> None:
        super().__init__(look)
        self.public_disclosures = public_disclosures
        self.boards = boards
        self.article: DisclosureDoc | None = None
        self.body: MarkdownView | None = None

    def articles(self) -> list[DisclosureDoc]:
        """Every article this screen can show."""
        return public_only(self.public_disclosures())

    def title(self) -> str:
        return self.article.title if self.article is not None else self.tr("Public disclosure")

    def open(self, **params: Any) -> None:
        key = str(params.get("key", ""))
        self.article = next((d for d in self.articles() if d.key == key), None)
        super().open(**params)

    def reset(self) -> None:
        super().reset()
        self.article = None
        self.body = None

    def refresh(self) -> None:
        m, p = self.look.metrics, self.look.palette
        page, box = self.page()
        fit_height_to_width(page)
        self.body = None
        article = self.article
        if article is None:
            box.addWidget(label(self.tr("This article is no longer available."), "title"))
            box.addWidget(
                row(button(self.tr("All public disclosures"), lambda: self.navigate("boards"), role="primary"))
            )
            box.addStretch(1)
            return
        boards = {b.code: b for b in self.boards()}
        box.addWidget(label(board_caption(article.board, boards), "muted"))
        box.addWidget(label(article.title, "title"))
        box.addWidget(label(cadence_line(article.cadence), "muted"))
        card = Card()
        card.box.setContentsMargins(m.px(32), m.px(28), m.px(32), m.px(28))
        self.body = MarkdownView(article.body, p, m)
        card.add(self.body)
        box.addWidget(card)
        box.addStretch(1)
