"""The h12_national migration widens ``matters`` without losing a matter's materials or steps."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import text

from kiosk.data.db import open_database


def test_upgrading_a_filled_sqlite_database_keeps_every_child_row(tmp_path: Path) -> None:
    from alembic import command

    from kiosk.data.db import _alembic_config

    path = tmp_path / "filled.sqlite3"
    old = open_database(str(path), upgrade=False)
    command.upgrade(_alembic_config(old), "0002")
    with old.engine.begin() as connection:
        connection.execute(
            text("INSERT INTO departments (code, name, phone, address, sort) VALUES ('d', '民政', '', '', 0)")
        )
        connection.execute(
            text(
                "INSERT INTO matters (code, name, type, department_id, service_objects, legal_basis, conditions,"
                " handling_kind, legal_limit_value, legal_limit_unit, legal_limit_note, promised_limit_value,"
                " promised_limit_unit, promised_limit_note, charges, fee_statement, location, window, hours,"
                " open_on_holidays, consult_phone, complaint_phone, result_name, result_sample, visits,"
                " visits_reason, online, online_url, status, is_sample, sort, search_text, updated_at)"
                " VALUES ('M1', '高龄津贴申领', '行政给付', 1, '[]', '', '', '承诺件', 20, '工作日', '', 10, '工作日',"
                " '', 0, '不收费', '', '', '', 0, '', '', '', '', 1, '', 0, '', 'published', 0, 0, '',"
                " '2026-01-01 00:00:00')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO materials (matter_id, sort, name, necessity, kind, form, original_or_copy, copies,"
                ' paper_size, source, source_note, fill_instructions, acceptance_standard, basis, notes, "when")'
                " VALUES (1, 0, '身份证', '必要', '其他', '纸质', '原件', 1, 'A4', '申请人自备',"
                " '', '', '', '', '', '{}')"
            )
        )
        connection.execute(
            text("INSERT INTO procedure_steps (matter_id, sort, title, description) VALUES (1, 0, '受理', '')")
        )
    old.dispose()

    upgraded = open_database(str(path))
    with upgraded.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM materials")).scalar() == 1
        assert connection.execute(text("SELECT count(*) FROM procedure_steps")).scalar() == 1
        assert connection.execute(text("SELECT originals, photocopies, signature FROM materials")).one() == (0, 0, "")
        assert connection.execute(text("SELECT reconsideration FROM matters")).scalar() == ""
        # foreign keys are on again for the kiosk's own work after the migration
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
    upgraded.dispose()
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
    raw.close()
