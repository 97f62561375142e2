"""Content for the bulletin screens' tests: the factory hall, the seed rules, and notices, staff
and complaint results on both sides of their publish windows."""

from __future__ import annotations

import base64
import datetime as dt
from pathlib import Path

from kiosk.data.demo import bulletin_text, seed_disclosures
from kiosk.data.schema import (
    BundleDoc,
    ComplaintChannelDoc,
    ComplaintResultDoc,
    FileDoc,
    NoticeDoc,
    StaffDoc,
    WindowDoc,
)
from tests.factories import bundle

NOW = dt.datetime.now().replace(microsecond=0)
STAFF_ONLY_TITLE = "内部财务收支情况"  # the factory bundle's staff-audience disclosure
SEED_LINE = "政务公开必须坚持依法公开"
CURRENT_NOTICE = "关于实行延时服务的公告"
EXPIRED_NOTICE = "春节假期值班安排(已过期)"
FUTURE_NOTICE = "明年耕地补贴申报通知(未到发布时间)"
PUBLISHED_RESULT = "关于窗口午间无人值守问题的处理结果"
FUTURE_RESULT = "尚未公开的处理结果"
INACTIVE_STAFF = "离职人员"


def photo_file() -> FileDoc:
    """A real PNG portrait (needs a QGuiApplication: the caller's qapp)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(120, 160, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366AA"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    buffer.close()
    return FileDoc(filename="photo.png", media_type="image/png", data_base64=base64.b64encode(bytes(data)).decode())


def bulletin_bundle() -> BundleDoc:
    content = bundle()
    _boards, seed = seed_disclosures(bulletin_text())
    content.disclosures = seed + content.disclosures
    content.notices = [
        NoticeDoc(
            key="current",
            title=CURRENT_NOTICE,
            body="自即日起,工作日延时至18:00。\n请相互转告。",
            cadence="定期",
            publish_from=NOW - dt.timedelta(days=3),
            publish_until=NOW + dt.timedelta(days=30),
            sort=1,
        ),
        NoticeDoc(
            key="expired",
            title=EXPIRED_NOTICE,
            body="已过期",
            publish_from=NOW - dt.timedelta(days=60),
            publish_until=NOW - dt.timedelta(days=1),
            sort=2,
        ),
        NoticeDoc(key="future", title=FUTURE_NOTICE, body="未发布", publish_from=NOW + dt.timedelta(days=5), sort=3),
    ]
    content.windows.append(
        WindowDoc(code="W2", name="2号窗口 民政", location="一楼2号窗口", phone="0739-5550112", sort=2)
    )
    content.staff += [
        StaffDoc(code="S02", name="李强", position="工作人员", duties="低保、临时救助受理", window="W2", sort=2),
        StaffDoc(code="S03", name="赵敏", position="导办员", window="", sort=3),
        StaffDoc(code="S04", name=INACTIVE_STAFF, window="W1", active=False, sort=4),
    ]
    content.complaint_channels += [
        ComplaintChannelDoc(kind="举报箱", label="意见举报箱", value="大厅入口东侧", sort=2),
        ComplaintChannelDoc(kind="邮箱", label="监督邮箱", value="jiandu@example.gov.cn", sort=3),
        ComplaintChannelDoc(kind="网站", label="政民互动", value="https://example.gov.cn/hdjl/", sort=4),
    ]
    content.complaint_results = [
        ComplaintResultDoc(
            key="r1",
            title=PUBLISHED_RESULT,
            received_on=dt.date(2026, 7, 2),
            summary="群众反映午间无人值守。",
            result="已设午间值班窗口。",
            publish_from=NOW - dt.timedelta(days=2),
        ),
        ComplaintResultDoc(key="r2", title=FUTURE_RESULT, publish_from=NOW + dt.timedelta(days=2)),
    ]
    assert content.hall is not None
    content.hall.supervision_phone = "0739-5550315"
    content.hall.complaint_box = "大厅入口东侧"
    content.hall.email = "jiandu@example.gov.cn"
    return content


def bulletin_database(folder: Path, with_photo: bool = True):  # type: ignore[no-untyped-def]
    """An SQLite file holding ``bulletin_bundle()``; the first staff member gets a real photo."""
    from kiosk.data.db import open_database
    from kiosk.data.store import save_bundle

    content = bulletin_bundle()
    if with_photo:
        content.staff[0].photo = photo_file()
    database = open_database(str(folder / "bulletin.sqlite3"))
    with database.session() as session:
        save_bundle(session, content, action="test", actor="test")
        session.commit()
    return database


def styled(look) -> None:  # type: ignore[no-untyped-def]
    """Apply the kiosk's style sheet for ``look`` to the application (as the shell does)."""
    from PySide6.QtWidgets import QApplication

    from kiosk.widgets.theme import style_sheet

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setStyleSheet(style_sheet(look.palette, look.metrics))


def show(qtbot, screen, size: tuple[int, int] = (1920, 1080), **params):  # type: ignore[no-untyped-def]
    """``screen`` opened with ``params`` in a window of ``size``, laid out and painted."""
    qtbot.addWidget(screen)
    styled(screen.look)
    screen.setFixedSize(*size)
    screen.open(**params)
    screen.show()
    qtbot.waitExposed(screen)
    qtbot.wait(20)
    return screen


def shown_texts(widget) -> list[str]:  # type: ignore[no-untyped-def]
    """Every text a resident can read in ``widget``: labels, buttons and Markdown bodies."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    from kiosk.widgets.markdown_view import MarkdownView

    texts = [w.text() for w in widget.findChildren(QLabel) if not w.isHidden()]
    texts += [w.text() for w in widget.findChildren(QAbstractButton) if not w.isHidden()]
    texts += [w.text() for w in widget.findChildren(MarkdownView) if not w.isHidden()]
    return texts
