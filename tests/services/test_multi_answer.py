"""情形 questions that allow several answers: materials follow any ticked option; the checklist,
its QR text and the staff notice name every answer; JSON and Excel carry the flag."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from kiosk.data.exchange import export_file, import_file
from kiosk.data.repository import ContentRepository
from kiosk.data.schema import BundleDoc, ScenarioDoc
from kiosk.errors import UserError
from kiosk.services.notices import build_checklist, build_missing_notice, qr_text
from tests import factories

AT = dt.datetime(2026, 5, 6, 10, 0)


def identity_matter():  # type: ignore[no-untyped-def]
    """申请人身份 本人 / 代办 / 单位 (several may apply), plus a single-answer question."""
    return factories.matter(
        scenarios=[
            ScenarioDoc(code="who", question="申请人身份?", options=["本人", "代办", "单位"], multiple=True),
            ScenarioDoc(code="urgent", question="是否加急?", options=["是", "否"]),
        ],
        materials=[
            factories.material("居民身份证"),
            factories.material("授权委托书", when={"who": ["代办"]}),
            factories.material("代办人身份证", when={"who": ["代办"]}),
            factories.material("营业执照", when={"who": ["单位"]}),
            factories.material("单位介绍信", when={"who": ["代办", "单位"]}),
            factories.material("加急申请", when={"urgent": ["是"]}),
        ],
    )


def names(matter, answers) -> list[str]:  # type: ignore[no-untyped-def]
    return [m.name for _n, m in matter.materials_for(answers)]


def test_materials_follow_any_ticked_answer() -> None:
    matter = identity_matter()
    everything = names(matter, {})
    assert len(everything) == 6, "unanswered: every material, never too few"
    assert names(matter, {"who": ["本人"], "urgent": "否"}) == ["居民身份证"]
    assert names(matter, {"who": ["代办"], "urgent": "否"}) == [
        "居民身份证",
        "授权委托书",
        "代办人身份证",
        "单位介绍信",
    ]
    assert names(matter, {"who": ["单位"], "urgent": "否"}) == ["居民身份证", "营业执照", "单位介绍信"]
    assert names(matter, {"who": ["代办", "单位"], "urgent": "是"}) == [
        "居民身份证", "授权委托书", "代办人身份证", "营业执照", "单位介绍信", "加急申请",
    ]  # fmt: skip
    assert names(matter, {"who": [], "urgent": "否"}) == ["居民身份证"], "nothing ticked: none of these"


def test_the_checklist_and_its_qr_text_name_every_answer_and_change_with_them() -> None:
    matter = identity_matter()
    hall = factories.bundle().hall
    one = build_checklist(matter, {"who": ["代办"], "urgent": "否"}, hall=hall, at=AT)
    two = build_checklist(matter, {"who": ["单位", "代办"], "urgent": "否"}, hall=hall, at=AT)
    assert [(a.question, a.answer) for a in two.answers] == [("申请人身份?", "代办、单位"), ("是否加急?", "否")]
    assert [m.name for m in one.to_supply] == ["居民身份证", "授权委托书", "代办人身份证", "单位介绍信"]
    assert [m.name for m in two.to_supply] == ["居民身份证", "授权委托书", "代办人身份证", "营业执照", "单位介绍信"]
    text_one, text_two = qr_text(one), qr_text(two)
    assert "申请人身份?代办、单位" in text_two and "申请人身份?代办\n" in text_one
    assert "营业执照" in text_two and "营业执照" not in text_one
    assert "需提交材料(共5项)" in text_two.replace("（", "(").replace("）", ")")
    none = build_checklist(matter, {"who": []}, hall=hall, at=AT)
    assert ("申请人身份?", "无") in [(a.question, a.answer) for a in none.answers]


def test_the_staff_notice_reflects_every_answer() -> None:
    matter = identity_matter()
    hall = factories.bundle().hall
    notice = build_missing_notice(
        matter, {"who": ["代办", "单位"], "urgent": "否"}, hall=hall, received=[1, 4], reasons={2: "需原件"}, at=AT
    )
    assert notice.answers[0].answer == "代办、单位"
    assert [m.name for m in notice.received] == ["居民身份证", "营业执照"]
    assert [(m.name, m.reason) for m in notice.to_supply] == [
        ("授权委托书", "需原件"), ("代办人身份证", "缺失"), ("单位介绍信", "缺失"),
    ]  # fmt: skip
    with pytest.raises(UserError, match="不需要提交"):
        build_missing_notice(matter, {"who": ["本人"], "urgent": "否"}, hall=hall, received=[4], at=AT)


def test_a_single_answer_question_refuses_two_answers_and_unknown_options_are_named() -> None:
    matter = identity_matter()
    hall = factories.bundle().hall
    with pytest.raises(UserError, match="只能选一个"):
        build_checklist(matter, {"urgent": ["是", "否"]}, hall=hall)
    with pytest.raises(UserError, match="没有选项 '法人'"):
        build_checklist(matter, {"who": ["本人", "法人"]}, hall=hall)
    single = build_checklist(matter, {"urgent": ["是"], "who": "单位"}, hall=hall, at=AT)
    assert [a.answer for a in single.answers] == ["单位", "是"]


@pytest.mark.parametrize("suffix", [".json", ".xlsx"])
def test_import_and_export_carry_the_several_answers_flag(database, tmp_path: Path, suffix: str) -> None:
    bundle = factories.bundle()
    bundle.matters[0] = identity_matter()
    source = tmp_path / "source.json"
    source.write_text(bundle.model_dump_json(), encoding="utf-8")
    import_file(database, source)
    exported = tmp_path / f"export{suffix}"
    export_file(database, exported)
    if suffix == ".json":
        scenarios = json.loads(exported.read_text(encoding="utf-8"))["matters"][0]["scenarios"]
        assert [(s["code"], s["multiple"]) for s in scenarios] == [("who", True), ("urgent", False)]
    import_file(database, exported)  # and back: the same content
    matter = ContentRepository(database).matter("M001")
    assert matter is not None
    assert [(s.code, s.multiple) for s in matter.scenarios] == [("who", True), ("urgent", False)]
    assert matter.materials[4].when == {"who": ["代办", "单位"]}


def test_a_workbook_without_the_several_answers_column_still_imports_single_answer_questions(
    database, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    bundle = BundleDoc.model_validate(factories.bundle().model_dump())
    source = tmp_path / "source.json"
    source.write_text(bundle.model_dump_json(), encoding="utf-8")
    import_file(database, source)
    workbook_path = tmp_path / "old.xlsx"
    export_file(database, workbook_path)
    workbook = load_workbook(workbook_path)
    sheet = workbook["情形"]
    headers = [c.value for c in sheet[1]]
    sheet.delete_cols(headers.index("多选") + 1)  # a workbook made before the column existed
    workbook.save(workbook_path)
    import_file(database, workbook_path)
    matter = ContentRepository(database).matter("M001")
    assert matter is not None and [s.multiple for s in matter.scenarios] == [False]
