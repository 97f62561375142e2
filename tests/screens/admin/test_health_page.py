"""The 设备状态 page: a card per kiosk, red ones first with the reason, rename and remove; screenshots."""

from __future__ import annotations

import os
from functools import partial
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton

from kiosk.screens.admin.console import AdminConsole, Section
from kiosk.screens.admin.health import HealthPage
from kiosk.services import health
from kiosk.services.printer_watch import PrinterState
from kiosk.widgets.theme import STANDARD
from tests.screens.admin.helpers import click
from tests.screens.test_screenshots import distinct_colours
from tests.services.test_health import _age, _sample

SHOTS = (
    Path(os.environ.get("KIOSK_ADMIN_SHOTS") or Path(__file__).resolve().parents[3] / "screenshots") / "admin-health"
)


def _fleet(database) -> None:  # type: ignore[no-untyped-def]
    """Three kiosks: one fine with items in its outbox, one out of paper, one silent with errors."""
    errors = {
        "recent_errors": [
            {"at": "2026-03-04T01:02:03Z", "where": "kiosk.screens.shell", "message": "could not open screen staff"},
            {"at": "2026-03-04T01:05:09Z", "where": "kiosk.data.outbox", "message": "outbox item 3 was refused"},
        ],
        "notes": [],
    }
    health.write_heartbeat(database, _sample("a1", host_name="hall-entrance", outbox_pending=4))
    health.write_heartbeat(
        database,
        _sample(
            "b2",
            host_name="window-3",
            printer=PrinterState("cups:W3-printer", "media_empty", "打印机没纸了，请工作人员添加纸张。"),
        ),
    )
    health.write_heartbeat(
        database,
        _sample(
            "c3", host_name="qingshi-village", errors_recent=4, last_error="outbox item 3 was refused", details=errors
        ),
    )
    _age(database, "c3", 900)
    health.rename_kiosk(database, "c3", "青石村便民服务站", actor="test")


@pytest.fixture
def open_page(qtbot, sqlite_demo):  # type: ignore[no-untyped-def]
    from kiosk.app import Translator, install_font
    from kiosk.widgets.theme import NORMAL, style_sheet

    assert install_font() is None
    QApplication.instance().setStyleSheet(style_sheet(STANDARD, NORMAL))
    translator = Translator()
    alive = []

    def open_page(size=(1920, 1080), language="zh_CN"):  # type: ignore[no-untyped-def]
        translator.set_language(language)

        def build() -> HealthPage:
            return HealthPage(
                partial(health.fleet, sqlite_demo),
                lambda kiosk_id, name: health.rename_kiosk(sqlite_demo, kiosk_id, name, actor="admin"),
                lambda kiosk_id: health.forget_kiosk(sqlite_demo, kiosk_id, actor="admin"),
            )

        console = AdminConsole([Section("health", "设备状态", build)], "管理员")
        qtbot.addWidget(console)
        console.resize(*size)
        console.show()
        qtbot.waitExposed(console)
        alive.append(console)
        page = console.open_section("health")
        qtbot.waitUntil(lambda: page.call is not None and page.call.done, timeout=10_000)
        return SimpleNamespace(console=console, page=page)

    yield open_page
    translator.set_language("en")
    QApplication.instance().setStyleSheet("")


def _texts(widget) -> str:  # type: ignore[no-untyped-def]
    return " ".join(label.text() for label in widget.findChildren(QLabel))


def test_red_kiosks_come_first_and_say_why(qtbot, sqlite_demo, open_page) -> None:
    _fleet(sqlite_demo)
    page = open_page().page
    assert set(list(page.cards)[:2]) == {"c3", "b2"} and list(page.cards)[2] == "a1"  # red first, then the rest
    assert [page.cards[k].property("role") for k in ("c3", "b2", "a1")] == ["kiosk-card-red"] * 2 + ["kiosk-card"]
    silent = _texts(page.cards["c3"])
    assert "青石村便民服务站" in silent and "15 分钟" in silent and "4" in silent
    assert "outbox item 3 was refused" in silent and "could not open screen staff" in silent
    assert "打印机没纸了" in _texts(page.cards["b2"])
    assert "待发送" in _texts(page.cards["a1"]) and "4" in _texts(page.cards["a1"])
    assert "3" in page.summary.text() and "2" in page.summary.text()


def _tap(qtbot, page, card, test) -> None:  # type: ignore[no-untyped-def]
    """Tap the button of ``card`` that passes ``test``, scrolled into view first (a finger taps what it sees)."""
    qtbot.wait(20)
    target = next(b for b in card.findChildren(QPushButton) if test(b))
    page.area.ensureWidgetVisible(target, 40, 40)
    click(qtbot, target)


def test_a_kiosk_is_renamed_and_a_silent_one_removed_from_the_page(qtbot, sqlite_demo, open_page) -> None:
    _fleet(sqlite_demo)
    page = open_page().page
    card = page.cards["a1"]
    assert not [b for b in card.findChildren(QPushButton) if b.property("role") == "danger"]  # only silent ones
    _tap(qtbot, page, card, lambda b: b.text().startswith("改名"))
    field = card.findChild(QLineEdit, "kiosk-name")
    field.setText("大厅入口")
    _tap(qtbot, page, card, lambda b: b.text() == "保存名称")
    qtbot.waitUntil(lambda: "a1" in page.cards and "大厅入口" in _texts(page.cards["a1"]), timeout=10_000)

    silent = page.cards["c3"]
    _tap(qtbot, page, silent, lambda b: b.property("role") == "danger")
    _tap(qtbot, page, silent, lambda b: b.text() == "移除")
    qtbot.waitUntil(lambda: "c3" not in page.cards and len(page.cards) == 2, timeout=10_000)
    assert {k.kiosk_id for k in health.fleet(sqlite_demo)} == {"a1", "b2"}


@pytest.mark.parametrize("language", ["zh_CN", "en"])
@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
def test_the_page_is_saved_for_review(qtbot, sqlite_demo, open_page, size, language) -> None:
    _fleet(sqlite_demo)
    console = open_page(size, language).console
    qtbot.wait(50)
    image = console.grab().toImage()
    assert (image.width(), image.height()) == size
    assert distinct_colours(image) > 8
    SHOTS.mkdir(parents=True, exist_ok=True)
    image.save(str(SHOTS / f"health-{language}-{size[0]}x{size[1]}.png"))
