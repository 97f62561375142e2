"""Kiosk settings kept in the database (so every kiosk of a hall and the admin console agree).

A kiosk passes its ``LocalStore``: the settings it last read are kept there, and answer when the
shared database does not (its idle time, orientation and printer must not depend on the network).
Its id (the store's) also selects its own overrides (``fleet``): orientation, printer and idle
time set for this one kiosk win over the hall-wide values. Changing a setting always needs the
database; ``set``/``update`` change the hall-wide values.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select

from kiosk.data import audit_log
from kiosk.data import models as m
from kiosk.data.db import UNREACHABLE, Database
from kiosk.data.fleet import OVERRIDABLE, overrides_of
from kiosk.data.offline.local_store import SETTINGS_KEY, LocalStore

DEFAULTS: dict[str, Any] = {
    "idle_seconds": 90,  # return home and clear everything after this long without a touch
    "attract_rotate_seconds": 12,  # the attract loop shows the next item after this long
    "language": "zh_CN",
    "orientation": "auto",
    "printer": "",  # "" = the system's default printer, else the folder
    "print_folder": "",
    "serial_prefix": "",  # "" = the hall's short name; else 1–20 characters, no spaces
    # notice serials each kiosk on a shared database reserves for days without the server (per
    # prefix and year; 0 = none: every notice issued offline is provisional until delivered)
    "serial_block_size": 20,
    "backup_keep": 7,  # daily backups: how many generations stay in the backup folder
    "backup_folder": "",  # "" = backup.default_backup_dir(); else a folder on this machine (or a USB disk)
    "help_escalate_seconds": 180,  # 呼叫帮办: a call nobody acknowledged turns red (and sounds again) after this
    "idle_warning_seconds": 20,  # the countdown before the idle reset (at least 20 s: WCAG 2.2.1)
    "heartbeat_seconds": 60,  # each kiosk writes its heartbeat (设备状态) this often
    "silent_seconds": 180,  # a kiosk not heard from for this long is red on 设备状态
    "screen_schedule": False,  # dim to a dark screen with a drifting clock outside the opening hours
    # ISO weekday (1 = Monday) → "HH:MM-HH:MM" ranges separated by commas; "" = closed that day
    "opening_hours": {
        "1": "08:00-18:00",
        "2": "08:00-18:00",
        "3": "08:00-18:00",
        "4": "08:00-18:00",
        "5": "08:00-18:00",
        "6": "",
        "7": "",
    },
    "holidays": [],  # dates the hall is closed (法定节假日), "YYYY-MM-DD"
    "workdays": [],  # weekend dates the hall works (调休), "YYYY-MM-DD": Monday's hours
}


class Settings:
    """Read and write settings; unknown keys are refused so a typo cannot silently do nothing."""

    def __init__(self, database: Database, local: LocalStore | None = None, *, kiosk_id: str | None = None) -> None:
        self.database = database
        self.local = local
        self.kiosk_id = kiosk_id if kiosk_id is not None else (local.kiosk_id if local is not None else "")

    def get(self, key: str) -> Any:
        if key not in DEFAULTS:
            raise KeyError(key)
        try:
            with self.database.session() as session:
                if key in OVERRIDABLE and (own := overrides_of(session, self.kiosk_id)).get(key) is not None:
                    return own[key]
                value = session.scalar(select(m.Setting.value).where(m.Setting.key == key))
        except UNREACHABLE:
            if self.local is None:
                raise
            return self.last_known()[key]
        return DEFAULTS[key] if value is None else value

    def all(self) -> dict[str, Any]:
        try:
            with self.database.session() as session:
                stored = dict(session.execute(select(m.Setting.key, m.Setting.value)).tuples().all())
                own = overrides_of(session, self.kiosk_id)
        except UNREACHABLE:
            if self.local is None:
                raise
            return self.last_known()
        values = {k: stored.get(k, v) for k, v in DEFAULTS.items()}
        values.update({k: v for k, v in own.items() if k in OVERRIDABLE and v is not None})
        if self.local is not None:
            self.local.save(SETTINGS_KEY, json.dumps(values, ensure_ascii=False, sort_keys=True))
        return values

    def last_known(self) -> dict[str, Any]:
        """The settings as last read from the database (the defaults for what was never read)."""
        text = self.local.load(SETTINGS_KEY) if self.local is not None else None
        kept = json.loads(text) if text else {}
        return {k: kept.get(k, v) for k, v in DEFAULTS.items()}

    def set(self, key: str, value: Any) -> None:
        if key not in DEFAULTS:
            raise KeyError(key)
        with self.database.session() as session:
            row = session.get(m.Setting, key)
            if row is None:
                session.add(m.Setting(key=key, value=value))
            else:
                row.value = value
            session.commit()

    def update(self, values: Mapping[str, Any], *, actor: str = "") -> dict[str, tuple[Any, Any]]:
        """Write several settings in one transaction; returns ``{key: (old, new)}`` for those that changed.

        With ``actor``, an audit row (action ``settings``) naming the changes is part of the same
        transaction, so the log never claims a change that did not happen.
        """
        unknown = set(values) - set(DEFAULTS)
        if unknown:
            raise KeyError(sorted(unknown)[0])
        changed: dict[str, tuple[Any, Any]] = {}
        with self.database.session() as session:
            for key, value in values.items():
                row = session.get(m.Setting, key)
                old = DEFAULTS[key] if row is None else row.value
                if old == value:
                    continue
                changed[key] = (old, value)
                if row is None:
                    session.add(m.Setting(key=key, value=value))
                else:
                    row.value = value
            if changed and actor:
                detail = "; ".join(f"{k}: {old!r} → {new!r}" for k, (old, new) in changed.items())
                audit_log.record(session, actor, "settings", "setting", ",".join(changed), detail)
            session.commit()
        return changed
