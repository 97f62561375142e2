"""政务公开: the hall's walls (外墙1 「为民便民利民」, 外墙2 「廉洁规范高效」), each with its articles.

Only public disclosures ever reach this screen: the composition root hands it the repository's
public reader (``staff=False``), and the screen drops anything else it might be given, so a
staff-audience text (对内公开) cannot appear here even through a wiring mistake.
"""

from __future__ import annotations

from collections.abc import Callable

from kiosk.data.schema import BoardDoc, DisclosureDoc
from kiosk.screens.base import Look, ScrollScreen
from kiosk.widgets.basics import Card, ResponsiveGrid, fit_height_to_width, label
from kiosk.widgets.cadence import cadence_line
from kiosk.widgets.rows import TapRow


def board_caption(code: str, boards: dict[str, BoardDoc]) -> str:
    """「外墙1 · 为民便民利民」, or the code alone for a board without a title."""
    board = boards.get(code)
    return f"{code} · {board.title}" if board is not None and board.title else code


def public_only(disclosures: list[DisclosureDoc]) -> list[DisclosureDoc]:
    return [d for d in disclosures if d.audience == "public"]


class BoardsScreen(ScrollScreen):
    """One card per wall, listing its public articles; a tap opens the article."""

    name = "boards"

    def __init__(
        self,
        look: Look,
        boards: Callable[[], list[BoardDoc]],
        public_disclosures: Callable[[], list[DisclosureDoc]],
    ) -> None:
        super().__init__(look)
        self.boards = boards
        self.public_disclosures = public_disclosures
        self.rows: dict[str, TapRow] = {}

    def title(self) -> str:
        return self.tr("Public disclosure")

    def refresh(self) -> None:
        m = self.look.metrics
        page, box = self.page()
        fit_height_to_width(page)
        box.addWidget(label(self.tr("Public disclosure"), "title"))
        box.addWidget(
            label(self.tr("The rules and information posted on the hall's walls. Tap a title to read it."), "muted")
        )
        boards = {b.code: b for b in self.boards()}
        by_board: dict[str, list[DisclosureDoc]] = {}
        for disclosure in public_only(self.public_disclosures()):
            by_board.setdefault(disclosure.board, []).append(disclosure)
        order = [code for code in boards if code in by_board] + [code for code in by_board if code not in boards]
        self.rows = {}
        if not order:
            box.addWidget(label(self.tr("Nothing has been published yet."), "body"))
            box.addStretch(1)
            return
        grid = ResponsiveGrid(min_width=m.px(720), max_columns=2, spacing=m.margin)
        for code in order:
            card = Card(spacing=m.px(14))
            card.add(label(board_caption(code, boards), "title"))
            for disclosure in by_board[code]:
                tap = TapRow(disclosure.title, cadence_line(disclosure.cadence), padding=m.px(16))
                tap.clicked.connect(lambda _=False, key=disclosure.key: self.navigate("article", key=key))
                self.rows[disclosure.key] = tap
                card.add(tap)
            card.box.addStretch(1)
            grid.add(card)
        box.addWidget(grid)
        box.addStretch(1)
