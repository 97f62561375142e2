"""办件进度 on issued notices, 呼叫帮办 calls, floor plans and places on them (issue 14, second half)

Revision ID: h14_hall
Revises: h14_bundles
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "h14_hall"
down_revision: str | None = "h14_bundles"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("issued_notices", schema=None) as batch_op:
        batch_op.add_column(sa.Column("lookup_code", sa.String(length=16), server_default="", nullable=False))
        batch_op.add_column(sa.Column("progress", sa.String(length=16), server_default="待补正", nullable=False))
        batch_op.add_column(sa.Column("progress_log", sa.JSON(), nullable=True))
        batch_op.create_index(batch_op.f("ix_issued_notices_lookup_code"), ["lookup_code"], unique=False)
    op.create_table(
        "help_calls",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("kiosk_id", sa.String(length=64), nullable=False),
        sa.Column("kiosk_name", sa.String(length=200), nullable=False),
        sa.Column("matter_code", sa.String(length=64), nullable=False),
        sa.Column("matter_name", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("acknowledged_at", sa.DateTime(), nullable=True),
        sa.Column("acknowledged_by", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_help_calls")),
        sa.UniqueConstraint("uid", name=op.f("uq_help_calls_uid")),
    )
    with op.batch_alter_table("help_calls", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_help_calls_created_at"), ["created_at"], unique=False)
    op.create_table(
        "floor_plans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("sort", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_floor_plans")),
        sa.UniqueConstraint("code", name=op.f("uq_floor_plans_code")),
    )
    op.create_table(
        "plan_places",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("floor_code", sa.String(length=64), nullable=False),
        sa.Column("x", sa.Float(), nullable=False),
        sa.Column("y", sa.Float(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_places")),
        sa.UniqueConstraint("kind", "key", name=op.f("uq_plan_places_kind")),
    )


def downgrade() -> None:
    op.drop_table("plan_places")
    op.drop_table("floor_plans")
    with op.batch_alter_table("help_calls", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_help_calls_created_at"))
    op.drop_table("help_calls")
    with op.batch_alter_table("issued_notices", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_issued_notices_lookup_code"))
        batch_op.drop_column("progress_log")
        batch_op.drop_column("progress")
        batch_op.drop_column("lookup_code")
