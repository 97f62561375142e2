"""智能导办 (「不知道办什么？问我」): a few large-button questions lead to a bundle or to matters.

The questions are content (``GuidanceDoc``, edited by the admin and checked before publishing);
this screen only walks them. Every tap is a navigation (param ``path``: the options tapped so
far), so the header's Back returns to the previous question. A path that ends at a bundle opens
the bundle, at one matter its guide, at several a short list to choose from — each with the 情形
the path already answered. Options whose targets are gone (withdrawn since) are not offered.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSizePolicy

from kiosk.data.schema import GuidanceDoc, GuideNodeDoc, GuideOptionDoc, MatterDoc, ServiceBundleDoc
from kiosk.errors import UserError
from kiosk.screens.base import Look, ScrollScreen
from kiosk.services.guidance.tree import MAX_LEVELS, Destination, follow
from kiosk.widgets.basics import ResponsiveGrid, button, label


class WizardScreen(ScrollScreen):
    """One question of the 导办 tree, or the matters a path led to; param ``path`` (option indices)."""

    name = "wizard"

    def __init__(
        self,
        look: Look,
        tree: Callable[[], GuidanceDoc | None],
        bundles: Callable[[], list[ServiceBundleDoc]],
        live_matters: Callable[[], set[str]],
        matter: Callable[[str], MatterDoc | None],
    ) -> None:
        super().__init__(look)
        self.tree = tree
        self.bundles = bundles
        self.live_matters = live_matters
        self.matter = matter

    def title(self) -> str:
        return self.tr("Not sure what you need? Ask me")

    @property
    def path(self) -> tuple[int, ...]:
        return tuple(int(i) for i in self.params.get("path", ()))

    def refresh(self) -> None:
        _page, box = self.page()
        try:
            tree = self.tree()
        except UserError as exc:
            box.addWidget(label(exc.message, "title"))
            box.addStretch(1)
            return
        at = follow(tree, self.path) if tree is not None else None
        if isinstance(at, GuideNodeDoc):
            self._question(at, box)
        elif isinstance(at, Destination) and len(at.matters) > 1:
            self._matters(at, box)
        else:
            box.addWidget(label(self.tr("These questions are not available now. Please ask at the window."), "title"))
            box.addWidget(button(self.tr("Back to home"), lambda: self.navigate("home"), "primary"))
        box.addStretch(1)

    def _leads_somewhere(self, option: GuideOptionDoc, nodes: set[str], bundles: set[str], live: set[str]) -> bool:
        if option.next:
            return option.next in nodes and len(self.path) + 1 < MAX_LEVELS
        if option.bundle:
            return option.bundle in bundles
        return any(code in live for code in option.matters)

    def _question(self, node: GuideNodeDoc, box) -> None:  # type: ignore[no-untyped-def]
        m = self.look.metrics
        tree = self.tree()
        assert tree is not None
        step = self.tr("Question %1").replace("%1", str(len(self.path) + 1))
        box.addWidget(label(step, "muted"))
        heading = label(node.question, "title")
        heading.setObjectName("wizard-question")
        box.addWidget(heading)
        if node.hint:
            box.addWidget(label(node.hint, "muted"))
        nodes = {n.code for n in tree.nodes}
        bundles = {b.code for b in self.bundles()}
        live = self.live_matters()
        grid = ResponsiveGrid(min_width=m.px(520), max_columns=2, spacing=m.px(16))
        for index, option in enumerate(node.options):
            if not self._leads_somewhere(option, nodes, bundles, live):
                continue
            b = button(option.label, partial(self.choose, index), "wizard")
            b.setObjectName(f"option:{index}")
            b.setMinimumHeight(m.target + m.px(36))
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            grid.add(b)
        box.addWidget(grid)
        if self.path:
            again = button(self.tr("Start over"), lambda: self.navigate("wizard", path=[]))
            box.addWidget(again, 0, Qt.AlignmentFlag.AlignLeft)

    def choose(self, index: int) -> None:
        """Tap an option: the next question, or where the path ends."""
        tree = self.tree()
        path = [*self.path, index]
        at = follow(tree, path) if tree is not None else None
        if isinstance(at, Destination) and at.bundle:
            bundle = next((b for b in self.bundles() if b.code == at.bundle), None)
            if bundle is not None:
                self.navigate("bundle", code=bundle.code, answers=at.answers_for_bundle(bundle))
                return
        if isinstance(at, Destination):
            live = [c for c in at.matters if c in self.live_matters()]
            if len(live) == 1:
                self.open_matter(at, live[0])
                return
        self.navigate("wizard", path=path)

    def open_matter(self, at: Destination, code: str) -> None:
        doc = self.matter(code)
        answers = at.answers_for_matter(doc) if doc is not None else {}
        self.navigate("guide", code=code, answers=answers)

    def _matters(self, at: Destination, box) -> None:  # type: ignore[no-untyped-def]
        m = self.look.metrics
        box.addWidget(label(self.tr("These services fit what you told us"), "title"))
        box.addWidget(label(self.tr("Tap one to see what to bring and where to go."), "muted"))
        live = self.live_matters()
        for code in at.matters:
            doc = self.matter(code) if code in live else None
            if doc is None:
                continue
            b = button(doc.name, partial(self.open_matter, at, code), "wizard")
            b.setObjectName(f"matter:{code}")
            b.setMinimumHeight(m.target + m.px(24))
            box.addWidget(b)
