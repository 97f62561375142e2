"""usage events for statistics, scheduled revisions kept apart, multi-answer 情形 questions

- ``usage_events`` / ``usage_batches``: guides opened, checklists printed, searches (统计), written
  in batches; a batch's uid makes a second delivery from a kiosk's outbox a no-op.
- ``pending_revisions``: a version scheduled to go live later (定时发布) waits here, so the live
  version stays shown until it takes over.
- ``scenarios.multiple``: a 情形 question that allows several answers (checkboxes).

Revision ID: h13_stats
Revises: 0002
Create Date: 2026-12-07 02:52:15.170915
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "h13_stats"
down_revision: str | None = "h9_health"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "pending_revisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("start_at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pending_revisions")),
        sa.UniqueConstraint("entity", "key", name=op.f("uq_pending_revisions_entity")),
    )
    with op.batch_alter_table("pending_revisions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pending_revisions_start_at"), ["start_at"], unique=False)

    op.create_table(
        "usage_batches",
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("written_at", sa.DateTime(), nullable=False),
        sa.Column("events", sa.Integer(), nullable=False),
        sa.Column("kiosk_id", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("uid", name=op.f("pk_usage_batches")),
    )
    op.create_table(
        "usage_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("matter_code", sa.String(length=64), nullable=False),
        sa.Column("found", sa.Integer(), nullable=False),
        sa.Column("words", sa.String(length=40), nullable=False),
        sa.Column("kiosk_id", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_usage_events")),
    )
    with op.batch_alter_table("usage_events", schema=None) as batch_op:
        batch_op.create_index("ix_usage_events_kind_at", ["kind", "at", "matter_code"], unique=False)

    with op.batch_alter_table("scenarios", schema=None) as batch_op:
        batch_op.add_column(sa.Column("multiple", sa.Boolean(), server_default=sa.false(), nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("scenarios", schema=None) as batch_op:
        batch_op.drop_column("multiple")

    with op.batch_alter_table("usage_events", schema=None) as batch_op:
        batch_op.drop_index("ix_usage_events_kind_at")
    op.drop_table("usage_events")
    op.drop_table("usage_batches")
    with op.batch_alter_table("pending_revisions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pending_revisions_start_at"))
    op.drop_table("pending_revisions")
