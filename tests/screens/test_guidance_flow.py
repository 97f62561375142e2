"""A resident with a life event, not a matter name: 「不知道办什么？问我」 → a few taps → the right list."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton

from tests.screens.conftest import tap

PENSION_PAY = "4399231050000-JF-00102-001"


def _button(screen, name: str) -> QPushButton:  # type: ignore[no-untyped-def]
    found = screen.findChild(QPushButton, name)
    assert found is not None, f"no button {name}"
    return found


def _question(shell) -> str:  # type: ignore[no-untyped-def]
    return shell.current_screen().findChild(QLabel, "wizard-question").text()


def test_a_life_event_leads_from_home_to_one_merged_list_in_two_taps(qtbot, shell) -> None:
    home = shell.current_screen()
    assert list(home.tiles)[:2] == ["wizard", "bundles"]  # the first tiles a resident sees
    tap(qtbot, home.tiles["wizard"])
    assert shell.current[0] == "wizard"
    assert "发生了什么事" in _question(shell)
    tap(qtbot, _button(shell.current_screen(), "option:2"))  # 残疾人办证、领补贴
    assert shell.current[0] == "bundle" and shell.current[1]["code"] == "disability"
    bundle = shell.current_screen()
    everything = bundle.current_materials()
    assert everything.count("申请人居民身份证") == 1 and everything.count("居民户口簿") == 1
    for name in ("answer:kind:新办", "answer:subsidy:护理补贴", "answer:agent:否"):
        tap(qtbot, _button(bundle, name))
    narrowed = bundle.current_materials()
    assert len(narrowed) < len(everything)
    assert "原《中华人民共和国残疾人证》" not in narrowed and "授权委托书" not in narrowed
    assert bundle.current is not None and bundle.current.qr_payload() == bundle.qr.payload
    qtbot.wait(50)  # the new list is shown, the old one deleted
    steps = [w.text() for w in bundle.findChildren(QLabel) if w.objectName().startswith("stop:") and w.isVisible()]
    assert steps == ["第1步：请到4号窗口 残疾人·卫生健康", "第2步：请到1号窗口 社会保险·就业"]


def test_a_path_to_one_matter_opens_its_guide_with_the_situation_already_answered(qtbot, shell) -> None:
    tap(qtbot, shell.current_screen().tiles["wizard"])
    taps = 0
    for option in ("option:3", "option:1", "option:1"):  # 养老、医保 → 领养老金 → 替家里老人来办
        tap(qtbot, _button(shell.current_screen(), option))
        taps += 1
    assert taps <= 5
    assert shell.current[0] == "guide" and shell.current[1]["code"] == PENSION_PAY
    guide = shell.current_screen()
    assert guide.answers == {"agent": "是"}
    assert "授权委托书" in guide.current_materials() and "代办人居民身份证" in guide.current_materials()
    assert _button(guide, "answer:agent:是").isChecked()


def test_several_matters_are_offered_as_a_short_list_and_back_returns_to_the_question(qtbot, shell) -> None:
    tap(qtbot, shell.current_screen().tiles["wizard"])
    tap(qtbot, _button(shell.current_screen(), "option:3"))
    second = _question(shell)
    tap(qtbot, _button(shell.current_screen(), "option:5"))  # 老人津贴、老年人优待证
    listing = shell.current_screen()
    choices = [b for b in listing.findChildren(QPushButton) if b.objectName().startswith("matter:")]
    assert len(choices) == 2
    shell.back()
    assert _question(shell) == second
    tap(qtbot, _button(shell.current_screen(), "option:5"))
    first = next(b for b in shell.current_screen().findChildren(QPushButton) if b.objectName().startswith("matter:"))
    tap(qtbot, first)
    assert shell.current[0] == "guide"


def test_the_bundle_list_opens_each_bundle(qtbot, shell) -> None:
    tap(qtbot, shell.current_screen().tiles["bundles"])
    screen = shell.current_screen()
    tiles = [b.objectName() for b in screen.findChildren(QPushButton) if b.objectName().startswith("bundle:")]
    assert tiles == ["bundle:newborn", "bundle:after_death", "bundle:disability"]
    tap(qtbot, _button(screen, "bundle:after_death"))
    assert shell.current_screen().bundle is not None and shell.current_screen().bundle.name == "身后一件事"


def test_the_bundle_prints_one_checklist_with_each_shared_paper_once(qtbot, shell, tmp_path) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from kiosk.data.settings import Settings
    from kiosk.screens.print_flow import PrintChecklistDialog
    from tests.screens.test_print_flow import pdf_text, print_and_wait

    Settings(shell.content.database).set("printer", f"folder:{tmp_path}")
    shell.go("bundle", code="after_death")
    bundle = shell.current_screen()
    tap(qtbot, _button(bundle, "answer:heirs:否"))
    text = QCoreApplication.translate("BundleScreen", "Print checklist")
    tap(qtbot, next(b for b in bundle.findChildren(QPushButton) if b.text() == text and b.isVisible()))
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PrintChecklistDialog) and w.isVisible())
    qtbot.waitUntil(lambda: dialog.prepared is not None, timeout=20_000)
    print_and_wait(qtbot, dialog, "done")
    printed = pdf_text(next(tmp_path.glob("*.pdf")).read_bytes())
    assert "身后一件事" in printed and "一件事材料一次性告知单" in printed
    assert printed.count("经办亲属与逝者的亲属关系证明") == 1
    assert "其他继承人同意由申领人领取的书面声明" not in printed  # heirs=否
    tap(qtbot, dialog.close_button)
