"""The console's admin tools: files and backups, and the kiosk settings (both admin only).

``tool_sections`` is what the composition root appends to the console's menu. ``KioskHooks`` is
how a page reaches the running kiosk without holding it: after a save the settings apply at once,
and after an import or a restore the kiosk rebuilds its screens. In ``kiosk admin`` (the office
PC) there is no kiosk in the process, so there are no hooks; the kiosks pick the changes up when
they start (and published content through their own refresh).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from kiosk.data.db import Database
from kiosk.data.fleet import OVERRIDABLE, FleetSettings
from kiosk.data.repository import ContentRepository
from kiosk.data.settings import Settings
from kiosk.screens.admin.console import Section
from kiosk.services.auth import AuthSession


@dataclass(frozen=True)
class KioskHooks:
    """What the running kiosk lets the console do to it."""

    apply_settings: Callable[[Mapping[str, Any]], None]
    content_replaced: Callable[[], None]
    kiosk_id: str = ""  # this kiosk's id on a shared database ("" on its own SQLite file)


def tool_sections(database: Database, session: AuthSession, hooks: KioskHooks | None = None) -> list[Section]:
    """The "Files and backups" and "Settings" sections for the admin signed in as ``session``."""
    from kiosk.screens.admin.files import FilesPage
    from kiosk.screens.admin.settings_page import SettingsPage
    from kiosk.services.hall_files import HallFiles

    content = ContentRepository(database)
    settings = Settings(database)

    def short_name() -> str:
        hall = content.hall()
        return hall.short_name if hall is not None else ""

    def content_replaced() -> None:
        if hooks is not None:
            hooks.content_replaced()
            hooks.apply_settings(settings.all())  # a restore brings back its own settings too

    def files() -> FilesPage:
        return FilesPage(HallFiles(database, session.actor), content_replaced)

    def settings_page() -> SettingsPage:
        apply = hooks.apply_settings if hooks is not None else None
        this_kiosk = hooks.kiosk_id if hooks is not None else ""

        def kiosk_saved(kiosk_id: str) -> None:
            if apply is not None and kiosk_id == this_kiosk:
                apply({key: None for key in OVERRIDABLE})  # the hook reads this kiosk's own values again

        return SettingsPage(
            settings,
            session.actor,
            short_name,
            on_applied=apply,
            fleet=None if database.is_sqlite else FleetSettings(database),
            this_kiosk=this_kiosk,
            on_kiosk_saved=kiosk_saved,
        )

    # Titles in the "Console" context, spelled out in full so that lupdate finds them.
    return [
        Section("files", QCoreApplication.translate("Console", "Files and backups"), files, admin_only=True),
        Section("settings", QCoreApplication.translate("Console", "Settings"), settings_page, admin_only=True),
    ]
