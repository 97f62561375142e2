"""The composition root: builds the database, services, translator, theme and screens, and nothing else does.

Everything the kiosk's widgets need is constructed here and handed to them; no screen reaches for
a global. Problems a person can fix (no database, no CJK font) are shown on screen in plain words
instead of crashing.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path

from kiosk import unattended
from kiosk.errors import UserError


def configure_environment(language: str = "zh_CN") -> None:
    """Environment Qt reads at start-up: the virtual keyboard, opening in pinyin for Chinese.

    Qt Virtual Keyboard starts in the system locale's layout (seen here: British English on a
    machine with LANG=C), so the kiosk's language decides the locale before Qt starts.
    """
    os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")
    # The keyboard is the kiosk's only Qt Quick content. With the default backend it loads the
    # system's OpenGL driver (Mesa's llvmpipe on a PC without a GPU: 100 MB); drawn in software
    # it costs a tenth of that, and a keyboard needs no GPU.
    os.environ.setdefault("QT_QUICK_BACKEND", "software")
    if language == "zh_CN":
        os.environ["LANG"] = "zh_CN.UTF-8"
        os.environ.pop("LC_ALL", None)


# Qt's style keeps the pictures of the controls it drew (frames, buttons, scroll bars) in a cache of
# 10 MiB by default, one per size and state: in the soak it held 8.5 MiB after 1,500 navigations and
# was still filling — memory that grew for an hour and that a resident never sees the benefit of
# (drawing them again is cheap). Two MiB keeps the common ones.
PIXMAP_CACHE_KB = 2048


def application(argv: list[str] | None = None):  # type: ignore[no-untyped-def]
    """The QApplication (created once)."""
    from PySide6.QtWidgets import QApplication

    _lighter_module_check()
    app = QApplication.instance()
    if app is None:
        from kiosk.services.gui_gc import GuiThreadCollector
        from kiosk.services.memory import limit_arenas

        limit_arenas()  # before Qt's and the pool's threads: one arena, trimmed whole (services/memory.py)

        app = QApplication(argv or [sys.argv[0]])
        app.setApplicationName("hall-kiosk")
        from PySide6.QtGui import QPixmapCache

        QPixmapCache.setCacheLimit(PIXMAP_CACHE_KB)
        GuiThreadCollector(app).start()  # cycles holding widgets must never be freed on a pool thread
    return app


def _lighter_module_check() -> None:
    """PySide6 reads the source of every module imported after it, through ``inspect.getsource``,
    to see whether it mentions "PySide6" (PYSIDE-2029), and ``linecache`` keeps every file it read:
    12 MB and a noticeable part of the start-up here. The same question is answered from the
    file's bytes, and what was kept already is let go. Where PySide6 changed, nothing is done."""
    import linecache

    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "reads_bytes", False):
        return

    def uses_pyside(module) -> bool:  # type: ignore[no-untyped-def]
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return bool(original(module))
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return bool(original(module))

    uses_pyside.reads_bytes = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]
    linecache.clearcache()


def install_font() -> str | None:
    """Make the resolved CJK font chain the application font; returns a problem message, or None.

    The main font first, then each fallback face of the chain (``fonts.resolve_chain``) as
    further families of the same ``QFont``: Qt draws every character with the first family that
    has it, on every screen. Missing fallbacks are not a problem that stops the kiosk; they are
    reported by ``font_warning``.
    """
    from PySide6.QtGui import QFont, QFontDatabase
    from PySide6.QtWidgets import QApplication

    from kiosk.services.fonts import FontMissing, resolve_chain

    try:
        chain = resolve_chain()
    except FontMissing as exc:
        return exc.message
    families: list[str] = []
    for font in chain.faces:
        font_id = QFontDatabase.addApplicationFont(str(font.path))
        found = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        family = found[font.index] if font.index < len(found) else (found[0] if found else font.family)
        if family not in families:
            families.append(family)
    app_font = QFont(families[0])
    app_font.setFamilies(families)
    app_font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    QApplication.setFont(app_font)
    return None


def font_warning(echo: bool = True) -> str | None:
    """The message when the fallback fonts lack a block of GB 18030-2022 level 3 (printed on stderr
    once when ``echo``), or None. The kiosk runs on; staff are warned before such a name prints."""
    from kiosk.services.fonts import FontMissing, chain_warning, resolve_chain

    try:
        message = chain_warning(resolve_chain())
    except FontMissing:
        return None  # install_font explains that one
    if message and echo and not _warned:
        _warned.append(message)
        print(f"kiosk: {message}", file=sys.stderr)
    return message


_warned: list[str] = []


class Translator:
    """Installs the Qt Linguist translation for the chosen language (English is the source language)."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTranslator

        self.translator = QTranslator()
        self.installed = False

    def set_language(self, language: str) -> None:
        from PySide6.QtCore import QCoreApplication

        if self.installed:
            QCoreApplication.removeTranslator(self.translator)
            self.installed = False
        if language == "en":
            return
        from kiosk.i18n_build import catalogue
        from kiosk.services import health_log

        qm = catalogue(language)  # inside the package, or compiled into the user cache; None is logged
        if qm is not None and self.translator.load(str(qm)):
            self.installed = QCoreApplication.installTranslator(self.translator)
        elif qm is not None:
            health_log.note_missing_catalogue(language, f"{qm} (unreadable)")


TILES = ["wizard", "bundles", "boards", "services", "search", "staff", "supervision", "notices", "predisclosure"]
TILES += ["rating", "progress"]
GUIDANCE_TILES = ("wizard", "bundles")  # shown once the content says they lead somewhere


def build_shell(  # type: ignore[no-untyped-def]
    database, language: str = "zh_CN", local=None, *, kiosk_id: str = "", prints=None, in_steps: bool = False, into=None
):
    """The kiosk's main window with every resident screen, on an open database.

    With ``local`` (the kiosk's ``LocalStore``) what it reads is kept on disk and what it takes
    while the database does not answer is queued there; without it the snapshot lives in memory.
    ``kiosk_id`` marks the notices this kiosk issues; ``prints`` (a ``PrintRecord``) hears how each
    print went, for the heartbeat.
    With ``in_steps`` long screens show their first screenful at once and build the rest just
    after it is painted (the running kiosk; screenshots and tests want everything at once).
    ``into``: the shell the quick start already shows (home only), completed instead of a new one.
    """
    from kiosk.data.repository import ContentRepository
    from kiosk.data.settings import Settings
    from kiosk.data.usage import UsageRecorder
    from kiosk.screens.home import HomeScreen
    from kiosk.screens.shell import SCHEDULE_KEYS, Shell
    from kiosk.services.notice_archive import NoticeService

    # the kiosk's content changes only when it is told (watcher, import, console): answer from memory
    content = ContentRepository(database, local, cache=True)
    settings = Settings(database, local).all()  # read once, so that the local store keeps them
    translator = into.services["translator"] if into is not None else Translator()
    if into is None:
        translator.set_language(language)
    try:
        hall = content.hall()
    except UserError:  # started offline on a snapshot that never held the hall
        hall = None
    factories: dict[str, Callable] = {
        "home": lambda look: HomeScreen(look, content.hall, TILES, _tile_available(content)),
    }
    factories.update(_content_screens(content))
    notices = NoticeService(database, kiosk_id=kiosk_id, local=local, content=content)
    printer = _Printer(database, local, prints)
    usage = UsageRecorder(database, local)  # guides opened, checklists printed, searches (统计)
    factories.update(_guide_screens(content, notices, printer, usage, in_steps=in_steps))
    factories.update(_guidance_screens(content, printer))
    from kiosk.hall_guidance import guidance_screens  # 办件进度, 呼叫帮办, the floor plan (issue 14)

    factories.update(guidance_screens(content, local))
    if into is not None:
        shell = _complete(into, factories, hall, settings, content)
    else:
        shell = Shell(
            factories,
            hall.name if hall else "便民服务大厅",
            translator.set_language,
            language=language,
            idle_seconds=int(settings["idle_seconds"]),
            orientation=str(settings["orientation"]),
        )
    shell.services["translator"] = translator  # keep it alive as long as the window
    shell.services["notices"] = notices
    shell.services["usage"] = _usage_flusher(shell, usage)
    shell.content = content
    shell.apply_settings({k: settings[k] for k in ("idle_warning_seconds", *SCHEDULE_KEYS)})
    shell.refresh_banner()
    shell.access = _staff_access(shell, content, database, notices, printer)
    from kiosk.widgets.input_watch import filter_input_once

    # the idle timer and the staff gesture see every input event, through one cheap filter
    shell.services["input_filter"] = filter_input_once(
        [shell.idle, shell.access.gesture], shell, shell.services.get("input_filter")
    )
    # what a console session edited is read again once the kiosk is back (its editors write directly)
    shell.access.session_ended.connect(_reread_after_session(shell, Settings(database, local).all))
    return shell


def _complete(shell, factories, hall, settings, content):  # type: ignore[no-untyped-def]
    """Give a shell the quick start showed (home only) every screen; its home reads the database now."""
    shell.factories.update(factories)
    if (home := shell.screens.get("home")) is not None:
        home.hall = content.hall
        home.available = _tile_available(content)
        home.forget_built()  # 导办 and 一件事 appear now if the content has them
    if hall is not None:
        shell.header.set_hall(hall.name)
    shell.apply_settings(settings)
    return shell


def _reread_after_session(shell, read_settings):  # type: ignore[no-untyped-def]
    """A slot that tells the shell its content changed, holding it only weakly."""
    import weakref

    ref = weakref.ref(shell)

    def reread() -> None:
        if (alive := ref()) is not None:
            alive.content_changed(read_settings)

    return reread


def _usage_flusher(shell, usage):  # type: ignore[no-untyped-def]
    """Counts are written every minute and when a visit ends (idle), off the GUI thread, and at exit."""
    from PySide6.QtWidgets import QApplication

    from kiosk.services.usage_flush import UsageFlusher

    flusher = UsageFlusher(usage, parent=shell)
    shell.idle_reset_done.connect(flusher.flush_soon)
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(flusher.flush_now)
    return flusher


def _people(content, auth) -> list:  # type: ignore[no-untyped-def]
    """Who may sign in: the admin (once a PIN exists) and every active staff member with a PIN.

    While the database does not answer, a ``UserError`` says so: PINs are only ever checked there.
    """
    from kiosk.data.db import UNREACHABLE
    from kiosk.screens.login import Person
    from kiosk.services.auth import ADMIN, STAFF

    try:
        people = [Person(ADMIN)] if auth.has_admin() else []
        with_pins = set(auth.staff_with_pins())
    except UNREACHABLE:
        raise UserError("数据库暂时无法访问,工作人员要等连接恢复后才能登录。") from None
    windows = {w.code: w.name for w in content.windows()}
    people += [
        Person(STAFF, s.code, s.name, windows.get(s.window, s.window)) for s in content.staff() if s.code in with_pins
    ]
    return people


def _staff_access(shell, content, database, notices=None, printer=None):  # type: ignore[no-untyped-def]
    """The hidden gesture → sign-in → console layers of the kiosk, and the session they share."""
    from functools import partial

    from kiosk.hall_guidance import help_banner
    from kiosk.screens.access import StaffAccess, who_text
    from kiosk.screens.admin.console import AdminConsole
    from kiosk.screens.login import LoginScreen
    from kiosk.services.auth import AuthService
    from kiosk.widgets.lockdown import leave_kiosk_mode

    auth = AuthService(database)
    look = shell.look  # shared and changed in place by the header's toggles; the closures must not hold the shell

    def login():  # type: ignore[no-untyped-def]
        return LoginScreen(look, partial(_people, content, auth), auth.verify)

    hooks = _kiosk_hooks(shell, database)
    from kiosk.unattended import offer_unprinted

    def console(session):  # type: ignore[no-untyped-def]
        sections = _console_sections(
            content, database, session, look=look, notices=notices, printer=printer, hooks=hooks
        )
        sections.append(_leave_kiosk_section(auth, session, look, leave_kiosk_mode))
        window = AdminConsole(
            sections, who_text(session), session.role, font_warning(), banner=help_banner(database, session)
        )
        if notices is not None:
            offer_unprinted(window, notices, session)
        return window

    return StaffAccess(shell, login, console)


def _console_sections(content, database, session, *, look=None, notices=None, printer=None, hooks=None) -> list:  # type: ignore[no-untyped-def]
    """The admin console's sections for ``session`` (an ``AuthSession``: role, staff_code, name).

    ``hooks`` (``tools.KioskHooks``) let the settings and files pages act on the running kiosk;
    the office window has no kiosk and passes none.

    ``notices`` (a ``NoticeService``) and ``printer`` (``_Printer``) are the kiosk's own when it
    has them; the office window makes its own.

    ``AdminConsole`` shows staff only the sections with ``admin_only=False``; the admin sees all.
    Each section's page is built on first use and lives until the session ends (idle reset or
    "Back to the kiosk"), so a page may keep what the person typed but must save it itself.
    """
    from functools import partial

    from PySide6.QtCore import QCoreApplication

    from kiosk.data.access_role import role_limits
    from kiosk.screens.admin.console import Section
    from kiosk.screens.admin.internal import InternalDisclosuresPage
    from kiosk.screens.base import Look
    from kiosk.widgets.theme import NORMAL, STANDARD

    look = look or Look(STANDARD, NORMAL)
    limits = role_limits(database)
    staff_disclosures = partial(content.disclosures, staff=True)  # 对内公开: only ever inside a session
    # Titles are translated in the "Console" context, spelled out in full so that lupdate finds them.
    sections = [
        Section(
            "internal",
            QCoreApplication.translate("Console", "Internal disclosures"),
            lambda: InternalDisclosuresPage(look, staff_disclosures, content.boards, readable=limits.reads_staff_only),
            admin_only=False,
        ),
    ]
    sections += _notice_sections(content, database, session, look, notices, printer)
    from kiosk.screens.admin.content import content_sections

    sections += content_sections(database, lambda: session.actor)
    from kiosk.hall_guidance import plan_section

    sections.append(plan_section(content))  # 平面图 (窗口导航)
    sections += _feedback_sections(content, database, session)
    sections += _supervision_sections(content, database, session)
    from kiosk.unattended import health_section

    sections.append(health_section(database, session))
    from kiosk.screens.admin.tools import tool_sections

    sections += tool_sections(database, session, hooks)  # files and backups, settings
    if not limits.can_edit:  # the kiosk role (deploy/postgres-roles.sql): say where the admin's work is done
        from dataclasses import replace

        from kiosk.screens.admin.role_limited import RoleLimitedPage

        sections = [replace(s, build=partial(RoleLimitedPage, look, s.title)) if s.admin_only else s for s in sections]
    sections.append(_error_log_section(database, look))  # this kiosk's own errors: readable on any account
    # More sections are appended here: the content editors, publish/archive, files (import, export,
    # backup), settings and the audit log — one Section(key, QCoreApplication.translate("Console", title),
    # build, admin_only=...) each. "Leave kiosk mode" is added after them, on the kiosk only.
    return sections


def _feedback_sections(content, database, session) -> list:  # type: ignore[no-untyped-def]
    """统计 (ratings, notices issued and opinions over a period) and 预公开意见 (opinions per plan, CSV export)."""
    from PySide6.QtCore import QCoreApplication

    from kiosk.data.feedback import FeedbackRepository
    from kiosk.data.statistics import HallStatistics
    from kiosk.screens.admin.console import Section
    from kiosk.screens.admin.opinions import OpinionsPage
    from kiosk.screens.admin.statistics import StatisticsPage
    from kiosk.services.opinion_export import export_opinions
    from kiosk.services.supervision.decisions import DecisionService

    def window_names() -> dict[str, str]:
        return {w.code: w.name for w in content.windows()}

    def statistics() -> StatisticsPage:
        from kiosk.services.report.case_hook import case_counter

        return StatisticsPage(HallStatistics(database, cases=case_counter(database)), window_names)

    def opinions() -> OpinionsPage:
        def export(folder, key, headers):  # type: ignore[no-untyped-def]
            return export_opinions(database, folder, key, actor=session.actor, headers=headers)

        return OpinionsPage(
            FeedbackRepository(database), export, decisions=DecisionService(database), actor=lambda: session.actor
        )

    # Titles in the "Console" context, spelled out in full so that lupdate finds them.
    return [
        Section("statistics", QCoreApplication.translate("Console", "Statistics"), statistics, admin_only=True),
        Section("opinions", QCoreApplication.translate("Console", "Opinions on plans"), opinions, admin_only=True),
    ]


def _supervision_sections(content, database, session) -> list:  # type: ignore[no-untyped-def]
    """差评整改 (cases and their deadlines), 投诉登记 (complaints from every channel) and 工作日历 (holidays)."""
    from PySide6.QtCore import QCoreApplication

    from kiosk.screens.admin.calendar_page import CalendarPage
    from kiosk.screens.admin.cases import CasesPage
    from kiosk.screens.admin.complaints import ComplaintsPage
    from kiosk.screens.admin.console import Section
    from kiosk.services.supervision.anonymise import anonymise
    from kiosk.services.supervision.calendar import CalendarStore
    from kiosk.services.supervision.cases import CaseService
    from kiosk.services.supervision.complaints import ComplaintService
    from kiosk.services.supervision.samples import remove_samples

    def actor() -> str:
        return str(session.actor)

    def windows() -> list[tuple[str, str]]:
        return [(w.code, w.name) for w in content.windows()]

    def staff() -> list[tuple[str, str]]:
        return [(s.code, f"{s.name}({s.code})") for s in content.staff()]

    def matters() -> list[tuple[str, str]]:
        return [(m.code, m.name) for m in content.matter_summaries()]

    def public_preview(record):  # type: ignore[no-untyped-def]
        names = [record.contact, *(s.name for s in content.staff())]
        return anonymise(record.problem, names), anonymise(record.rectification, names)

    def drop_samples() -> int:
        with database.session() as db_session:
            removed = remove_samples(db_session, actor())
            db_session.commit()
        return removed

    def cases() -> CasesPage:
        return CasesPage(CaseService(database), actor, windows, staff, matters, public_preview, drop_samples)

    def complaints() -> ComplaintsPage:
        return ComplaintsPage(ComplaintService(database), actor, windows, matters)

    def calendar() -> CalendarPage:
        return CalendarPage(CalendarStore(database), actor)

    # Titles in the "Console" context, spelled out in full so that lupdate finds them.
    return [
        Section("cases", QCoreApplication.translate("Console", "Poor ratings (差评整改)"), cases, admin_only=True),
        Section(
            "complaints", QCoreApplication.translate("Console", "Complaints (投诉登记)"), complaints, admin_only=True
        ),
        Section("calendar", QCoreApplication.translate("Console", "Working-day calendar"), calendar, admin_only=True),
    ]


def _error_log_section(database, look):  # type: ignore[no-untyped-def]
    """运行记录: the last uncaught errors and the content hidden because it cannot be shown."""
    from functools import partial

    from PySide6.QtCore import QCoreApplication

    from kiosk.screens.admin.console import Section
    from kiosk.screens.admin.error_log import ErrorLogPage
    from kiosk.services.health_log import hidden_items

    return Section(
        "errors",
        QCoreApplication.translate("Console", "Errors and hidden items"),
        lambda: ErrorLogPage(look, partial(hidden_items, database)),
        admin_only=True,
    )


def _kiosk_hooks(shell, database):  # type: ignore[no-untyped-def]
    """What the console's settings and files pages may do to the kiosk, holding it only weakly.

    A saved setting is applied as this kiosk sees it: its own override (``fleet``) wins over the
    hall-wide value the page just changed.
    """
    import weakref

    from kiosk.data.settings import Settings
    from kiosk.screens.admin.tools import KioskHooks

    ref = weakref.ref(shell)
    local = shell.content.local if shell.content is not None else None

    def apply_settings(values) -> None:  # type: ignore[no-untyped-def]
        if (alive := ref()) is not None:
            effective = Settings(database, local).all()
            alive.apply_settings({key: effective.get(key, value) for key, value in values.items()})

    def content_replaced() -> None:
        if (alive := ref()) is not None:
            alive.reload_content()

    return KioskHooks(apply_settings, content_replaced, local.kiosk_id if local is not None else "")


def _daily_backups(database):  # type: ignore[no-untyped-def]
    """Once a day (checked a minute after start, then hourly): a checked backup, pruned to ``backup_keep``."""
    from kiosk.services.backup_schedule import DailyBackup
    from kiosk.services.backup_timer import BackupTimer

    return BackupTimer(DailyBackup(database))


def _notice_sections(content, database, session, look, notices=None, printer=None) -> list:  # type: ignore[no-untyped-def]
    """补正告知 (issue a missing-materials notice) and 补打 (reprint from the archive), for staff and admin."""
    from PySide6.QtCore import QCoreApplication

    from kiosk.hall_guidance import progress_section
    from kiosk.screens.admin.console import Section
    from kiosk.screens.admin.reprint import ReprintPage
    from kiosk.screens.admin.staff_notice import MissingNoticePage
    from kiosk.services.guidance.service import GuidanceService
    from kiosk.services.notice_archive import NoticeService

    notices = notices or NoticeService(database)
    printer = printer or _Printer(database)
    return [
        Section(
            "notice.missing",
            QCoreApplication.translate("Console", "Missing-materials notice"),
            lambda: MissingNoticePage(
                look, notices, content.matter_summaries, printer.backend, session.staff_code, GuidanceService(content)
            ),  # 一件事 too: one notice for the whole life event
            admin_only=False,
        ),
        progress_section(look, notices, session),
        Section(
            "notice.reprint",
            QCoreApplication.translate("Console", "Reprint a notice"),
            lambda: ReprintPage(look, notices, printer.backend),
            admin_only=False,
        ),
    ]


class _Printer:
    """Where the kiosk prints: read from the settings at each print, so a change applies at once.

    The ``printer`` setting empty (or ``auto``) means the system's default printer when there is
    one, else a folder (``print_folder``, or the default one). A folder can always take a print,
    so only a setting that cannot be understood leaves the kiosk without a print button. Finding
    the default printer asks CUPS, so ``backend`` is called off the GUI thread (``PrintStatus``).
    """

    def __init__(self, database, local=None, prints=None) -> None:  # type: ignore[no-untyped-def]
        from kiosk.data.settings import Settings

        self.settings = Settings(database, local)  # the local store answers while the database does not
        self.prints = prints  # a PrintRecord: how each print went, for the heartbeat (设备状态)

    @property
    def available(self) -> bool:
        from kiosk.services.printing import PRINTER_SETTING_KEY, PrinterChoice

        try:
            PrinterChoice.parse(self.settings.get(PRINTER_SETTING_KEY))
        except UserError:
            return False
        return True

    def backend(self):  # type: ignore[no-untyped-def]
        from kiosk.services.printing import PRINTER_SETTING_KEY, FolderBackend, PrinterChoice, choose_backend

        setting = self.settings.get(PRINTER_SETTING_KEY)
        chosen = choose_backend(setting)
        folder = str(self.settings.get("print_folder") or "").strip()
        if folder and isinstance(chosen, FolderBackend) and PrinterChoice.parse(setting).kind == "auto":
            chosen = FolderBackend(Path(folder).expanduser())
        if self.prints is not None:
            from kiosk.services.printer_watch import RecordingBackend

            return RecordingBackend(chosen, self.prints)
        return chosen


def _leave_kiosk_section(auth, session, look, quit_app):  # type: ignore[no-untyped-def]
    """The section that quits the kiosk program (admin only, last in the menu; not in ``kiosk admin``)."""
    from PySide6.QtCore import QCoreApplication

    from kiosk.screens.admin.console import Section
    from kiosk.screens.admin.leave import LeaveKioskPage

    def build():  # type: ignore[no-untyped-def]
        return LeaveKioskPage(look, lambda: auth.record(session, "kiosk.leave", "退出信息亭模式"), quit_app)

    return Section("leave", QCoreApplication.translate("Console", "Leave kiosk mode"), build, admin_only=True)


def _tile_available(content) -> Callable[[str], bool]:  # type: ignore[no-untyped-def]
    """Whether a home tile leads somewhere now: 导办 needs a question tree, 一件事 a published bundle."""
    from kiosk.services.guidance.service import GuidanceService

    guidance = GuidanceService(content)

    def available(name: str) -> bool:
        try:
            if name == "wizard":
                return guidance.tree() is not None
            if name == "bundles":
                return bool(guidance.bundles())
        except UserError:  # offline and never read: the tile would lead nowhere
            return False
        return True

    return available


def _guidance_screens(content, printer) -> dict[str, Callable]:  # type: ignore[no-untyped-def]
    """一件事 (the bundles and one bundle, with printing, 窗口导航 and 呼叫帮办) and 智能导办 (the question wizard)."""
    from kiosk.hall_guidance import help_caller, window_finder
    from kiosk.screens.bundles import BundleScreen, BundlesScreen
    from kiosk.screens.print_flow import open_print_dialog
    from kiosk.screens.wizard import WizardScreen
    from kiosk.services.guidance.service import GuidanceService

    guidance = GuidanceService(content)

    def bundle(look):  # type: ignore[no-untyped-def]
        screen = BundleScreen(
            look,
            guidance.bundle,
            guidance.merged,
            guidance.checklist,
            can_print=printer.available,
            window_of=window_finder(content),
        )
        call_help = help_caller(content, screen, look)  # 呼叫帮办 names the bundle being looked at
        screen.call_help.connect(call_help)
        screen.print_checklist.connect(
            lambda notice: open_print_dialog(screen, look, notice, printer.backend, call_help=call_help)
        )
        return screen

    def wizard(look):  # type: ignore[no-untyped-def]
        live = lambda: {s.code for s in content.matter_summaries()}  # noqa: E731
        return WizardScreen(look, guidance.tree, guidance.bundles, live, content.matter)

    return {"bundles": lambda look: BundlesScreen(look, guidance.bundles), "bundle": bundle, "wizard": wizard}


def _content_screens(content) -> dict[str, Callable]:  # type: ignore[no-untyped-def]
    """Factories of the bulletin screens: boards, articles, notices, staff, supervision, attract,
    and the two where residents answer back: plans for comment (预公开) and the rating (好差评)."""
    from functools import partial

    from kiosk.data.feedback import FeedbackRepository
    from kiosk.data.offline.outbox import OfflineFeedback
    from kiosk.data.settings import Settings
    from kiosk.screens.article import ArticleScreen
    from kiosk.screens.attract import AttractScreen
    from kiosk.screens.boards import BoardsScreen
    from kiosk.screens.notices import NoticesScreen
    from kiosk.screens.predisclosure import PredisclosureScreen
    from kiosk.screens.rating import RatingScreen
    from kiosk.screens.staff import StaffScreen
    from kiosk.screens.supervision import SupervisionScreen

    # The resident screens only ever get the public reader: staff-only texts (对内公开) need a staff session.
    public_disclosures = partial(content.disclosures, staff=False)
    local = content.local
    shared = FeedbackRepository(content.database, kiosk_id=local.kiosk_id if local is not None else "")
    # offline, ratings and opinions wait in the local outbox
    feedback = (
        OfflineFeedback(shared, local, content.pre_disclosures, content.database_away) if local is not None else shared
    )

    def attract(look):  # type: ignore[no-untyped-def]
        seconds = float(Settings(content.database, local).get("attract_rotate_seconds"))
        return AttractScreen(look, content.hall, content.notices, public_disclosures, rotate_seconds=seconds)

    return {
        "boards": lambda look: BoardsScreen(look, content.boards, public_disclosures),
        "article": lambda look: ArticleScreen(look, public_disclosures, content.boards),
        "notices": lambda look: NoticesScreen(look, content.notices),
        "staff": lambda look: StaffScreen(look, content.windows, content.staff),
        "supervision": lambda look: SupervisionScreen(
            look, content.hall, content.complaint_channels, content.complaint_results, content.supervision_board
        ),
        "attract": attract,
        "predisclosure": lambda look: PredisclosureScreen(
            look, content.pre_disclosures, feedback.add_opinion, decisions=content.decisions
        ),
        "rating": lambda look: RatingScreen(look, content.windows, feedback.add_rating),
    }


def _guide_screens(content, notices=None, printer=None, usage=None, *, in_steps=False) -> dict[str, Callable]:  # type: ignore[no-untyped-def]
    """Factories of the service-guide screens: browse, matter lists, search, guide detail (with printing).

    ``usage`` (a ``UsageRecorder``) counts guides opened, checklists printed and searches;
    ``in_steps``: the guide shows its first screenful at once and adds the rest after that paint."""
    from kiosk.hall_guidance import help_caller, plan_on_paper, window_finder
    from kiosk.screens.guide import GuideScreen
    from kiosk.screens.matters import MattersScreen
    from kiosk.screens.print_flow import open_print_dialog
    from kiosk.screens.search import SearchScreen
    from kiosk.screens.services import ServicesScreen
    from kiosk.services.notice_archive import NoticeService
    from kiosk.services.speech import find_speaker
    from kiosk.widgets.file_viewer import show_file

    notices = notices or NoticeService(content.database)
    printer = printer or _Printer(content.database)

    def guide(look):  # type: ignore[no-untyped-def]
        screen = GuideScreen(
            look,
            content.matter,
            notices.checklist_for,
            lambda: {d.code: d.name for d in content.departments()},
            speaker=find_speaker(),
            can_print=printer.available,
            viewed=usage.viewed if usage is not None else None,
            window_of=window_finder(content),
            hall=content.hall,
            build_in_steps=in_steps,
        )
        screen.view_file.connect(lambda file, title: show_file(screen, file, title))
        printed = usage.printed if usage is not None else None
        call_help = help_caller(content, screen, look)
        screen.call_help.connect(call_help)
        with_plan = plan_on_paper(content)  # the part of the floor plan around the window, on the paper
        screen.print_checklist.connect(
            lambda notice: open_print_dialog(
                screen, look, with_plan(notice), printer.backend, printed, call_help=call_help
            )
        )
        return screen

    searched = usage.searched if usage is not None else None
    return {
        "services": lambda look: ServicesScreen(look, content.themes, content.departments, content.matter_summaries),
        "matters": lambda look: MattersScreen(look, content.matter_summaries),
        "search": lambda look: SearchScreen(look, content.matter_summaries, searched),
        "guide": guide,
    }


def message_window(text: str):  # type: ignore[no-untyped-def]
    """A full-screen explanation for a problem the kiosk cannot work around (no font, no database)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    widget = QLabel(text)
    widget.setWordWrap(True)
    widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
    widget.setStyleSheet("QLabel { font-size: 32px; padding: 80px; background: #FFFFFF; color: #161616; }")
    return widget


def show_window(widget, windowed: bool, size: tuple[int, int] | None, orientation: str = "auto") -> None:  # type: ignore[no-untyped-def]
    """Fullscreen and frameless at the screen's geometry (no window manager needed), or a window
    (shaped by the ``orientation`` setting when no size is given)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    from kiosk.services.kiosk_settings import window_size

    widget.setWindowTitle("便民服务大厅")
    if windowed or size:
        if size is None and orientation in ("landscape", "portrait"):
            screen = QGuiApplication.primaryScreen()
            available = screen.availableSize() if screen is not None else None
            size = window_size(orientation, (available.width(), available.height()) if available else (0, 0))
        widget.resize(*(size or (1920, 1080)))
        widget.show()
        return
    widget.setWindowFlags(Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint)
    screen = QGuiApplication.primaryScreen()
    if screen is not None:
        widget.setGeometry(screen.geometry())
    widget.showFullScreen()


def run_kiosk(args: argparse.Namespace) -> int:
    """``kiosk``: the resident kiosk on the configured database (first start: create the admin PIN)."""
    if os.environ.get("KIOSK_QUICK_START", "1") != "0":
        from kiosk.data.quick_start import peek

        quick = peek(getattr(args, "db", None))
        if quick is not None:
            return _run_quick(args, quick)
    from kiosk.data.offline.local_store import NoSnapshot, open_for_kiosk
    from kiosk.data.settings import Settings
    from kiosk.services.auth import AuthService

    database_problem = ""
    local = None
    started_offline = False
    waiting = False  # a shared database that does not answer, and no snapshot yet: wait for it
    try:  # a database that does not answer: start on the local snapshot when there is one
        database, local, started_offline = open_for_kiosk(getattr(args, "db", None))
    except NoSnapshot as exc:
        database_problem, database, waiting = exc.message, None, True
    except UserError as exc:
        database_problem = exc.message
        database = None
    language = args.lang or (str(Settings(database, local).get("language")) if database is not None else "zh_CN")
    configure_environment(language)
    app = application()
    kiosk_mode = not (args.windowed or args.size)  # --windowed: closing the window quits, as on any desktop
    parts = unattended.start(app, kiosk_mode=kiosk_mode)

    def show(window) -> None:  # type: ignore[no-untyped-def]
        show_window(window, args.windowed, args.size, getattr(window, "orientation", "auto"))

    font_problem = install_font()
    problem = "\n\n".join(p for p in (font_problem, database_problem) if p)
    font_warning()  # on stderr now; on screen in the console, for the staff who print names

    def build_kiosk():  # type: ignore[no-untyped-def]
        shell = kiosk_shell(database, local, language, started_offline=started_offline)
        shell.transition_ms = 160
        _time_first_paint(shell)
        if local is None:  # a shared PostgreSQL is backed up on its server (README), not by every kiosk
            _backups_later(shell, database)
        return shell

    def build_setup():  # type: ignore[no-untyped-def]
        return first_run_window(database, language, lambda: parts.keeper.replace(build_kiosk))

    def set_up() -> bool:
        assert database is not None
        return started_offline or AuthService(database).has_admin()  # a snapshot means the kiosk was set up

    def opened(found) -> None:  # type: ignore[no-untyped-def]
        nonlocal database, local, started_offline
        database, local, started_offline = found
        parts.keeper.replace(build_kiosk if set_up() else build_setup)

    if waiting and not font_problem:  # calm words, then the kiosk by itself once the server answers
        unattended.keep_window(parts, lambda: message_window(problem), show, kiosk_mode=kiosk_mode)
        parts.keep.append(_wait_for_database(app, getattr(args, "db", None), opened))
        return int(app.exec())
    if problem or database is None:
        unattended.keep_window(parts, lambda: message_window(problem), show, kiosk_mode=kiosk_mode)
        return int(app.exec())
    unattended.keep_window(parts, build_kiosk if set_up() else build_setup, show, kiosk_mode=kiosk_mode)
    return int(app.exec())


def _backups_later(shell, database) -> None:  # type: ignore[no-untyped-def]
    """Made once home is up: its imports (backups, spreadsheets) must not delay the first paint
    that a restarted kiosk owes the service manager; its first check is a minute away anyway."""
    from PySide6.QtCore import QTimer

    QTimer.singleShot(3000, shell, lambda: shell.services.setdefault("daily_backup", _daily_backups(database)))


def _time_first_paint(shell) -> None:  # type: ignore[no-untyped-def]
    if os.environ.get("KIOSK_BENCH_PAINT"):  # ``kiosk bench`` times the first painted home screen
        from kiosk.bench.paint_probe import watch_first_paint

        shell.services["first_paint"] = watch_first_paint(shell.screens["home"])


def _run_quick(args: argparse.Namespace, quick) -> int:  # type: ignore[no-untyped-def]
    """The home screen from what ``quick_start.peek`` read, before the database layer is loaded;
    the rest of the kiosk (the same as ``kiosk_shell`` builds) just after that frame is painted.

    The same unattended parts as ``run_kiosk`` (logs, crash guard, lockdown, window keeper,
    READY=1 after the first paint). A tile tapped before the rest is there waits for it rather
    than doing nothing. Should the keeper ever rebuild the window, it builds the whole kiosk.
    """
    from kiosk.screens.home import HomeScreen
    from kiosk.screens.shell import Shell
    from kiosk.widgets.after_paint import after_paint

    language = args.lang or str(quick.settings.get("language") or "zh_CN")
    configure_environment(language)
    app = application()
    kiosk_mode = not (args.windowed or args.size)
    parts = unattended.start(app, kiosk_mode=kiosk_mode)

    def show(window) -> None:  # type: ignore[no-untyped-def]
        show_window(window, args.windowed, args.size, getattr(window, "orientation", "auto"))

    problem = install_font()
    if problem:
        unattended.keep_window(parts, lambda: message_window(problem), show, kiosk_mode=kiosk_mode)
        return int(app.exec())
    opened: list = []  # (database, local, started_offline) once the rest is loaded

    def build_quick():  # type: ignore[no-untyped-def]
        if opened:  # the keeper rebuilds a destroyed window: the ordinary way, the database is open
            database, local, started_offline = opened[0]
            shell = kiosk_shell(database, local, language, started_offline=started_offline)
            shell.transition_ms = 160
            return shell
        translator = Translator()
        translator.set_language(language)
        finished: list[bool] = []

        def finish() -> None:
            if finished:
                return
            finished.append(True)
            found = _finish_quick_start(shell, str(quick.path), language)
            if found is not None:
                opened.append(found)
            font_warning()  # on stderr, once the first frame is up (reading the fallback fonts)

        def waiting(name: str) -> Callable:
            def build(look):  # type: ignore[no-untyped-def]
                finish()
                if shell.factories[name] is build:
                    raise UserError("信息亭正在启动,请稍候再试。")
                return shell.factories[name](look)

            return build

        factories: dict[str, Callable] = {name: waiting(name) for name in (*TILES, "attract")}
        factories["home"] = lambda look: HomeScreen(
            look, lambda: quick.hall, TILES, lambda name: name not in GUIDANCE_TILES
        )  # 导办 and 一件事 only once the content says they lead somewhere
        shell = Shell(
            factories,
            quick.hall.name,
            translator.set_language,
            language=language,
            idle_seconds=int(quick.settings.get("idle_seconds") or 90),
            orientation=str(quick.settings.get("orientation") or "auto"),
        )
        shell.services["translator"] = translator
        from kiosk.widgets.input_watch import filter_input_once

        shell.services["input_filter"] = filter_input_once([shell.idle], shell)
        shell.transition_ms = 160
        _time_first_paint(shell)
        after_paint(shell, finish, fallback_ms=500)
        return shell

    unattended.keep_window(parts, build_quick, show, kiosk_mode=kiosk_mode)
    return int(app.exec())


def _finish_quick_start(shell, db: str, language: str):  # type: ignore[no-untyped-def]
    """The rest of the kiosk into the shell the quick start shows; ``open_for_kiosk``'s answer, or None."""
    from kiosk.data.offline.local_store import open_for_kiosk

    try:
        database, local, started_offline = open_for_kiosk(db)
    except UserError as exc:  # the file went away since the first frame was read
        explanation = message_window(exc.message)
        shell.show_layer(explanation)
        return None
    kiosk_shell(database, local, language, started_offline=started_offline, into=shell)
    if local is None:
        _backups_later(shell, database)
    return database, local, started_offline


def _give_back_memory_at_home(shell) -> None:  # type: ignore[no-untyped-def]
    """Each time the kiosk is back home, once that frame is painted, let go of what only served the
    visit (``memory.give_back``: compiled search patterns) and return the heap memory freed since
    (a print preview's pages, a guide's widgets) to the system: glibc keeps freed memory for
    reuse, and a kiosk that runs for months should not hold a peak it reached once."""
    import weakref

    from PySide6.QtCore import QTimer

    from kiosk.services.memory import give_back
    from kiosk.widgets.after_paint import after_paint

    ref = weakref.ref(shell)

    def after_fade() -> None:
        alive = ref()
        fade = getattr(alive, "_fade", None)
        if fade is None:
            give_back()
        else:  # the fade's off-screen picture of the page (~7 MB) is freed when it ends: then
            fade.finished.connect(lambda: QTimer.singleShot(0, give_back))

    def at(name: str) -> None:
        if name == "home" and (alive := ref()) is not None:
            after_paint(alive, after_fade)

    shell.navigated.connect(at)


def _wait_for_database(parent, db, then, seconds: float = 30):  # type: ignore[no-untyped-def]
    """Ask for the database every ``seconds`` (off the GUI thread) until it answers, then ``then(opened)``
    with ``open_for_kiosk``'s answer: a kiosk switched on before the server starts by itself."""
    import logging

    from PySide6.QtCore import QTimer

    from kiosk.data.offline.local_store import open_for_kiosk
    from kiosk.services.background import BackgroundCall

    timer = QTimer(parent)
    timer.setInterval(int(seconds * 1000))
    calls: list = []

    def attempt() -> None:
        if calls and not calls[-1].done:
            return
        call = BackgroundCall(lambda: open_for_kiosk(db))  # no parent: held by ``calls``, one try at a time
        call.finished.connect(answered)
        call.failed.connect(
            lambda message: logging.getLogger(__name__).info("still waiting for the database: %s", message)
        )
        calls[:] = [call]
        call.start()

    def answered(found) -> None:  # type: ignore[no-untyped-def]
        timer.stop()
        then(found)

    timer.timeout.connect(attempt)
    timer.start()
    return timer


def kiosk_shell(database, local, language: str = "zh_CN", *, started_offline: bool = False, into=None):  # type: ignore[no-untyped-def]
    """The shell as ``run_kiosk`` runs it: ``build_shell`` plus the content watcher and, with a
    local store, the catch-up after an outage (send the outbox, reserve serials, keep the snapshot).

    Started offline (``open_for_kiosk`` found only the snapshot) the shell is the same: its reads
    answer from the snapshot and the header says offline. Nothing is restarted when the database
    answers: the engine connects then, the schema is checked once, and the first answer counts as
    a publish, so the kiosk refreshes at rest like after any change. ``into``: the shell the quick
    start shows (home only), completed instead of a new one.
    """
    from kiosk.services.health import kiosk_identity
    from kiosk.services.printer_watch import PrintRecord
    from kiosk.unattended import heartbeat, watch_database

    kiosk_id = kiosk_identity(local)
    prints = PrintRecord()
    shell = build_shell(database, language, local, kiosk_id=kiosk_id, prints=prints, in_steps=True, into=into)
    _give_back_memory_at_home(shell)
    shell.services["heartbeat"] = heartbeat(shell, database, local, kiosk_id, prints)
    shell.services["database_watch"] = watch_database(shell, database)
    watcher = _watch_content(shell, database, local)
    if started_offline:
        watcher.known = ""  # not a version: the first answer is a change
        shell.set_offline(True)
    if local is not None:
        from kiosk.services.catch_up import CatchUp, CatchUpWorker

        catch_up = CatchUp(database, local, shell.content, shell.services["notices"], migrate=started_offline)
        worker = CatchUpWorker(catch_up, parent=shell)
        watcher.reachable.connect(worker.reachable)
        watcher.changed.connect(worker.content_changed)
        shell.services["catch_up"] = worker
    shell.services["content_watch"] = watcher
    watcher.start()
    return shell


def _watch_content(shell, database, local=None):  # type: ignore[no-untyped-def]
    """Pick up what another kiosk or the admin console publishes, within half a minute, no restart."""
    from kiosk.data.settings import Settings
    from kiosk.widgets.content_watch import ContentWatcher

    watcher = ContentWatcher(shell.content.content_version, seconds=30, parent=shell)
    watcher.changed.connect(lambda: shell.content_changed(Settings(database, local).all))
    watcher.reachable.connect(shell.content.note_reachable)  # reads from memory do not find out by themselves
    watcher.reachable.connect(lambda ok: shell.set_offline(not ok))
    return watcher


def first_run_window(database, language: str, then: Callable[[], None]):  # type: ignore[no-untyped-def]
    """The "create the administrator PIN" screen, alone in a window; ``then`` runs once a PIN exists.

    There is no default PIN: until this is done the kiosk shows nothing else.
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from kiosk.screens.base import Look
    from kiosk.screens.first_run import AdminSetupScreen
    from kiosk.services.auth import ADMIN, AuthService
    from kiosk.widgets.theme import NORMAL, STANDARD, style_sheet

    auth = AuthService(database)
    translator = Translator()
    translator.set_language(language)
    application().setStyleSheet(style_sheet(STANDARD, NORMAL))
    root = QWidget()
    root.setObjectName("KioskRoot")
    root.translator = translator  # type: ignore[attr-defined]  # alive as long as the window
    screen = AdminSetupScreen(
        Look(STANDARD, NORMAL),
        lambda pin: auth.set_pin(ADMIN, pin, actor="first-run", create_only=True),
        auth.has_admin,
    )
    QVBoxLayout(root).addWidget(screen)
    screen.done.connect(lambda: QTimer.singleShot(800, then))  # let "PIN set" be read first
    screen.open()
    return root


def run_admin(args: argparse.Namespace) -> int:
    """``kiosk admin``: admin sign-in, then the console, in a resizable window (the office PC)."""
    from kiosk.data.db import open_database
    from kiosk.data.settings import Settings

    configure_environment()
    app = application()
    parts = unattended.start(app, kiosk_mode=False, resident=False)  # noqa: F841 - alive with the program
    problem = install_font()
    font_warning()
    try:
        database = open_database(getattr(args, "db", None))
    except UserError as exc:
        problem = (problem + "\n\n" if problem else "") + exc.message
        database = None
    if problem or database is None:
        show_window(message_window(problem or ""), True, (1280, 800))
        return int(app.exec())
    language = getattr(args, "lang", None) or str(Settings(database).get("language"))
    window = build_office_window(database, language)
    window.resize(1440, 900)
    window.show()
    return int(app.exec())


def build_office_window(database, language: str = "zh_CN"):  # type: ignore[no-untyped-def]
    """The ``kiosk admin`` window: first-run setup when there is no admin PIN, admin sign-in, console."""
    from kiosk.data.repository import ContentRepository
    from kiosk.hall_guidance import help_banner
    from kiosk.screens.access import who_text
    from kiosk.screens.admin.console import AdminConsole
    from kiosk.screens.admin.office import OfficeWindow
    from kiosk.screens.base import Look
    from kiosk.screens.first_run import AdminSetupScreen
    from kiosk.screens.login import LoginScreen
    from kiosk.services.auth import ADMIN, AuthService
    from kiosk.widgets.theme import NORMAL, STANDARD, style_sheet

    translator = Translator()
    translator.set_language(language)
    application().setStyleSheet(style_sheet(STANDARD, NORMAL))
    look = Look(STANDARD, NORMAL)
    content = ContentRepository(database)
    auth = AuthService(database)

    def console(session):  # type: ignore[no-untyped-def]
        sections = _console_sections(content, database, session, look=look)
        return AdminConsole(
            sections, who_text(session), session.role, font_warning(), banner=help_banner(database, session)
        )

    setup = None
    if not auth.has_admin():
        setup = AdminSetupScreen(
            look, lambda pin: auth.set_pin(ADMIN, pin, actor="first-run", create_only=True), auth.has_admin
        )
    login = LoginScreen(look, partial(_people, content, auth), auth.verify, admin_only=True)
    window = OfficeWindow(login, console, setup)
    window.setWindowTitle("便民服务大厅 管理后台")
    window.translator = translator  # type: ignore[attr-defined]  # alive as long as the window
    return window
