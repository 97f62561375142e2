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
from pathlib import Path

from kiosk.errors import UserError


def configure_environment() -> None:
    """Environment Qt reads at start-up: the virtual keyboard with pinyin, quiet logging."""
    os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")
    os.environ.setdefault("QT_VIRTUALKEYBOARD_DESKTOP_DISABLE", "0")


def application(argv: list[str] | None = None):  # type: ignore[no-untyped-def]
    """The QApplication (created once)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(argv or [sys.argv[0]])
        app.setApplicationName("hall-kiosk")
    return app


def install_font() -> str | None:
    """Make the resolved CJK font the application font; returns a problem message, or None."""
    from PySide6.QtGui import QFont, QFontDatabase
    from PySide6.QtWidgets import QApplication

    from kiosk.services.fonts import FontMissing, resolve_font

    try:
        font = resolve_font()
    except FontMissing as exc:
        return exc.message
    font_id = QFontDatabase.addApplicationFont(str(font.path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    family = families[font.index] if font.index < len(families) else (families[0] if families else font.family)
    app_font = QFont(family)
    app_font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    QApplication.setFont(app_font)
    return None


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
        folder = Path(__file__).resolve().parent / "translations"
        if self.translator.load(str(folder / f"kiosk_{language}.qm")):
            self.installed = QCoreApplication.installTranslator(self.translator)


def build_shell(database, language: str = "zh_CN"):  # type: ignore[no-untyped-def]
    """The kiosk's main window with every resident screen, on an open database."""
    from kiosk.data.repository import ContentRepository
    from kiosk.data.settings import Settings
    from kiosk.screens.home import HomeScreen
    from kiosk.screens.shell import Shell

    content = ContentRepository(database)
    settings = Settings(database)
    translator = Translator()
    translator.set_language(language)
    hall = content.hall()
    tiles = ["boards", "services", "search", "staff", "supervision", "notices"]
    factories: dict[str, Callable] = {
        "home": lambda look: HomeScreen(look, content.hall, tiles),
    }
    factories.update(_content_screens(content))
    factories.update(_guide_screens(content))
    shell = Shell(
        factories,
        hall.name if hall else "便民服务大厅",
        translator.set_language,
        language=language,
        idle_seconds=int(settings.get("idle_seconds")),
    )
    shell.services["translator"] = translator  # keep it alive as long as the window
    shell.content = content
    return shell


def _content_screens(content) -> dict[str, Callable]:  # type: ignore[no-untyped-def]
    """Factories of the bulletin screens: boards, articles, notices, staff, supervision, attract."""
    from functools import partial

    from kiosk.data.settings import Settings
    from kiosk.screens.article import ArticleScreen
    from kiosk.screens.attract import AttractScreen
    from kiosk.screens.boards import BoardsScreen
    from kiosk.screens.notices import NoticesScreen
    from kiosk.screens.staff import StaffScreen
    from kiosk.screens.supervision import SupervisionScreen

    # The resident screens only ever get the public reader: staff-only texts (对内公开) need a staff session.
    public_disclosures = partial(content.disclosures, staff=False)

    def attract(look):  # type: ignore[no-untyped-def]
        seconds = float(Settings(content.database).get("attract_rotate_seconds"))
        return AttractScreen(look, content.hall, content.notices, public_disclosures, rotate_seconds=seconds)

    return {
        "boards": lambda look: BoardsScreen(look, content.boards, public_disclosures),
        "article": lambda look: ArticleScreen(look, public_disclosures, content.boards),
        "notices": lambda look: NoticesScreen(look, content.notices),
        "staff": lambda look: StaffScreen(look, content.windows, content.staff),
        "supervision": lambda look: SupervisionScreen(
            look, content.hall, content.complaint_channels, content.complaint_results
        ),
        "attract": attract,
    }


def _guide_screens(content) -> dict[str, Callable]:  # type: ignore[no-untyped-def]
    """Factories of the service-guide screens: browse, matter lists, search, guide detail."""
    from kiosk.screens.guide import GuideScreen
    from kiosk.screens.matters import MattersScreen
    from kiosk.screens.search import SearchScreen
    from kiosk.screens.services import ServicesScreen
    from kiosk.services.speech import find_speaker
    from kiosk.widgets.file_viewer import show_file

    def guide(look):  # type: ignore[no-untyped-def]
        screen = GuideScreen(
            look,
            content.matter,
            content.hall,
            lambda: {d.code: d.name for d in content.departments()},
            speaker=find_speaker(),
        )
        screen.view_file.connect(lambda file, title: show_file(screen, file, title))
        return screen

    return {
        "services": lambda look: ServicesScreen(look, content.themes, content.departments, content.matter_summaries),
        "matters": lambda look: MattersScreen(look, content.matter_summaries),
        "search": lambda look: SearchScreen(look, content.matter_summaries),
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


def show_window(widget, windowed: bool, size: tuple[int, int] | None) -> None:  # type: ignore[no-untyped-def]
    """Fullscreen and frameless at the screen's geometry (no window manager needed), or a window."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    widget.setWindowTitle("便民服务大厅")
    if windowed or size:
        widget.resize(*(size or (1920, 1080)))
        widget.show()
        return
    widget.setWindowFlags(Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint)
    screen = QGuiApplication.primaryScreen()
    if screen is not None:
        widget.setGeometry(screen.geometry())
    widget.showFullScreen()


def run_kiosk(args: argparse.Namespace) -> int:
    """``kiosk``: the resident kiosk on the configured database."""
    from kiosk.data.db import open_database
    from kiosk.data.settings import Settings

    configure_environment()
    app = application()
    problem = install_font()
    try:
        database = open_database(getattr(args, "db", None))
    except UserError as exc:
        problem = (problem + "\n\n" if problem else "") + exc.message
        database = None
    if problem or database is None:
        window = message_window(problem or "")
    else:
        language = args.lang or str(Settings(database).get("language"))
        window = build_shell(database, language)
    show_window(window, args.windowed, args.size)
    return int(app.exec())
