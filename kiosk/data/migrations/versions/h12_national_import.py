"""national guide elements and the exchange-table staging

What importing the county's data needs (issue 12): the national field lengths (事项名称 1000,
办理地点/办理时间 500, 时限说明 and 咨询/监督投诉方式 as long text), 复议/诉讼, structured 法律依据
rows, 办理窗口 with 乘车路线 and a map link, 审查标准 per step, 原件份数/复印件份数 and 签字要求 per
material, and the staging table where national exchange rows are kept between batches.

On SQLite the type changes rebuild ``matters`` (batch mode); ``env.py`` switches foreign keys off
for the migration, so dropping the old table does not cascade into the matters' children.

Revision ID: h12_national
Revises: 0002
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "h12_national"
down_revision: str | None = "h13_stats"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (column, old type, new type) of ``matters``
WIDER = (
    ("name", sa.String(length=200), sa.String(length=1000)),
    ("legal_limit_note", sa.String(length=200), sa.Text()),
    ("promised_limit_note", sa.String(length=200), sa.Text()),
    ("location", sa.String(length=200), sa.String(length=500)),
    ("hours", sa.String(length=200), sa.String(length=500)),
    ("consult_phone", sa.String(length=200), sa.Text()),
    ("complaint_phone", sa.String(length=200), sa.Text()),
    ("visits_reason", sa.String(length=200), sa.String(length=1000)),
)


def upgrade() -> None:
    with op.batch_alter_table("matters", schema=None) as batch_op:
        for column, old, new in WIDER:
            batch_op.alter_column(column, existing_type=old, type_=new, existing_nullable=False)
        batch_op.add_column(sa.Column("reconsideration", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("litigation", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("procedure_steps", schema=None) as batch_op:
        batch_op.add_column(sa.Column("review_standard", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("fee_items", schema=None) as batch_op:
        batch_op.alter_column("standard", existing_type=sa.String(length=200), type_=sa.Text(), existing_nullable=False)
    with op.batch_alter_table("materials", schema=None) as batch_op:
        batch_op.alter_column(
            "source_note", existing_type=sa.String(length=200), type_=sa.String(length=500), existing_nullable=False
        )
        batch_op.add_column(sa.Column("originals", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("photocopies", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("signature", sa.String(length=200), nullable=False, server_default=""))
    op.create_table(
        "matter_laws",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("matter_id", sa.Integer(), nullable=False),
        sa.Column("sort", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=500), nullable=False),
        sa.Column("number", sa.String(length=200), nullable=False),
        sa.Column("clause", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["matter_id"], ["matters.id"], name=op.f("fk_matter_laws_matter_id_matters"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_matter_laws")),
    )
    with op.batch_alter_table("matter_laws", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_matter_laws_matter_id"), ["matter_id"], unique=False)
    op.create_table(
        "matter_windows",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("matter_id", sa.Integer(), nullable=False),
        sa.Column("sort", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("address", sa.String(length=500), nullable=False),
        sa.Column("phone", sa.Text(), nullable=False),
        sa.Column("hours", sa.String(length=500), nullable=False),
        sa.Column("route", sa.Text(), nullable=False),
        sa.Column("map_url", sa.String(length=500), nullable=False),
        sa.ForeignKeyConstraint(
            ["matter_id"], ["matters.id"], name=op.f("fk_matter_windows_matter_id_matters"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_matter_windows")),
    )
    with op.batch_alter_table("matter_windows", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_matter_windows_matter_id"), ["matter_id"], unique=False)
    op.create_table(
        "exchange_rows",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_guid", sa.String(length=64), nullable=False),
        sa.Column("task_guid", sa.String(length=64), nullable=False),
        sa.Column("batch", sa.String(length=64), nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("operation", sa.String(length=8), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_rows")),
        sa.UniqueConstraint("table_name", "row_guid", name=op.f("uq_exchange_rows_table_name")),
    )
    with op.batch_alter_table("exchange_rows", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_exchange_rows_task_guid"), ["task_guid"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("exchange_rows", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exchange_rows_task_guid"))
    op.drop_table("exchange_rows")
    with op.batch_alter_table("matter_windows", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_matter_windows_matter_id"))
    op.drop_table("matter_windows")
    with op.batch_alter_table("matter_laws", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_matter_laws_matter_id"))
    op.drop_table("matter_laws")
    with op.batch_alter_table("materials", schema=None) as batch_op:
        batch_op.drop_column("signature")
        batch_op.drop_column("photocopies")
        batch_op.drop_column("originals")
        batch_op.alter_column(
            "source_note", existing_type=sa.String(length=500), type_=sa.String(length=200), existing_nullable=False
        )
    with op.batch_alter_table("fee_items", schema=None) as batch_op:
        batch_op.alter_column("standard", existing_type=sa.Text(), type_=sa.String(length=200), existing_nullable=False)
    with op.batch_alter_table("procedure_steps", schema=None) as batch_op:
        batch_op.drop_column("review_standard")
    with op.batch_alter_table("matters", schema=None) as batch_op:
        batch_op.drop_column("litigation")
        batch_op.drop_column("reconsideration")
        for column, old, new in WIDER:
            batch_op.alter_column(column, existing_type=new, type_=old, existing_nullable=False)
