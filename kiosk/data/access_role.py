"""What the database account this program connects with may do (deploy/postgres-roles.sql).

A lobby kiosk or village station connects as ``hall_kiosk``: it reads published public content
and writes what a kiosk takes, nothing else. An admin who signs in at such a kiosk must be told
that content and settings are changed from the office PC (``kiosk admin`` as ``hall_admin``)
rather than meet permission errors; staff must be told why 对内公开 is empty there. SQLite files
and other accounts can do everything. No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text

from kiosk.data.db import UNREACHABLE, Database


@dataclass(frozen=True)
class RoleLimits:
    can_edit: bool = True  # content, settings, statistics: the admin's work
    reads_staff_only: bool = True  # 对内公开 (row-level security hides it from the kiosk role)


def role_limits(database: Database) -> RoleLimits:
    """The limits of this connection's account; no limits when they cannot be asked (an outage:
    the pages explain that themselves)."""
    if database.is_sqlite:
        return RoleLimits()
    try:
        with database.engine.connect() as connection:
            can_edit, hidden = connection.execute(
                text("SELECT has_table_privilege('matters', 'UPDATE'), row_security_active('disclosures')")
            ).one()
    except UNREACHABLE:
        return RoleLimits()
    return RoleLimits(can_edit=bool(can_edit), reads_staff_only=bool(can_edit) or not bool(hidden))
