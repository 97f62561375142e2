"""The admin edits 一件事 and the 导办 tree like other content: drafts, checks beside the fields, revisions."""

from __future__ import annotations

from kiosk.data.repository import ContentRepository
from tests.screens.admin.helpers import answer_yes, click, replace_text


def test_a_bundle_is_edited_published_with_a_revision_and_reaches_the_kiosk(qtbot, console, sqlite_demo) -> None:
    page = console.open_section("content.bundles")
    page.open_item("after_death")
    assert page.form.current("name") == "身后一件事"
    replace_text(qtbot, page.form.editor("name").edit, "身后一件事(殡葬与养老保险)")
    click(qtbot, page.buttons["publish"])
    answer_yes(qtbot, page)
    assert [b.name for b in ContentRepository(sqlite_demo).bundles()][1] == "身后一件事(殡葬与养老保险)"
    assert [r.version for r in page.editor.history("bundle", "after_death")] == [2, 1]


def test_a_bundle_whose_situation_is_left_unanswered_cannot_be_published(qtbot, console, sqlite_demo) -> None:
    page = console.open_section("content.bundles")
    page.open_item("after_death")
    values = page.form.value()
    values["links"] = values["links"][:1]  # 法定继承人 is no longer answered by any question
    values["questions"] = values["questions"][:1]
    page.form.set_value(values)
    page.validate()
    assert "没有共性问题或预设答案对应" in page.form.errors_shown().get("links", "")
    click(qtbot, page.buttons["publish"])
    answer_yes(qtbot, page)
    assert page.message.property("role") == "message-error"
    assert len(page.editor.history("bundle", "after_death")) == 1


def test_the_tree_editor_refuses_a_dead_end_and_the_check_page_lists_problems(qtbot, console, sqlite_demo) -> None:
    page = console.open_section("content.guidance")
    assert page.single and page.form.current("nodes")[0]["code"] == "start"
    values = page.form.value()
    values["nodes"][5]["options"][4]["matters"] = []  # 证件: 残疾人证 leads nowhere now
    page.form.set_value(values)
    page.validate()
    shown = page.form.errors_shown().get("nodes", "")
    assert "死路" in shown
    click(qtbot, page.buttons["publish"])
    answer_yes(qtbot, page)
    assert page.message.property("role") == "message-error"
    assert len(page.editor.history("guidance", "guidance")) == 1

    check = console.open_section("content.guidance_check")
    check.refresh()
    assert check.lines() == []  # the published tree and bundles are sound
    page = console.open_section("content.guidance")
    values["nodes"][5]["options"][4]["matters"] = ["4399231050000-GG-00111-001"]
    values["nodes"][8]["options"] = values["nodes"][8]["options"][:3]  # no path to 特别扶助 any more
    page.form.set_value(values)
    click(qtbot, page.buttons["publish"])
    answer_yes(qtbot, page)
    assert page.message.property("role") == "message-ok"  # an unreached matter does not block a fix
    assert len(page.editor.history("guidance", "guidance")) == 2
    check = console.open_section("content.guidance_check")
    check.refresh()
    assert any("计划生育家庭特别扶助金申领" in line for line in check.lines())
