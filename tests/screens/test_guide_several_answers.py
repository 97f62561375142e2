"""A 情形 question allowing several answers shows tick boxes on the guide; each tick changes the
materials and the QR code's checklist at once."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from tests.screens.conftest import tap

EMPLOYMENT = "4399231050000-QR-00308-001"  # 就业困难人员认定: 申请人属于下列哪些情形? (several)


def _option(guide, scenario: str, option: str) -> QPushButton:  # type: ignore[no-untyped-def]
    found = guide.findChild(QPushButton, f"answer:{scenario}:{option}")
    assert found is not None, option
    return found


def test_ticking_several_answers_lists_the_materials_of_each_and_the_qr_names_them(qtbot, shell) -> None:
    shell.go("guide", code=EMPLOYMENT)
    guide = shell.screens["guide"]
    question = guide.matter.scenarios[0]
    assert question.multiple
    everything = guide.current_materials()
    assert "《中华人民共和国残疾人证》" in everything and "《最低生活保障证》" in everything

    disabled = _option(guide, "category", "残疾人")
    assert disabled.isCheckable() and not disabled.icon().isNull(), "a tick box, not a plain answer button"
    assert disabled.height() >= 80, "a finger-sized target"
    tap(qtbot, disabled)
    assert guide.answers == {"category": ["残疾人"]}
    one = guide.current_materials()
    assert "《中华人民共和国残疾人证》" in one and "《最低生活保障证》" not in one
    assert "申请人属于下列哪些情形?残疾人\n" in guide.qr.payload

    tap(qtbot, _option(guide, "category", "低保家庭成员"))
    assert disabled.isChecked(), "ticking another keeps the first"
    both = guide.current_materials()
    assert "《中华人民共和国残疾人证》" in both and "《最低生活保障证》" in both
    assert "申请人属于下列哪些情形?残疾人、低保家庭成员" in guide.qr.payload
    assert [a.answer for a in guide.checklist().answers] == ["残疾人、低保家庭成员"]

    tap(qtbot, disabled)  # untick
    assert guide.answers == {"category": ["低保家庭成员"]}
    assert "《中华人民共和国残疾人证》" not in guide.current_materials()
