"""一件事 bundles (service_bundles) and the 智能导办 question tree (guidance_tree)

Revision ID: h14_bundles
Revises: h9_health
Create Date: 2026-12-07 06:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "h14_bundles"
down_revision: str | None = "h12_national"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "service_bundles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("sort", sa.Integer(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_bundles")),
        sa.UniqueConstraint("code", name=op.f("uq_service_bundles_code")),
    )
    op.create_table(
        "guidance_tree",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_guidance_tree")),
    )


def downgrade() -> None:
    op.drop_table("guidance_tree")
    op.drop_table("service_bundles")
