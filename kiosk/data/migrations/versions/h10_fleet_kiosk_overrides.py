"""kiosk overrides: per-kiosk settings of a fleet on one database

Revision ID: h10_fleet
Revises: 0002
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "h10_fleet"
down_revision: str | None = "h13_cases"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "kiosk_overrides",
        sa.Column("kiosk_id", sa.String(length=64), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("kiosk_id", "key", name=op.f("pk_kiosk_overrides")),
    )


def downgrade() -> None:
    op.drop_table("kiosk_overrides")
