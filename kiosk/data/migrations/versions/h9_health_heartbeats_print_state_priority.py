"""kiosk heartbeats (设备状态), the print state of issued notices (未打印), the priority of notices (紧急)

Revision ID: h9_health
Revises: 0002
Create Date: 2026-11-27 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "h9_health"
down_revision: str | None = "h10_fleet"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "kiosk_heartbeats",
        sa.Column("kiosk_id", sa.String(length=64), nullable=False),
        sa.Column("host_name", sa.String(length=200), nullable=False),
        sa.Column("display_name", sa.String(length=200), server_default="", nullable=False),
        sa.Column("last_seen", sa.DateTime(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.String(length=32), nullable=False),
        sa.Column("uptime_seconds", sa.Integer(), nullable=False),
        sa.Column("screen", sa.String(length=64), nullable=False),
        sa.Column("printer", sa.String(length=200), nullable=False),
        sa.Column("printer_state", sa.String(length=32), nullable=False),
        sa.Column("printer_message", sa.String(length=300), nullable=False),
        sa.Column("disk_free_bytes", sa.BigInteger(), nullable=True),
        sa.Column("db_latency_ms", sa.Integer(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.Column("last_error_at", sa.DateTime(), nullable=True),
        sa.Column("errors_recent", sa.Integer(), nullable=False),
        sa.Column("outbox_pending", sa.Integer(), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("kiosk_id", name=op.f("pk_kiosk_heartbeats")),
    )
    with op.batch_alter_table("kiosk_heartbeats", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_kiosk_heartbeats_last_seen"), ["last_seen"], unique=False)

    # Notices issued before this revision are taken as printed: nobody can tell any more.
    with op.batch_alter_table("issued_notices", schema=None) as batch_op:
        batch_op.add_column(sa.Column("print_state", sa.String(length=16), server_default="printed", nullable=False))
        batch_op.add_column(sa.Column("printed_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("print_error", sa.String(length=300), server_default="", nullable=False))
        batch_op.create_index(batch_op.f("ix_issued_notices_print_state"), ["print_state"], unique=False)

    with op.batch_alter_table("notices", schema=None) as batch_op:
        batch_op.add_column(sa.Column("priority", sa.String(length=8), server_default="普通", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("notices", schema=None) as batch_op:
        batch_op.drop_column("priority")
    with op.batch_alter_table("issued_notices", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_issued_notices_print_state"))
        batch_op.drop_column("print_error")
        batch_op.drop_column("printed_at")
        batch_op.drop_column("print_state")
    with op.batch_alter_table("kiosk_heartbeats", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_kiosk_heartbeats_last_seen"))
    op.drop_table("kiosk_heartbeats")
