"""The guide editor carries the national elements an import brings: laws, windows with routes, 复议/诉讼,
审查标准, 原件/复印件份数 and 签字要求 — shown in the form, and published back unchanged."""

from __future__ import annotations

from pathlib import Path

from kiosk.data.exchange import import_file
from kiosk.data.repository import ContentRepository
from tests.data.exchange import audit_fixture as af
from tests.screens.admin.helpers import answer_yes, click, open_matter, replace_text


def test_the_new_fields_are_in_the_form_and_survive_an_edit_and_publish(qtbot, console, sqlite_demo, tmp_path: Path):
    import_file(sqlite_demo, af.write(tmp_path / "items.json", af.pages()), publish_anyway=True)
    page = open_matter(console, af.CODE_A)
    form = page.form
    assert [law["name"] for law in form.current("laws")] == ["《中华人民共和国森林法》", "《森林法实施条例》"]
    assert form.current("service_windows")[0]["route"] == "乘1路公交车到镇政府站下车,向东步行100米"
    assert form.current("reconsideration").startswith("对决定不服的")
    assert form.current("steps")[2]["review_standard"].startswith("一、审查方式")
    card = form.current("materials")[1]
    assert (card["originals"], card["photocopies"]) == (1, 1)
    for label in ("Laws, article by article (法律依据)", "Windows with directions (办理窗口)", "Lawsuit (行政诉讼)"):
        assert label in {form.label_of(name) for name in form.editors}
    replace_text(qtbot, form.editor("litigation").edit, "可以在六个月内向县人民法院提起行政诉讼。")
    replace_text(qtbot, form.editor("result_sample").edit, "《林木采伐许可证》样本")  # the rule the import flagged
    click(qtbot, page.buttons["publish"])
    answer_yes(qtbot, page)
    published = ContentRepository(sqlite_demo).matter(af.CODE_A)
    assert published.litigation == "可以在六个月内向县人民法院提起行政诉讼。"
    assert [w.map_url for w in published.service_windows] == ["https://map.example.com/qsz", ""]
    assert [law.clause for law in published.laws] == ["第五十六条", "第三十二条"]
