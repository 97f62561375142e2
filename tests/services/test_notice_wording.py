"""What a checklist says when a matter needs no materials, and whose phone it prints.

Found when real guides were imported: a 行政许可 with no materials printed 「（无）」 under
「……全部材料」, and the hall's own line was printed as the 咨询电话 of another department's matter.
"""

from __future__ import annotations

import re

import pytest

from kiosk.data.schema import MatterDoc
from kiosk.services.notices import NO_MATERIALS, NO_MATERIALS_FOR_ANSWERS, build_checklist, qr_text
from kiosk.services.pdf import PAGE_FORMATS, render_notice
from tests import factories
from tests.services.conftest import EXTRACTORS, ISSUE_TIME

HALL_PHONE = "0739-5550100"  # factories' hall: 咨询电话


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _checklist(matter: MatterDoc, answers: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    content = factories.notice_bundle()
    assert content.hall is not None
    return build_checklist(matter, answers or {}, hall=content.hall, window=content.windows[0], at=ISSUE_TIME)


def _licence_without_materials() -> MatterDoc:
    return factories.matter("X001", "烟草专卖零售许可证延续", type="行政许可", materials=[], scenarios=[])


@pytest.mark.parametrize("extractor", EXTRACTORS)
@pytest.mark.parametrize("page_format", PAGE_FORMATS)
def test_a_matter_without_materials_says_none_are_needed(page_format, extractor) -> None:
    notice = _checklist(_licence_without_materials())
    text = _flat("".join(EXTRACTORS[extractor](render_notice(notice, page_format))))
    assert _flat(NO_MATERIALS) in text
    assert "（无）" not in text and "全部材料" not in text and "共0项" not in text
    assert NO_MATERIALS in qr_text(notice) and "共0项" not in qr_text(notice)


def test_answers_that_exclude_every_material_say_so_for_this_situation() -> None:
    matter = factories.matter("X002", materials=[factories.material("代办人身份证", when={"agent": ["是"]})])
    notice = _checklist(matter, {"agent": "否"})
    assert notice.to_supply == () and notice.legal_basis == NO_MATERIALS_FOR_ANSWERS
    assert _flat(NO_MATERIALS_FOR_ANSWERS) in _flat("".join(EXTRACTORS["pypdf"](render_notice(notice))))


@pytest.mark.parametrize("page_format", PAGE_FORMATS)
def test_a_matter_without_its_own_phone_prints_the_halls_labelled_as_the_halls(page_format) -> None:
    notice = _checklist(factories.matter("X003", consult_phone=""))
    assert notice.consult_phone == "" and notice.hall_phone == HALL_PHONE
    text = _flat("".join(EXTRACTORS["pdftotext"](render_notice(notice, page_format))))
    assert "咨询电话：—" in text and f"本大厅咨询电话：{HALL_PHONE}" in text
    assert f"咨询电话：{HALL_PHONE}" not in text.replace(f"本大厅咨询电话：{HALL_PHONE}", "")
    assert f"本大厅咨询电话：{HALL_PHONE}" in qr_text(notice)


def test_a_matter_with_its_own_phones_prints_no_hall_number() -> None:
    notice = _checklist(factories.matter("X004"))
    assert (notice.consult_phone, notice.hall_phone, notice.hall_complaint_phone) == ("0739-5550101", "", "")
    assert "本大厅" not in _flat("".join(EXTRACTORS["pypdf"](render_notice(notice))))
