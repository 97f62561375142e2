"""The opinions page (预公开意见): every plan with its count, a plan's opinions newest first, and the CSV export."""

from __future__ import annotations

import csv
import datetime as dt
import os
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select, update

from kiosk.data import models as m
from kiosk.data.feedback import FeedbackRepository
from kiosk.data.schema import BundleDoc, PreDisclosureDoc
from kiosk.data.statistics import to_utc
from kiosk.data.store import save_bundle
from kiosk.screens.admin.console import AdminConsole, Section
from kiosk.screens.admin.opinions import OpinionsPage
from kiosk.services import file_places
from kiosk.services.opinion_export import EXPORT_OPINIONS, export_opinions
from kiosk.widgets.file_picker import FilePickerDialog
from kiosk.widgets.touch_list import SUBTITLE
from tests.screens.admin.helpers import click

NOW = dt.datetime(2026, 11, 26, 10, 0)
LIST = "YGK2026-001"  # 危房改造名单: shown from 2026-11-20, opinions until 2026-12-05
WEEKEND = "YGK2026-002"  # 周末预约服务方案: shown from 2026-12-10
SHOTS = Path(os.environ.get("KIOSK_ADMIN_SHOTS") or Path(__file__).resolve().parents[3] / "screenshots") / "admin-stats"


def opinion(database, key: str, text: str, contact: str, at: dt.datetime) -> None:  # type: ignore[no-untyped-def]
    """An opinion through the repository, received at the local time ``at`` (stored in UTC)."""
    uid = FeedbackRepository(database, kiosk_id="lobby-1").add_opinion(key, text, contact, at=at)
    with database.session() as session:
        session.execute(update(m.Opinion).where(m.Opinion.uid == uid).values(created_at=to_utc(at)))
        session.commit()


def some_opinions(database) -> None:  # type: ignore[no-untyped-def]
    opinion(database, LIST, "建议把石门村王*军的改造方式改为拆除重建。", "138 0000 1234", dt.datetime(2026, 11, 21, 9))
    opinion(database, LIST, '=HYPERLINK("http://example.com")', "", dt.datetime(2026, 11, 22, 15, 30))
    opinion(database, LIST, "名单很清楚，支持。", "龙潭村 陈先生", dt.datetime(2026, 11, 25, 8, 5))
    opinion(database, WEEKEND, "希望周日也开放。", "", dt.datetime(2026, 12, 11, 10))


@pytest.fixture
def usb(tmp_path: Path, monkeypatch) -> Path:  # type: ignore[no-untyped-def]
    disk = tmp_path / "media" / "admin" / "KINGSTON"
    disk.mkdir(parents=True)
    monkeypatch.setattr(file_places, "MOUNT_GLOBS", (str(tmp_path / "media" / "*" / "*"),))
    return disk


@pytest.fixture
def open_page(qtbot, sqlite_demo):  # type: ignore[no-untyped-def]
    """``open_page(size=…)``: the opinions page in the console, styled as in the kiosk, exporting as 张管理员."""
    from kiosk.app import install_font
    from kiosk.widgets.theme import NORMAL, STANDARD, style_sheet

    assert install_font() is None
    QApplication.instance().setStyleSheet(style_sheet(STANDARD, NORMAL))
    alive = []  # qtbot holds widgets only weakly

    def export(folder: Path, key: str, headers) -> Path:  # type: ignore[no-untyped-def]
        return export_opinions(sqlite_demo, folder, key, actor="张管理员", headers=headers, at=NOW)

    def open_page(size=(1920, 1080)):  # type: ignore[no-untyped-def]
        build = lambda: OpinionsPage(FeedbackRepository(sqlite_demo), export, clock=lambda: NOW)  # noqa: E731
        console = AdminConsole([Section("opinions", "预公开意见", build)], "管理员")
        qtbot.addWidget(console)
        console.resize(*size)
        console.show()
        qtbot.waitExposed(console)
        alive.append(console)
        return SimpleNamespace(console=console, page=console.open_section("opinions"))

    yield open_page
    QApplication.instance().setStyleSheet("")


def test_every_plan_is_listed_newest_first_with_its_number_of_opinions(qtbot, sqlite_demo, open_page) -> None:
    some_opinions(sqlite_demo)
    with sqlite_demo.session() as session:  # a decided plan stays listed with its opinions
        save_bundle(
            session,
            BundleDoc(pre_disclosures=[PreDisclosureDoc(key="OLD", title="已决定的方案", status="published",
                                                         publish_from=dt.datetime(2026, 3, 1))]),
            actor="test",
        )  # fmt: skip
        session.commit()
    page = open_page().page
    assert [p.key for p in page.plans] == [WEEKEND, LIST, "OLD"]
    model = page.plan_list.model_
    rows = [(model.item(i).text(), model.item(i).data(SUBTITLE)) for i in range(model.rowCount())]
    count = page.tr("Opinions: %1").replace  # "%1 条意见"
    assert rows[0][0].startswith("青石镇便民服务大厅帮办代办") and rows[0][1].startswith(count("%1", "1"))
    assert rows[1][1] == f"{count('%1', '3')} · {page.tr('taking opinions until %1').replace('%1', '2026-12-05')}"
    assert rows[2] == ("已决定的方案", f"{count('%1', '0')} · {page.tr('decided and published')}")
    assert page.key == WEEKEND and page.opinion_texts() == ["希望周日也开放。"]


def test_choosing_a_plan_shows_its_opinions_newest_first_with_time_and_contact(qtbot, sqlite_demo, open_page) -> None:
    some_opinions(sqlite_demo)
    page = open_page().page
    rect = page.plan_list.row_rect(LIST)
    qtbot.mouseClick(page.plan_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.key == LIST and page.plan_rows.chosen == LIST
    assert page.plan_title.text().startswith("青石镇2027年度农村危房改造")
    assert page.opinion_texts() == [
        "名单很清楚，支持。",
        '=HYPERLINK("http://example.com")',
        "建议把石门村王*军的改造方式改为拆除重建。",
    ]
    cards = [page.card_box.itemAt(i).widget() for i in range(page.card_box.count())]
    heads = [card.findChildren(type(page.plan_title))[0].text() for card in cards if card is not None]
    assert heads[0] == "2026-11-25 08:05 · 龙潭村 陈先生"
    assert heads[1] == f"2026-11-22 15:30 · {page.tr('no contact left')}"
    assert not page.empty.isVisible() and page.export_button.isEnabled()


def test_a_plan_without_opinions_says_so_and_cannot_be_exported(qtbot, sqlite_demo, open_page) -> None:
    page = open_page().page
    page.choose(LIST)
    assert page.opinion_texts() == [] and page.empty.isVisible()
    assert not page.export_button.isEnabled()


def test_the_csv_export_writes_the_opinions_for_excel_into_the_chosen_folder(
    qtbot, sqlite_demo, open_page, usb
) -> None:
    some_opinions(sqlite_demo)
    page = open_page().page
    page.choose(LIST)
    click(qtbot, page.export_button)
    dialog = page.dialog
    assert isinstance(dialog, FilePickerDialog) and dialog.isVisible()
    assert dialog.picker.folder == usb  # opens on the USB disk
    click(qtbot, dialog.picker.use_button)
    written = sorted(usb.glob("*.csv"))
    assert [p.name for p in written] == ["opinions-YGK2026-001-20261126-100000.csv"]
    raw = written[0].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the byte-order mark Excel needs to read UTF-8
    with written[0].open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))
    assert rows == [
        page.csv_headers(),
        ["2026-11-25 08:05", "名单很清楚，支持。", "龙潭村 陈先生", "lobby-1", "其他", "未答复", ""],
        ["2026-11-22 15:30", '\'=HYPERLINK("http://example.com")', "", "lobby-1", "其他", "未答复", ""],  # never run
        [
            "2026-11-21 09:00",
            "建议把石门村王*军的改造方式改为拆除重建。",
            "138 0000 1234",
            "lobby-1",
            "其他",
            "未答复",
            "",
        ],
    ]
    assert page.message.isVisible() and str(written[0]) in page.message.text()
    with sqlite_demo.session() as session:
        audit = session.scalars(select(m.AuditEntry).where(m.AuditEntry.action == EXPORT_OPINIONS)).one()
    assert (audit.actor, audit.key) == ("张管理员", LIST) and "3" in audit.detail and "138" not in audit.detail


def test_an_export_into_a_folder_that_is_gone_says_why(qtbot, sqlite_demo, open_page, tmp_path: Path) -> None:
    some_opinions(sqlite_demo)
    page = open_page().page
    page.choose(LIST)
    page.export_to(tmp_path / "unplugged")
    assert page.message.isVisible() and page.message.property("role") == "message-error"
    assert "unplugged" in page.message.text()


def test_with_no_plans_at_all_the_page_explains_itself(qtbot, sqlite_demo, open_page) -> None:
    with sqlite_demo.session() as session:
        for row in session.scalars(select(m.PreDisclosure)):
            session.delete(row)
        session.commit()
    page = open_page().page
    assert page.plans == [] and page.plan_list.keys() == []
    assert page.empty.isVisible() and "预公开" in page.empty.text()
    assert not page.export_button.isEnabled()


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
def test_the_opinions_page_is_saved_for_review_in_chinese(qtbot, sqlite_demo, open_page, usb, size) -> None:  # type: ignore[no-untyped-def]
    from kiosk.app import Translator
    from tests.screens.test_layout import cut_labels, missing_glyphs
    from tests.screens.test_screenshots import distinct_colours

    translator = Translator()
    translator.set_language("zh_CN")
    try:
        some_opinions(sqlite_demo)
        shown = open_page(size)
        tag = f"{size[0]}x{size[1]}"
        problems: dict[str, list[str]] = {}

        def save(widget, name: str) -> None:  # type: ignore[no-untyped-def]
            qtbot.wait(50)
            image = widget.grab().toImage()
            assert distinct_colours(image) > 8, f"{name} looks blank"
            SHOTS.mkdir(parents=True, exist_ok=True)
            image.save(str(SHOTS / f"{name}-{tag}.png"))
            found = cut_labels(widget) + [f"no glyph for {ch!r}" for ch in missing_glyphs(widget)]
            if found:
                problems[name] = found

        shown.page.choose(LIST)
        save(shown.console, "opinions")
        click(qtbot, shown.page.export_button)
        shown.page.dialog.resize(size[0] - 120, size[1] - 120)
        save(shown.page.dialog, "opinions-folder-picker")
        click(qtbot, shown.page.dialog.picker.use_button)
        save(shown.console, "opinions-exported")
        assert problems == {}
    finally:
        translator.set_language("en")
