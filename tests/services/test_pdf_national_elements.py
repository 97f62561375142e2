"""Checklists of imported guides: the new elements printed where filled, stored markup never printed raw."""

from __future__ import annotations

import re

import pytest

from kiosk.data.schema import LawDoc, ServiceWindowDoc, StepDoc
from kiosk.services.notices import build_checklist
from kiosk.services.pdf import PAGE_FORMATS, render_notice
from tests import factories
from tests.services.conftest import ISSUE_TIME, pdftotext_pages


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _matter():  # type: ignore[no-untyped-def]
    base = factories.matter()
    materials = list(base.materials)
    materials[1] = materials[1].model_copy(update={"originals": 1, "photocopies": 2, "signature": "申请人签字并按手印"})
    return base.model_copy(
        update={
            "materials": materials,
            "window": "",
            "service_windows": [
                ServiceWindowDoc(
                    name="综合窗口3号",
                    address="便民服务中心一楼",
                    phone="0739-5550101",
                    route="乘1路公交车到镇政府站下车",
                )
            ],
            "laws": [LawDoc(name="《社会保险法》", number="主席令第35号", clause="第二十条", text="条文")],
            "steps": [StepDoc(title="审查", review_standard="材料齐全")],
            # what an older import stored raw: the paper must not show it
            "conditions": "<p>年满16周岁</p>",
            "location": "便民服务中心&lt;一楼&gt;",
        }
    )


@pytest.mark.parametrize("page_format", PAGE_FORMATS)
def test_a_checklist_prints_counts_signature_and_windows_and_no_markup(page_format: str) -> None:
    hall = factories.bundle().hall
    assert hall is not None
    notice = build_checklist(_matter(), {}, hall=hall, at=ISSUE_TIME)
    text = _flat("".join(pdftotext_pages(render_notice(notice, page_format))))
    assert "原件1份、复印件2份" in text and "签字要求：申请人签字并按手印" in text
    assert "办理窗口：综合窗口3号（便民服务中心一楼；电话0739-5550101；乘车路线：乘1路公交车到镇政府站下车）" in text
    assert "办理地点：便民服务中心<一楼>" in text  # entities printed as the characters they stand for
    assert "&lt;" not in text and "<p>" not in text and "&amp;" not in text
