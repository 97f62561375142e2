"""The guide says when nothing is to be brought, and whose phone number it shows."""

from __future__ import annotations

from kiosk.data.schema import MatterDoc
from kiosk.screens.base import Look
from kiosk.screens.guide import GuideScreen
from kiosk.services.notices import build_checklist
from kiosk.widgets.theme import NORMAL, STANDARD
from tests import factories
from tests.screens.bulletin_content import show, shown_texts


def guide(qtbot, matter: MatterDoc) -> GuideScreen:  # type: ignore[no-untyped-def]
    from kiosk.app import install_font

    assert install_font() is None
    content = factories.notice_bundle()
    screen = GuideScreen(
        Look(STANDARD, NORMAL),
        lambda code: matter if code == matter.code else None,
        lambda m, answers: build_checklist(m, answers, hall=content.hall),
        lambda: {"rs": "镇人力资源和社会保障服务站"},
        hall=lambda: content.hall,
    )
    return show(qtbot, screen, code=matter.code)


def test_a_guide_without_materials_says_none_are_needed(qtbot) -> None:
    matter = factories.matter("X001", "烟草专卖零售许可证延续", type="行政许可", materials=[], scenarios=[])
    texts = shown_texts(guide(qtbot, matter))
    assert "No materials need to be handed in for this matter." in texts


def test_a_guide_shows_the_halls_number_labelled_as_the_halls_only_when_the_matter_has_none(qtbot) -> None:
    without = shown_texts(guide(qtbot, factories.matter("X003", consult_phone="")))
    assert "Enquiries at this hall:0739-5550100" in without
    assert not any(t.startswith("Enquiries:") for t in without)
    with_own = shown_texts(guide(qtbot, factories.matter("X004")))
    assert "Enquiries:0739-5550101" in with_own and not any("at this hall" in t for t in with_own)
