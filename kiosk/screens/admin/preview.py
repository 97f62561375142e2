"""Previews of a draft made with the kiosk's own screens, so "preview" means exactly what residents see.

Each screen reads through loaders; a preview hands it loaders that return the draft instead of
the published item (and the published rest of the hall around it). Nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from kiosk.data.repository import ContentRepository
from kiosk.data.schema import ComplaintResultDoc, DisclosureDoc, Doc, MatterDoc, NoticeDoc, StaffDoc
from kiosk.screens.base import Look, Screen
from kiosk.widgets.theme import NORMAL, STANDARD

ScreenFor = Callable[[Doc], Screen]


class Previewer:
    """Builds the kiosk screen that shows a draft, for the kinds residents see on a screen of their own."""

    def __init__(self, content: ContentRepository) -> None:
        self.content = content
        self.look = Look(STANDARD, NORMAL)
        self.builders: dict[str, ScreenFor] = {
            "matter": self._guide,
            "notice": self._notices,
            "disclosure": self._article,
            "complaint_result": self._supervision,
            "staff": self._staff,
        }

    def can_preview(self, entity: str) -> bool:
        return entity in self.builders

    def screen(self, entity: str, doc: Doc) -> Screen:
        """The opened screen showing ``doc``."""
        return self.builders[entity](doc)

    def _guide(self, doc: Doc) -> Screen:
        from kiosk.screens.guide import GuideScreen
        from kiosk.services.notice_archive import NoticeService

        assert isinstance(doc, MatterDoc)
        notices = NoticeService(self.content.database)  # the checklist QR is built from the draft too
        screen = GuideScreen(
            self.look,
            lambda code: doc if code == doc.code else self.content.matter(code),
            notices.checklist_for,
            lambda: {d.code: d.name for d in self.content.departments()},
            hall=self.content.hall,
        )
        screen.open(code=doc.code)
        return screen

    def _notices(self, doc: Doc) -> Screen:
        from kiosk.screens.notices import NoticesScreen

        assert isinstance(doc, NoticeDoc)
        screen = NoticesScreen(self.look, lambda: [doc])
        screen.open()
        return screen

    def _article(self, doc: Doc) -> Screen:
        from kiosk.screens.article import ArticleScreen

        assert isinstance(doc, DisclosureDoc)
        # A staff-only text (对内公开) is laid out the same way; the article screen shows public ones.
        shown = doc.model_copy(update={"audience": "public"})
        screen = ArticleScreen(self.look, lambda: [shown], self.content.boards)
        screen.open(key=doc.key)
        return screen

    def _supervision(self, doc: Doc) -> Screen:
        from kiosk.screens.supervision import SupervisionScreen

        assert isinstance(doc, ComplaintResultDoc)
        others = [r for r in self.content.complaint_results() if r.key != doc.key]
        screen = SupervisionScreen(
            self.look, self.content.hall, self.content.complaint_channels, lambda: [doc, *others]
        )
        screen.open()
        return screen

    def _staff(self, doc: Doc) -> Screen:
        from kiosk.screens.staff import StaffScreen

        assert isinstance(doc, StaffDoc)
        others = [s for s in self.content.staff() if s.code != doc.code]
        staff = sorted([doc, *others], key=lambda s: s.sort)
        screen = StaffScreen(self.look, self.content.windows, lambda: staff)
        screen.open()
        return screen


def preview_parent(widget: QWidget) -> QWidget:
    """Previews hang off the top-level window (see dialogs.py for why)."""
    return widget.window()
