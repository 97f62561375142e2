"""Staff access on the kiosk: the hidden gesture, the PIN pad, sign-in, roles, and what the public sees.

PINs are stored at a tiny scrypt cost (``AuthService(cost=…)``, test only); the kiosk's own
service verifies them at the cost written in the hash, so the screens run the real code path
without a second of CPU per attempt.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget
from sqlalchemy import select

from kiosk.data import models as m
from kiosk.screens.admin.console import AdminConsole
from kiosk.screens.admin.internal import InternalDisclosuresPage
from kiosk.screens.admin.leave import LeaveKioskPage
from kiosk.screens.base import Look
from kiosk.screens.first_run import AdminSetupScreen
from kiosk.screens.login import LoginScreen, Person
from kiosk.screenshot import screen_params
from kiosk.services.auth import AuthResult, AuthService, AuthSession, Outcome, ScryptCost
from kiosk.widgets.confirm import ConfirmDialog
from kiosk.widgets.gesture import TapSequence
from kiosk.widgets.markdown_view import MarkdownView
from kiosk.widgets.pin_pad import PinPad
from kiosk.widgets.theme import ELDER, NORMAL, STANDARD
from kiosk.widgets.touch_list import SUBTITLE, TouchList
from tests.screens.conftest import tap
from tests.screens.test_layout import cut_labels, missing_glyphs, small_targets
from tests.services.supervision.helpers import SECRETS, the_whole_loop

CHEAP = ScryptCost(log_n=4, r=8, p=1)
PIN = "582930"
WRONG = "714263"
SHOTS = Path(__file__).resolve().parents[2] / "screenshots" / "access"
SECRET_TITLE = "内部考勤通报(仅限工作人员)"
SECRET_LINE = "第三季度迟到早退名单及扣分明细"


@pytest.fixture
def access(shell):  # type: ignore[no-untyped-def]
    """The demo kiosk (in English, the source language) with an admin PIN, PINs for two staff
    members, and one more staff-only text."""
    shell.set_language("en")
    database = shell.content.database
    auth = AuthService(database, cost=CHEAP)
    auth.set_pin("admin", PIN, actor="test")
    staff = shell.content.staff()[:2]
    for member in staff:
        auth.set_pin("staff", PIN, member.code, actor="test")
    with database.session() as session:
        board = session.scalars(select(m.Board.code).order_by(m.Board.sort)).first()
        session.add(
            m.Disclosure(
                key="test-staff-only",
                title=SECRET_TITLE,
                body=f"### 考勤\n\n{SECRET_LINE}\n\n请勿外传。",
                board=board,
                audience="staff",
                sort=1,
            )
        )
        session.commit()
    the_whole_loop(database)  # a 差评 case, a complaint and a decided plan, each with a resident's contact
    shell.reload_content()
    return SimpleNamespace(auth=auth, staff=staff, shell=shell)


def login_screen(shell) -> LoginScreen | None:  # type: ignore[no-untyped-def]
    current = shell.layers.currentWidget()
    return current if isinstance(current, LoginScreen) else None


def sign_in(qtbot, shell, person_key: str, pin: str = PIN) -> LoginScreen:  # type: ignore[no-untyped-def]
    """Five taps on the emblem, a tap on the person, the PIN on the pad, OK; waits for the answer."""
    for _ in range(5):
        tap(qtbot, shell.header.logo)
    login = login_screen(shell)
    assert login is not None
    if login.pages.currentWidget() is login.who_page:
        tap(qtbot, login.rows[person_key])
    for digit in pin:
        tap(qtbot, login.pad.keys[digit])
    tap(qtbot, login.pad.keys["OK"])
    qtbot.waitUntil(lambda: login.check is None or login.check.done, timeout=10_000)
    qtbot.wait(20)
    return login


# --- the hidden gesture ----------------------------------------------------------------------------


def test_five_taps_within_three_seconds_trigger_and_fewer_or_slower_do_not(qtbot) -> None:
    now = [0.0]
    sequence = TapSequence(clock=lambda: now[0])
    fired: list[float] = []
    sequence.triggered.connect(lambda: fired.append(now[0]))
    for t in (0, 0.5, 1.0, 1.5):
        now[0] = t
        sequence.tap()
    assert fired == []  # four taps
    now[0] = 2.9
    sequence.tap()
    assert fired == [2.9]
    for t in (10, 11, 12, 13, 14, 15, 16):  # one tap a second: never five within three seconds
        now[0] = t
        sequence.tap()
    assert fired == [2.9]
    for t in (20, 20.2, 20.4, 20.6):
        now[0] = t
        sequence.tap()
    sequence.reset()  # a press elsewhere
    now[0] = 20.8
    sequence.tap()
    assert fired == [2.9]


def test_five_quick_taps_on_the_emblem_open_the_pin_pad(qtbot, access) -> None:  # type: ignore[no-untyped-def]
    shell = access.shell
    for _ in range(5):
        tap(qtbot, shell.header.logo)
    login = login_screen(shell)
    assert login is not None and login.isVisible()
    assert login.pages.currentWidget() is login.who_page
    names = {row.text() for row in login.rows.values()}
    assert names == {"Administrator", *(s.name for s in access.staff)}
    tap(qtbot, login.rows["admin"])
    assert login.pad.isVisible()


def test_four_taps_slow_taps_and_taps_elsewhere_do_not_open_anything(qtbot, access) -> None:  # type: ignore[no-untyped-def]
    shell = access.shell
    for _ in range(4):
        tap(qtbot, shell.header.logo)
    assert login_screen(shell) is None

    shell.access.gesture.reset()
    now = [100.0]
    shell.access.gesture.clock = lambda: now[0]
    for _ in range(6):  # a tap every 0.8 s: the fifth comes 3.2 s after the first
        tap(qtbot, shell.header.logo)
        now[0] += 0.8
    assert login_screen(shell) is None

    shell.access.gesture.reset()
    home_tile = shell.current_screen().tiles["boards"]
    for _ in range(2):
        tap(qtbot, shell.header.logo)
    tap(qtbot, shell.header.hall)  # elsewhere, in the header itself
    for _ in range(3):
        tap(qtbot, shell.header.logo)
    assert login_screen(shell) is None
    tap(qtbot, home_tile)
    for _ in range(5):
        tap(qtbot, shell.header.hall)
    assert login_screen(shell) is None and shell.access.session is None


def test_cancel_returns_to_the_kiosk(qtbot, access) -> None:  # type: ignore[no-untyped-def]
    shell = access.shell
    for _ in range(5):
        tap(qtbot, shell.header.logo)
    login = login_screen(shell)
    assert login is not None
    tap(qtbot, login.cancel_button)
    assert shell.layers.currentWidget() is shell.main and shell.current[0] == "home"


# --- the PIN pad ----------------------------------------------------------------------------------


def test_pin_pad_shows_dots_takes_keys_and_keyboard_and_forgets_what_it_submitted(qtbot) -> None:
    pad = PinPad(NORMAL)
    qtbot.addWidget(pad)
    pad.show()
    submitted: list[str] = []
    pad.submitted.connect(submitted.append)
    for key in "582":
        tap(qtbot, pad.keys[key])
    assert pad.count == 3 and "5" not in pad.dots.text() and pad.dots.text().count("●") == 3
    assert not pad.keys["OK"].isEnabled()
    tap(qtbot, pad.keys["OK"])
    assert submitted == []
    tap(qtbot, pad.keys["⌫"])
    pad.setFocus()
    qtbot.keyClicks(pad, "9309999")  # digits beyond six are ignored
    assert pad.count == 6
    qtbot.keyClick(pad, Qt.Key.Key_Backspace)
    qtbot.keyClick(pad, Qt.Key.Key_A)  # not a digit: nothing
    qtbot.keyClick(pad, Qt.Key.Key_Return)
    assert submitted == ["58930"] and pad.count == 0 and pad.dots.text() == ""
    pad.set_busy(True)
    tap(qtbot, pad.keys["1"])
    assert pad.count == 0


@pytest.mark.parametrize("metrics", [NORMAL, ELDER], ids=["normal", "elder"])
def test_pin_pad_keys_are_bigger_than_a_finger(qtbot, metrics) -> None:  # type: ignore[no-untyped-def]
    pad = PinPad(metrics)
    qtbot.addWidget(pad)
    pad.show()
    qtbot.waitExposed(pad)
    assert small_targets(pad, metrics.target) == []
    assert min(k.height() for k in pad.keys.values()) >= metrics.target + 10


# --- signing in -----------------------------------------------------------------------------------


def test_staff_sign_in_shows_internal_disclosures_and_admin_sees_more(qtbot, access) -> None:  # type: ignore[no-untyped-def]
    shell = access.shell
    member = access.staff[0]
    sign_in(qtbot, shell, f"staff:{member.code}")
    console = shell.layers.currentWidget()
    assert isinstance(console, AdminConsole) and console.role == "staff"
    assert shell.access.session.staff_code == member.code
    assert [s.key for s in console.sections] == ["internal", "notice.missing", "notice.progress", "notice.reprint"]
    assert member.name in console.who.text()
    page = console.open_section("internal")
    assert isinstance(page, InternalDisclosuresPage)
    qtbot.wait(20)
    titles = [page.list.model_.item(i).text() for i in range(page.list.model_.rowCount())]
    assert SECRET_TITLE in titles and all("对内公开" in t or t == SECRET_TITLE for t in titles)
    page.show_item("test-staff-only")
    assert SECRET_LINE in page.body.text()

    tap(qtbot, console.leave)  # back to the kiosk: the session ends
    qtbot.wait(20)
    assert shell.access.session is None and shell.layers.currentWidget() is shell.main

    sign_in(qtbot, shell, "admin")
    admin = shell.layers.currentWidget()
    assert isinstance(admin, AdminConsole) and admin.role == "admin"
    keys = [s.key for s in admin.sections]
    assert "internal" in keys and "leave" in keys and len(keys) > 1


def test_wrong_pins_say_how_many_tries_are_left_then_when_the_lock_ends(qtbot, access) -> None:  # type: ignore[no-untyped-def]
    shell = access.shell
    login = sign_in(qtbot, shell, "admin", WRONG)
    assert login.status.text() == "Wrong PIN. 4 tries left."
    for _ in range(4):
        for digit in WRONG:
            tap(qtbot, login.pad.keys[digit])
        tap(qtbot, login.pad.keys["OK"])
        qtbot.waitUntil(lambda: login.check is None, timeout=10_000)
    match = re.fullmatch(
        r"Wrong PIN\. Too many wrong PINs: try again in 1 min \(at (\d\d:\d\d)\)\.", login.status.text()
    )
    assert match, login.status.text()
    expected = (dt.datetime.now(dt.UTC) + dt.timedelta(minutes=1)).astimezone().strftime("%H:%M")
    assert match.group(1) in {expected, (dt.datetime.now() + dt.timedelta(seconds=50)).strftime("%H:%M")}
    for digit in PIN:
        tap(qtbot, login.pad.keys[digit])
    tap(qtbot, login.pad.keys["OK"])
    qtbot.waitUntil(lambda: login.check is None, timeout=10_000)
    assert login.status.text().startswith("Sign-in is locked after too many wrong PINs. Try again in 1 min (at")
    assert shell.access.session is None


def test_messages_in_plain_words(qtbot) -> None:
    login = LoginScreen(Look(STANDARD, NORMAL), list, lambda *a: AuthResult(Outcome.WRONG))
    qtbot.addWidget(login)
    until = dt.datetime(2026, 3, 4, 6, 5, tzinfo=dt.UTC)
    local = until.astimezone().strftime("%H:%M")
    wrong = login.message(AuthResult(Outcome.WRONG, tries_left=2))
    assert wrong == login.tr("Wrong PIN. %1 tries left.").replace("%1", "2")
    assert local in login.message(AuthResult(Outcome.LOCKED, locked_until=until))
    assert local in login.message(AuthResult(Outcome.WRONG, locked_until=until))
    messages = {login.message(AuthResult(o)) for o in (Outcome.DAILY_LIMIT, Outcome.NO_CREDENTIAL)}
    assert len(messages) == 2 and "%" not in "".join(messages)


def _slow_login(qtbot, release: threading.Event, seen: dict[str, Any]) -> LoginScreen:  # type: ignore[no-untyped-def]
    def verify(role: str, pin: str, staff_code: str) -> AuthResult:
        seen["thread"] = threading.get_ident()
        release.wait(10)
        return AuthResult(Outcome.OK, AuthSession(role, staff_code, "", dt.datetime.now(dt.UTC)))

    login = LoginScreen(Look(STANDARD, NORMAL), lambda: [Person("admin")], verify)
    qtbot.addWidget(login)
    login.resize(1920, 1080)
    login.show()
    login.open()
    return login


def test_the_pin_is_checked_off_the_gui_thread_while_the_screen_says_checking(qtbot) -> None:
    release, seen = threading.Event(), {}
    login = _slow_login(qtbot, release, seen)
    signed: list[AuthSession] = []
    login.signed_in.connect(signed.append)
    assert login.pages.currentWidget() is login.pin_page  # only one person: straight to the pad
    login.pad.setFocus()
    qtbot.keyClicks(login.pad, PIN)
    qtbot.keyClick(login.pad, Qt.Key.Key_Return)
    assert login.status.text() == login.tr("Checking…") and login.pad.busy
    qtbot.wait(100)  # the event loop runs while the check waits
    assert signed == []
    release.set()
    qtbot.waitUntil(lambda: bool(signed), timeout=10_000)
    assert seen["thread"] != threading.get_ident()


def test_an_answer_that_arrives_after_the_reset_is_thrown_away(qtbot) -> None:
    release, seen = threading.Event(), {}
    login = _slow_login(qtbot, release, seen)
    signed: list[AuthSession] = []
    login.signed_in.connect(signed.append)
    login.submit(PIN)
    call = login.check
    assert call is not None
    login.reset()  # the idle reset while the check runs
    release.set()
    qtbot.waitUntil(lambda: call.done, timeout=10_000)
    qtbot.wait(20)
    assert signed == [] and login.status.text() == ""


# --- leaving kiosk mode -----------------------------------------------------------------------------


def test_leave_kiosk_mode_asks_first_then_quits_and_is_audited(qtbot, access, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shell = access.shell
    sign_in(qtbot, shell, "admin")
    console = shell.access.console
    page = console.open_section("leave")
    assert isinstance(page, LeaveKioskPage)
    quits: list[bool] = []
    page.quit_app = lambda: quits.append(True)
    qtbot.wait(20)
    tap(qtbot, page.leave_button)
    dialog = page.dialog
    assert isinstance(dialog, ConfirmDialog) and dialog.isVisible()
    tap(qtbot, dialog.no_button)
    assert quits == []
    tap(qtbot, page.leave_button)
    tap(qtbot, page.dialog.yes_button)
    assert quits == [True]
    with shell.content.database.session() as session:
        row = session.scalars(select(m.AuditEntry).where(m.AuditEntry.action == "kiosk.leave")).one()
    assert row.actor == "admin"


def test_staff_cannot_leave_kiosk_mode(qtbot, access) -> None:  # type: ignore[no-untyped-def]
    sign_in(qtbot, access.shell, f"staff:{access.staff[1].code}")
    assert "leave" not in [s.key for s in access.shell.access.console.sections]


# --- nothing staff-only in public ---------------------------------------------------------------------


def _staff_only_marks(shell) -> list[str]:  # type: ignore[no-untyped-def]
    """Titles of the staff-only disclosures and every body line that no public text contains."""
    everything = shell.content.disclosures(staff=True)
    public = [d for d in everything if d.audience == "public"]
    public_text = "\n".join(d.title + "\n" + d.body for d in public)
    marks = []
    for item in (d for d in everything if d.audience == "staff"):
        marks.append(item.title)
        for line in item.body.splitlines():
            line = line.strip().lstrip("#").strip()
            if len(line) >= 6 and line not in public_text:
                marks.append(line)
    assert SECRET_TITLE in marks and SECRET_LINE in marks and len(marks) > 4
    # what the service loop keeps inside: residents' contacts, the complainant, case findings and call-backs
    return marks + list(SECRETS) + _case_secrets(shell)


def _case_secrets(shell) -> list[str]:  # type: ignore[no-untyped-def]
    """The texts of cases and complaints that stay inside (findings, follow-up calls, handling notes)."""
    from kiosk.services.supervision.cases import CaseService
    from kiosk.services.supervision.complaints import ComplaintService

    database = shell.content.database
    cases = CaseService(database).cases("all")
    inside = [c.finding for c in cases] + [c.visit_result for c in cases]
    inside += [c.summary for c in ComplaintService(database).complaints()]
    assert cases and all(inside)
    return inside


def _texts(root: QWidget) -> list[str]:
    """Every text a person could see in ``root``: labels, buttons, fields, list rows, rich text."""
    texts = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit | MarkdownView):
            texts.append(widget.text())
        if isinstance(widget, TouchList):
            model = widget.model_
            for i in range(model.rowCount()):
                texts += [model.item(i).text(), str(model.item(i).data(SUBTITLE) or "")]
    return texts


def _leaks(texts: list[str], marks: list[str]) -> list[str]:
    return [f"{mark!r} in {text[:60]!r}" for text in texts for mark in marks if mark in text]


def assert_public_screens_hold_nothing_staff_only(qtbot, shell) -> None:  # type: ignore[no-untyped-def]
    marks = _staff_only_marks(shell)
    seen: dict[str, list[str]] = {}
    staff_keys = [d.key for d in shell.content.disclosures(staff=True) if d.audience == "staff"]
    public_keys = [d.key for d in shell.content.disclosures()]
    visits: list[tuple[str, dict[str, Any]]] = [
        (name, screen_params(shell, name, None)) for name in sorted(shell.factories) if name != "attract"
    ]
    visits += [("article", {"key": key}) for key in staff_keys + public_keys]
    for name, params in visits:
        if name == "home":
            shell.go_home()
        else:
            shell.go(name, **params)
        qtbot.wait(10)
        assert shell.layers.currentWidget() is shell.main
        leaks = _leaks(_texts(shell), marks)
        if leaks:
            seen[f"{name} {params}"] = leaks
    slides = shell.screen_named("attract").load_slides()
    seen.update({"attract": leaks} if (leaks := _leaks([s.title + s.text for s in slides], marks)) else {})
    assert seen == {}
    assert not [w for w in shell.findChildren(AdminConsole) if w.isVisible()]
    assert not [w for w in shell.findChildren(InternalDisclosuresPage) if w.isVisible()]


def test_no_staff_only_item_appears_on_any_public_screen(qtbot, access) -> None:  # type: ignore[no-untyped-def]
    assert_public_screens_hold_nothing_staff_only(qtbot, access.shell)


def test_after_a_staff_session_the_idle_reset_leaves_nothing_staff_only(qtbot, access) -> None:  # type: ignore[no-untyped-def]
    shell = access.shell
    sign_in(qtbot, shell, f"staff:{access.staff[0].code}")
    console = shell.access.console
    page = console.open_section("internal")
    page.show_item("test-staff-only")
    qtbot.wait(20)
    assert any(SECRET_LINE in t for t in _texts(shell))  # the staff member did see it
    shell.idle_reset()
    qtbot.wait(50)  # the console is deleted by the event loop
    assert shell.access.session is None and shell.access.console is None
    assert shell.layers.currentWidget() is shell.main
    assert not any(isinstance(shell.layers.widget(i), AdminConsole) for i in range(shell.layers.count()))
    assert shell.findChildren(AdminConsole) == [] and shell.findChildren(InternalDisclosuresPage) == []
    assert_public_screens_hold_nothing_staff_only(qtbot, shell)


def _query_strategy() -> st.SearchStrategy[str]:
    from kiosk.data.demo import bulletin_text, seed_disclosures

    staff_text = "".join(d.title + d.body for d in seed_disclosures(bulletin_text())[1] if d.audience == "staff")
    staff_text += SECRET_TITLE + SECRET_LINE
    chars = sorted({c for c in staff_text if not c.isspace() and c not in "#"})
    pieces = st.integers(0, len(staff_text) - 2).flatmap(
        lambda start: st.integers(start + 1, min(len(staff_text), start + 8)).map(lambda end: staff_text[start:end])
    )
    return st.one_of(st.text(alphabet=st.sampled_from(chars), min_size=1, max_size=5), pieces)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=_query_strategy())
def test_search_never_finds_a_staff_only_item(qtbot, access, query: str) -> None:  # type: ignore[no-untyped-def]
    shell = access.shell
    if shell.current[0] != "search":
        shell.go("search")
    screen = shell.current_screen()
    screen.field.setText(query)
    texts = [*_texts(screen.results), screen.hint.text()]
    marks = [SECRET_TITLE, SECRET_LINE] + [
        d.title for d in shell.content.disclosures(staff=True) if d.audience == "staff"
    ]
    assert _leaks(texts, marks) == []


# --- first start --------------------------------------------------------------------------------------


def test_first_run_asks_twice_refuses_easy_pins_and_stores_the_admin_pin(qtbot, sqlite_demo) -> None:  # type: ignore[no-untyped-def]
    auth = AuthService(sqlite_demo, cost=CHEAP)
    screen = AdminSetupScreen(
        Look(STANDARD, NORMAL),
        lambda pin: auth.set_pin("admin", pin, actor="first-run", create_only=True),
        auth.has_admin,
    )
    qtbot.addWidget(screen)
    screen.resize(1920, 1080)
    screen.show()
    screen.open()

    def enter(pin: str) -> None:
        for digit in pin:
            tap(qtbot, screen.pad.keys[digit])
        tap(qtbot, screen.pad.keys["OK"])

    step_1 = screen.tr("Step 1 of 2: choose a PIN of 4 to 6 digits")
    enter("1234")
    assert screen.status.text() == screen.problem_text("sequence") and screen.step.text() == step_1
    enter(PIN)
    assert screen.step.text() == screen.tr("Step 2 of 2: type the same PIN again")
    enter(WRONG)
    assert screen.status.text() == screen.tr("The two PINs were different. Please start again.")
    assert screen.step.text() == step_1
    assert not auth.has_admin()
    enter(PIN)
    with qtbot.waitSignal(screen.done, timeout=10_000):
        enter(PIN)
    assert auth.verify("admin", PIN).ok


def test_the_kiosk_window_starts_with_first_run_only_without_an_admin_pin(qtbot, sqlite_demo) -> None:  # type: ignore[no-untyped-def]
    from kiosk.app import first_run_window

    started: list[bool] = []
    window = first_run_window(sqlite_demo, "zh_CN", lambda: started.append(True))
    qtbot.addWidget(window)
    screen = window.findChild(AdminSetupScreen)
    assert screen is not None
    QApplication.instance().setStyleSheet("")
    screen.save = lambda pin: AuthService(sqlite_demo, cost=CHEAP).set_pin("admin", pin, actor="t", create_only=True)
    screen.entered(PIN)
    screen.entered(PIN)
    qtbot.waitUntil(lambda: bool(started), timeout=10_000)


# --- how it looks -------------------------------------------------------------------------------------


@pytest.mark.parametrize("elder", [False, True], ids=["normal", "elder"])
@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=["landscape", "portrait"])
def test_sign_in_and_first_run_fit_and_are_saved_for_review(qtbot, access, size, elder) -> None:  # type: ignore[no-untyped-def]
    shell = access.shell
    shell.set_language("zh_CN")
    shell.resize(*size)
    shell.set_elder(elder)
    folder = SHOTS / f"{'elder' if elder else 'zh'}-{size[0]}x{size[1]}"
    folder.mkdir(parents=True, exist_ok=True)
    problems: dict[str, list[str]] = {}
    minimum = shell.look.metrics.target

    def check(name: str) -> None:
        qtbot.wait(30)
        image = shell.grab().toImage()
        assert (image.width(), image.height()) == size, f"{name} forces the window to another size"
        image.save(str(folder / f"{name}.png"))
        found = cut_labels(shell) + small_targets(shell, minimum) + missing_glyphs(shell)
        if found:
            problems[name] = found

    login = shell.access.open_login()
    check("login-who")
    tap(qtbot, login.rows["admin"])
    for digit in "58":
        tap(qtbot, login.pad.keys[digit])
    check("login-pin")
    login.status.setText(login.message(AuthResult(Outcome.WRONG, locked_until=dt.datetime.now(dt.UTC))))
    check("login-locked")
    sign_in(qtbot, shell, f"staff:{access.staff[0].code}")
    shell.access.console.open_section("internal")
    check("console-staff")
    shell.go_home()

    setup = AdminSetupScreen(shell.look, lambda pin: None, lambda: True)
    shell.show_layer(setup)
    setup.open()
    check("first-run")
    shell.remove_layer(setup)
    setup.deleteLater()
    assert problems == {}


# --- kiosk admin (the office PC) ------------------------------------------------------------------------


def test_office_window_signs_the_admin_in_and_out(qtbot, sqlite_demo) -> None:  # type: ignore[no-untyped-def]
    from kiosk.app import build_office_window

    auth = AuthService(sqlite_demo, cost=CHEAP)
    auth.set_pin("admin", PIN, actor="test")
    auth.set_pin("staff", PIN, "S01", actor="test")  # staff PINs exist, but this window is admin only
    window = build_office_window(sqlite_demo, "en")
    qtbot.addWidget(window)
    try:
        window.resize(1280, 800)
        window.show()
        assert (window.minimumWidth(), window.minimumHeight()) == (1280, 800)
        login = window.login
        assert [p.role for p in login.choices] == ["admin"]
        assert login.pages.currentWidget() is login.pin_page and not login.cancel_button.isVisible()
        qtbot.keyClicks(login.pad, PIN)
        qtbot.keyClick(login.pad, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.console is not None, timeout=10_000)
        console = window.console
        keys = [s.key for s in console.sections]
        assert console.role == "admin" and "internal" in keys and "leave" not in keys
        assert console.leave.text() == "Sign out"
        tap(qtbot, console.leave)
        assert window.console is None and window.session is None
        assert window.layers.currentWidget() is login and login.pad.count == 0
    finally:
        QApplication.instance().setStyleSheet("")


def test_office_window_asks_for_the_admin_pin_first_when_there_is_none(qtbot, sqlite_demo) -> None:  # type: ignore[no-untyped-def]
    from kiosk.app import build_office_window

    window = build_office_window(sqlite_demo, "en")
    qtbot.addWidget(window)
    try:
        assert window.layers.currentWidget() is window.setup
        window.sign_out()  # the idle timer: nobody is signed in, the setup stays
        assert window.layers.currentWidget() is window.setup
        window.setup.save = lambda pin: AuthService(sqlite_demo, cost=CHEAP).set_pin("admin", pin, actor="t")
        window.setup.entered(PIN)
        window.setup.entered(PIN)
        qtbot.waitUntil(lambda: window.layers.currentWidget() is window.login, timeout=10_000)
    finally:
        QApplication.instance().setStyleSheet("")
