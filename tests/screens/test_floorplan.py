"""窗口导航: the admin uploads a plan and taps a window onto it; the guide's 「在地图上看」 shows the
plan with that window highlighted and this kiosk's "you are here"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QPushButton

from kiosk.data.floor_plans import KIOSK, WINDOW, FloorPlans, load_demo_plan
from kiosk.screens.admin.floor_plans_page import FloorPlansPage
from kiosk.widgets.plan_view import HERE, TARGET
from tests.screens.conftest import tap

OUT = Path(__file__).resolve().parents[2] / "screenshots" / "floorplan"


def _plain_plan(path: Path) -> Path:
    image = QImage(1200, 800, QImage.Format.Format_RGB32)
    image.fill(QColor("#FFFFFF"))
    image.save(str(path))
    return path


def _matter_at(content, window: str) -> str:  # type: ignore[no-untyped-def]
    return next(s.code for s in content.matter_summaries() if content.matter(s.code).window == window)


def test_admin_places_a_window_and_the_guide_shows_it_highlighted(qtbot, shell, sqlite_demo, tmp_path) -> None:
    plans = FloorPlans(sqlite_demo)
    page = FloorPlansPage(plans, shell.content.windows, "")
    qtbot.addWidget(page)
    page.resize(1600, 1000)
    page.show()
    page.code_field.setText("1F")
    page.name_field.setText("一楼")
    page.upload_file(_plain_plan(tmp_path / "plan.png"))
    assert [f.code for f in plans.floors()] == ["1F"]
    qtbot.wait(50)
    page.things.setCurrentRow(page.keys.index((WINDOW, "W3")))
    rect = page.view.plan_rect()

    def at(x: float, y: float) -> QPoint:
        return QPoint(round(rect.left() + x * rect.width()), round(rect.top() + y * rect.height()))

    qtbot.mouseClick(page.view, Qt.MouseButton.LeftButton, pos=at(0.7, 0.25))
    placed = plans.place_of(WINDOW, "W3")
    assert placed is not None and abs(placed.x - 0.7) < 0.01 and abs(placed.y - 0.25) < 0.01
    page.things.setCurrentRow(page.keys.index((KIOSK, "")))
    qtbot.mouseClick(page.view, Qt.MouseButton.LeftButton, pos=at(0.2, 0.9))
    assert plans.place_of(KIOSK, "") is not None
    page.close()  # the admin is done; the resident's turn

    unplaced = _matter_at(shell.content, "W1")
    shell.go("guide", code=unplaced)
    assert shell.current_screen().findChild(QPushButton, "ShowOnMap") is None  # W1 is not on the plan
    shell.go("guide", code=_matter_at(shell.content, "W3"))
    tap(qtbot, shell.current_screen().findChild(QPushButton, "ShowOnMap"))
    screen = shell.current_screen()
    assert (
        screen.name == "floorplan"
        and "3号窗口" in screen.findChild(type(screen.box.itemAt(0).widget()), "PlanHeading").text()
    )
    kinds = {mk.kind: (mk.x, mk.y) for mk in screen.view.markers}
    assert kinds[TARGET] == (placed.x, placed.y) and HERE in kinds
    OUT.mkdir(parents=True, exist_ok=True)
    for size in ((1920, 1080), (1080, 1920)):
        shell.resize(*size)
        qtbot.wait(80)
        view = screen.view
        r = view.plan_rect()
        centre = QPoint(round(r.left() + placed.x * r.width()), round(r.top() + placed.y * r.height()))
        shot = view.grab().toImage()
        # the window's spot is painted in the highlight colour; a plain white plan had nothing there
        assert shot.pixelColor(centre).name() == view.accent.name()
        shell.grab().save(str(OUT / f"floorplan-W3-{size[0]}x{size[1]}.png"))


def test_a_file_that_is_not_a_plan_is_refused_and_changes_nothing(qtbot, sqlite_demo, tmp_path) -> None:
    plans = FloorPlans(sqlite_demo)
    page = FloorPlansPage(plans, lambda: [], "")
    qtbot.addWidget(page)
    bad = tmp_path / "plan.png"
    bad.write_text("not an image")
    page.code_field.setText("2F")
    page.name_field.setText("二楼")
    page.upload_file(bad)
    assert plans.floors() == [] and "PNG" in page.message.text()


def test_demo_plan_places_every_demo_window(sqlite_demo) -> None:
    load_demo_plan(sqlite_demo)
    plans = FloorPlans(sqlite_demo)
    placed = {p.key for p in plans.places() if p.kind == WINDOW}
    assert placed == {f"W{n}" for n in range(1, 10)}
    assert plans.place_of(KIOSK, "") is not None
    media, data = plans.image("1F") or ("", b"")
    assert media == "image/svg+xml" and "3号窗口".encode() in data


def test_a_bundles_windows_show_on_the_map_and_its_screen_calls_staff(qtbot, shell, sqlite_demo) -> None:
    """一件事: each 「第N步 请到…」 whose window is on the plan has 「在地图上看」; 呼叫帮办 names the bundle."""
    from PySide6.QtWidgets import QApplication

    from kiosk.data.help_calls import HelpDesk
    from kiosk.screens.help_call import HelpCallDialog

    load_demo_plan(sqlite_demo)
    shell.go("bundle", code="after_death")
    screen = shell.current_screen()
    assert screen.current is not None
    stops = [stop.window_code for stop in screen.current.stops]
    placed = {code for code in stops if FloorPlans(sqlite_demo).place_of(WINDOW, code) is not None}
    assert placed and placed == {
        b.objectName().split(":", 1)[1]
        for b in screen.findChildren(QPushButton)
        if b.objectName().startswith("ShowOnMap:")
    }  # every placed window has its button, and no other
    first = sorted(placed)[0]
    QApplication.processEvents()  # laid out for the window's shape first
    screen.area.ensureWidgetVisible(screen.findChild(QPushButton, f"ShowOnMap:{first}"))  # a finger scrolls to it
    QApplication.processEvents()
    tap(qtbot, screen.findChild(QPushButton, f"ShowOnMap:{first}"))
    plan = shell.current_screen()
    spot = FloorPlans(sqlite_demo).place_of(WINDOW, first)
    assert plan.name == "floorplan" and spot is not None
    assert {mk.kind: (mk.x, mk.y) for mk in plan.view.markers}[TARGET] == (spot.x, spot.y)

    shell.go("bundle", code="after_death")
    qtbot.wait(50)  # the buttons of the earlier visit are deleted on the way
    tap(qtbot, next(b for b in shell.current_screen().findChildren(QPushButton, "CallStaff") if b.isVisible()))
    qtbot.waitUntil(lambda: any(isinstance(w, HelpCallDialog) for w in QApplication.topLevelWidgets()))
    called = next(w for w in QApplication.topLevelWidgets() if isinstance(w, HelpCallDialog))
    qtbot.waitUntil(lambda: bool(called.uid), timeout=5_000)
    assert [c.matter_name for c in HelpDesk(sqlite_demo).open_calls()] == [shell.current_screen().bundle.name]
    OUT.mkdir(parents=True, exist_ok=True)
    called.reject()
    for size in ((1920, 1080), (1080, 1920)):
        shell.resize(*size)
        qtbot.wait(80)
        shell.grab().save(str(OUT / f"bundle-stops-{size[0]}x{size[1]}.png"))


def test_the_printed_checklist_shows_the_part_of_the_plan_around_its_window(
    qtbot, shell, sqlite_demo, tmp_path
) -> None:
    """打印清单: the A4 paper carries the part of the floor plan around the matter's window (ringed,
    with its number) and this kiosk (您在这里), captioned; nothing when the window is not on a plan."""
    import io
    import subprocess

    import pypdf

    from kiosk.hall_guidance import plan_on_paper
    from tests.screens.test_print_flow import open_dialog, set_printer

    code = _matter_at(shell.content, "W3")
    shell.go("guide", code=code)
    guide = shell.current_screen()
    with_plan = plan_on_paper(shell.content)
    assert with_plan(guide.checklist()).plan_png == b"", "no plan yet: the paper goes without one"
    load_demo_plan(sqlite_demo)
    picture = QImage.fromData(with_plan(guide.checklist()).plan_png)
    assert not picture.isNull() and picture.width() < 1200, "a part of the plan, not all of it"
    colours = {
        picture.pixelColor(x, y).name() for x in range(0, picture.width(), 3) for y in range(0, picture.height(), 3)
    }
    assert {"#8e1b1f", "#0b5cad"} <= colours, "the window in red and this kiosk in blue"

    set_printer(shell, f"folder:{tmp_path}")  # the preview is enough: its PDF is what the printer gets
    dialog = open_dialog(qtbot, guide)
    assert dialog.prepared is not None
    reader = pypdf.PdfReader(io.BytesIO(dialog.prepared.pdf))
    assert sum(len(page.images) for page in reader.pages) == 1, "one picture: the plan"
    text = "".join(
        subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=dialog.prepared.pdf, capture_output=True,
                       check=True).stdout.decode().split()
    )  # fmt: skip
    assert "一楼平面图（局部）：红圈为3号窗口，蓝点为本机位置" in text
    OUT.mkdir(parents=True, exist_ok=True)
    for number, page in enumerate(dialog.prepared.pages):
        page.save(str(OUT / f"checklist-W3-page{number + 1}.png"))
    dialog.reject()


def test_guides_ask_which_windows_are_on_the_plan_once_per_content_change(sqlite_demo, monkeypatch) -> None:
    """Every guide a resident opens asks whether its window is on the plan: answered from memory,
    read again after a content change (a console session, a publish) or a minute — not a query on
    the GUI thread per guide (on a village line, a wait for the database's timeout when it is away)."""
    import kiosk.hall_guidance as hall_guidance
    from kiosk.data.repository import ContentRepository

    reads: list[int] = []
    places = FloorPlans.places
    monkeypatch.setattr(FloorPlans, "places", lambda self: reads.append(1) or places(self))
    content = ContentRepository(sqlite_demo, cache=True)
    window_of = hall_guidance.window_finder(content)
    name, placed = window_of("W3")
    assert name == next(w.name for w in content.windows() if w.code == "W3") and not placed
    load_demo_plan(sqlite_demo)
    assert [window_of("W3")[1] for _ in range(100)] == [False] * 100 and len(reads) == 1, "asked once"
    content.invalidate()  # what the end of the console session that drew the plan does
    assert window_of("W3")[1] and window_of("W9")[1] and len(reads) == 2
    monkeypatch.setattr(hall_guidance, "PLACES_SECONDS", 0.0)  # a minute later (another kiosk drew it)
    window_of("W3")
    assert len(reads) == 3
