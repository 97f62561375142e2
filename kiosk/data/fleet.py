"""Per-kiosk settings of a hall's fleet (单台设备设置): overrides keyed by ``kiosk_id`` over the hall's.

A township hall and its village stations share one database and one set of settings; a few must
differ per machine — a portrait kiosk beside a landscape one, the printer at each station, a
longer idle time where residents read slowly. An admin sets those here, for one kiosk at a time;
``Settings`` (given the kiosk's id) answers with the override where there is one, so a kiosk
applies it live like any other setting (the audit row moves the content fingerprint every kiosk
watches). The list of known kiosks comes from what kiosks leave in the database. No Qt.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, inspect, select, text

from kiosk.data import audit_log
from kiosk.data import models as m
from kiosk.data.db import Database

OVERRIDABLE = ("orientation", "printer", "idle_seconds")
NAME = "name"  # what the console calls the kiosk (青石村便民服务站); not a setting
KEYS = (*OVERRIDABLE, NAME)
HEARTBEATS = "kiosk_heartbeats"  # each kiosk's heartbeat row (设备状态), from migration h9_health on
KIOSK_ACTOR = "kiosk:"  # audit rows a kiosk writes itself (serial reservations) name it so


@dataclass(frozen=True)
class KnownKiosk:
    """A kiosk that left a trace in the database, with its name and overrides."""

    kiosk_id: str
    name: str = ""
    last_seen: dt.datetime | None = None
    overrides: dict[str, Any] = field(default_factory=dict)

    @property
    def short_id(self) -> str:
        return self.kiosk_id[:8]


def overrides_of(session: Any, kiosk_id: str) -> dict[str, Any]:
    """The overrides of ``kiosk_id`` (its name included), inside the caller's session."""
    if not kiosk_id:
        return {}
    rows = session.execute(
        select(m.KioskOverride.key, m.KioskOverride.value).where(m.KioskOverride.kiosk_id == kiosk_id)
    )
    return {str(key): value for key, value in rows if key in KEYS}


class FleetSettings:
    """Read and change the overrides of the hall's kiosks (the admin console's settings page)."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def overrides(self, kiosk_id: str) -> dict[str, Any]:
        with self.database.session() as session:
            return overrides_of(session, kiosk_id)

    def set_overrides(self, kiosk_id: str, values: Mapping[str, Any], *, actor: str) -> dict[str, tuple[Any, Any]]:
        """Set (a value) or remove (``None``) overrides of one kiosk in one transaction with its audit
        row (action ``settings.kiosk``); returns ``{key: (old, new)}`` for what changed."""
        kiosk_id = kiosk_id.strip()
        if not kiosk_id or len(kiosk_id) > 64:
            raise ValueError("a kiosk id is 1 to 64 characters")
        unknown = set(values) - set(KEYS)
        if unknown:
            raise KeyError(sorted(unknown)[0])
        changed: dict[str, tuple[Any, Any]] = {}
        with self.database.session() as session:
            for key, value in values.items():
                row = session.get(m.KioskOverride, (kiosk_id, key))
                old = None if row is None else row.value
                if old == value:
                    continue
                changed[key] = (old, value)
                if value is None and row is not None:
                    session.delete(row)
                elif row is None:
                    session.add(m.KioskOverride(kiosk_id=kiosk_id, key=key, value=value))
                else:
                    row.value = value
            if changed:
                detail = "; ".join(f"{k}: {old!r} → {new!r}" for k, (old, new) in changed.items())
                audit_log.record(session, actor, "settings.kiosk", "kiosk", kiosk_id, detail)
            session.commit()
        return changed

    def known_kiosks(self) -> list[KnownKiosk]:
        """Kiosks the database knows of, most recently seen first: those with a heartbeat (named by
        the 设备状态 page's name or their host), those with overrides, those that reserved serial
        numbers (audit rows by ``kiosk:<id>``), and those that stored ratings, opinions or notices."""
        seen: dict[str, dt.datetime | None] = {}

        def note(kiosk_id: str, when: dt.datetime | None) -> None:
            if not kiosk_id:
                return
            before = seen.get(kiosk_id)
            seen[kiosk_id] = max((t for t in (before, when) if t is not None), default=None)

        with self.database.session() as session:
            actors = select(m.AuditEntry.actor, func.max(m.AuditEntry.at)).where(
                m.AuditEntry.actor.startswith(KIOSK_ACTOR)
            )
            for actor, when in session.execute(actors.group_by(m.AuditEntry.actor)):
                note(str(actor)[len(KIOSK_ACTOR) :], when)
            for model, column in (
                (m.Rating, m.Rating.created_at),
                (m.Opinion, m.Opinion.created_at),
                (m.IssuedNotice, m.IssuedNotice.issued_at),
            ):
                for kiosk_id, when in session.execute(
                    select(model.kiosk_id, func.max(column)).group_by(model.kiosk_id)
                ):
                    note(str(kiosk_id), when)
            names: dict[str, str] = {}
            if inspect(session.get_bind()).has_table(HEARTBEATS):  # the 设备状态 page's table, where it exists
                beats = text(f"SELECT kiosk_id, display_name, host_name, last_seen FROM {HEARTBEATS}")
                for kiosk_id, display_name, host_name, last_seen in session.execute(beats):
                    note(str(kiosk_id), last_seen)
                    names[str(kiosk_id)] = str(display_name or host_name or "")
            named: dict[str, dict[str, Any]] = {}
            for kiosk_id, key, value in session.execute(
                select(m.KioskOverride.kiosk_id, m.KioskOverride.key, m.KioskOverride.value)
            ):
                named.setdefault(str(kiosk_id), {})[str(key)] = value
                seen.setdefault(str(kiosk_id), None)
        kiosks = [
            KnownKiosk(k, str(named.get(k, {}).get(NAME) or names.get(k, "")), when, named.get(k, {}))
            for k, when in seen.items()
        ]
        kiosks.sort(key=lambda k: k.kiosk_id)
        return sorted(kiosks, key=lambda k: k.last_seen or dt.datetime.min, reverse=True)
