"""Database tables of the hall (SQLAlchemy 2 typed ORM).

Content tables mirror the documents in ``schema.py``; record tables (issued notices, serial
counters, revisions, audit, ratings, credentials) hold what the kiosk itself writes. Every
published version of a content item is kept as a ``Revision`` (存档). No Qt here.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Attachment(Base):
    """A stored file (空白表格, 示例样表, 结果样本, photo, logo)."""

    __tablename__ = "attachments"
    id: Mapped[int] = mapped_column(primary_key=True)
    filename: Mapped[str] = mapped_column(String(200))
    media_type: Mapped[str] = mapped_column(String(100))
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Hall(Base):
    """The hall (便民服务大厅); one row."""

    __tablename__ = "hall"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    short_name: Mapped[str] = mapped_column(String(20))
    address: Mapped[str] = mapped_column(String(200), default="")
    opening_hours: Mapped[str] = mapped_column(String(200), default="")
    consult_phone: Mapped[str] = mapped_column(String(200), default="")
    complaint_phone: Mapped[str] = mapped_column(String(200), default="")
    supervision_phone: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    complaint_box: Mapped[str] = mapped_column(String(200), default="")
    intro: Mapped[str] = mapped_column(Text, default="")
    logo_id: Mapped[int | None] = mapped_column(ForeignKey("attachments.id", ondelete="SET NULL"))
    is_sample: Mapped[bool] = mapped_column(Boolean, default=False)


class Board(Base):
    """A wall of the bulletin (外墙1 「为民便民利民」)."""

    __tablename__ = "boards"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str] = mapped_column(String(200), default="")
    sort: Mapped[int] = mapped_column(Integer, default=0)


class Disclosure(Base):
    """A disclosed text (政务公开内容); audience 'staff' is 对内公开, never shown to the public."""

    __tablename__ = "disclosures"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text, default="")
    board: Mapped[str] = mapped_column(String(64))
    audience: Mapped[str] = mapped_column(String(16), default="public")
    cadence: Mapped[str] = mapped_column(String(8), default="定期")
    status: Mapped[str] = mapped_column(String(16), default="published")
    publish_from: Mapped[dt.datetime | None] = mapped_column(DateTime)
    publish_until: Mapped[dt.datetime | None] = mapped_column(DateTime)
    sort: Mapped[int] = mapped_column(Integer, default=0)


class Theme(Base):
    """A theme of guides (主题分类)."""

    __tablename__ = "themes"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    icon: Mapped[str] = mapped_column(String(200), default="")
    sort: Mapped[int] = mapped_column(Integer, default=0)


class Department(Base):
    """An implementing department (实施主体)."""

    __tablename__ = "departments"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    sort: Mapped[int] = mapped_column(Integer, default=0)


matter_themes = Table(
    "matter_themes",
    Base.metadata,
    Column("matter_id", ForeignKey("matters.id", ondelete="CASCADE"), primary_key=True),
    Column("theme_id", ForeignKey("themes.id", ondelete="CASCADE"), primary_key=True),
    Column("sort", Integer, nullable=False, default=0),
)


class ServiceMatter(Base):
    """A service matter (办理事项) with every national guide element."""

    __tablename__ = "matters"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(1000))
    type: Mapped[str] = mapped_column(String(16))
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"))
    service_objects: Mapped[list[str]] = mapped_column(JSON, default=list)
    legal_basis: Mapped[str] = mapped_column(Text, default="")
    conditions: Mapped[str] = mapped_column(Text, default="")
    handling_kind: Mapped[str] = mapped_column(String(8))
    legal_limit_value: Mapped[int] = mapped_column(Integer)
    legal_limit_unit: Mapped[str] = mapped_column(String(8))
    legal_limit_note: Mapped[str] = mapped_column(Text, default="")
    promised_limit_value: Mapped[int] = mapped_column(Integer)
    promised_limit_unit: Mapped[str] = mapped_column(String(8))
    promised_limit_note: Mapped[str] = mapped_column(Text, default="")
    charges: Mapped[bool] = mapped_column(Boolean, default=False)
    fee_statement: Mapped[str] = mapped_column(String(200), default="不收费")
    location: Mapped[str] = mapped_column(String(500), default="")
    window: Mapped[str] = mapped_column(String(200), default="")
    hours: Mapped[str] = mapped_column(String(500), default="")
    open_on_holidays: Mapped[bool] = mapped_column(Boolean, default=False)
    consult_phone: Mapped[str] = mapped_column(Text, default="")
    complaint_phone: Mapped[str] = mapped_column(Text, default="")
    reconsideration: Mapped[str] = mapped_column(Text, default="")
    litigation: Mapped[str] = mapped_column(Text, default="")
    result_name: Mapped[str] = mapped_column(String(200), default="")
    result_sample: Mapped[str] = mapped_column(String(200), default="")
    result_sample_file_id: Mapped[int | None] = mapped_column(ForeignKey("attachments.id", ondelete="SET NULL"))
    visits: Mapped[int] = mapped_column(Integer, default=1)
    visits_reason: Mapped[str] = mapped_column(String(1000), default="")
    online: Mapped[bool] = mapped_column(Boolean, default=False)
    online_url: Mapped[str] = mapped_column(String(200), default="")
    effective_from: Mapped[dt.date | None] = mapped_column(Date)
    effective_until: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="published")
    is_sample: Mapped[bool] = mapped_column(Boolean, default=False)
    sort: Mapped[int] = mapped_column(Integer, default=0)
    # Computed when the matter is saved, so the kiosk never imports pypinyin at start-up.
    search_text: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    department: Mapped[Department] = relationship()
    themes: Mapped[list[Theme]] = relationship(secondary=matter_themes, order_by=matter_themes.c.sort)
    fees: Mapped[list[FeeItem]] = relationship(cascade="all, delete-orphan", order_by="FeeItem.sort")
    steps: Mapped[list[ProcedureStep]] = relationship(cascade="all, delete-orphan", order_by="ProcedureStep.sort")
    faq: Mapped[list[FaqItem]] = relationship(cascade="all, delete-orphan", order_by="FaqItem.sort")
    scenarios: Mapped[list[Scenario]] = relationship(cascade="all, delete-orphan", order_by="Scenario.sort")
    materials: Mapped[list[Material]] = relationship(cascade="all, delete-orphan", order_by="Material.sort")
    laws: Mapped[list[MatterLaw]] = relationship(cascade="all, delete-orphan", order_by="MatterLaw.sort")
    service_windows: Mapped[list[MatterWindow]] = relationship(
        cascade="all, delete-orphan", order_by="MatterWindow.sort"
    )


class FeeItem(Base):
    """A fee item (收费项目)."""

    __tablename__ = "fee_items"
    id: Mapped[int] = mapped_column(primary_key=True)
    matter_id: Mapped[int] = mapped_column(ForeignKey("matters.id", ondelete="CASCADE"), index=True)
    sort: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    standard: Mapped[str] = mapped_column(Text, default="")
    basis: Mapped[str] = mapped_column(Text, default="")
    reducible: Mapped[bool] = mapped_column(Boolean, default=False)
    reduction_basis: Mapped[str] = mapped_column(Text, default="")


class ProcedureStep(Base):
    """A procedure step (办理流程)."""

    __tablename__ = "procedure_steps"
    id: Mapped[int] = mapped_column(primary_key=True)
    matter_id: Mapped[int] = mapped_column(ForeignKey("matters.id", ondelete="CASCADE"), index=True)
    sort: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    review_standard: Mapped[str] = mapped_column(Text, default="")


class MatterLaw(Base):
    """A legal basis of a matter as a structured row (法律依据): 法规名称, 文号, 条款, 条文."""

    __tablename__ = "matter_laws"
    id: Mapped[int] = mapped_column(primary_key=True)
    matter_id: Mapped[int] = mapped_column(ForeignKey("matters.id", ondelete="CASCADE"), index=True)
    sort: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(500))
    number: Mapped[str] = mapped_column(String(200), default="")
    clause: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(Text, default="")


class MatterWindow(Base):
    """A window where a matter is handled (办理窗口), with 乘车路线 and a map link."""

    __tablename__ = "matter_windows"
    id: Mapped[int] = mapped_column(primary_key=True)
    matter_id: Mapped[int] = mapped_column(ForeignKey("matters.id", ondelete="CASCADE"), index=True)
    sort: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(500), default="")
    phone: Mapped[str] = mapped_column(Text, default="")
    hours: Mapped[str] = mapped_column(String(500), default="")
    route: Mapped[str] = mapped_column(Text, default="")
    map_url: Mapped[str] = mapped_column(String(500), default="")


class FaqItem(Base):
    """A question and answer (常见问题)."""

    __tablename__ = "faq_items"
    id: Mapped[int] = mapped_column(primary_key=True)
    matter_id: Mapped[int] = mapped_column(ForeignKey("matters.id", ondelete="CASCADE"), index=True)
    sort: Mapped[int] = mapped_column(Integer)
    question: Mapped[str] = mapped_column(Text)
    answer: Mapped[str] = mapped_column(Text)


class Scenario(Base):
    """A 情形 question; its options are a JSON list of labels. ``multiple``: several may be chosen (checkboxes)."""

    __tablename__ = "scenarios"
    __table_args__ = (UniqueConstraint("matter_id", "code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    matter_id: Mapped[int] = mapped_column(ForeignKey("matters.id", ondelete="CASCADE"), index=True)
    sort: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(64))
    question: Mapped[str] = mapped_column(String(200))
    options: Mapped[list[str]] = mapped_column(JSON)
    multiple: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class Material(Base):
    """A material to bring (申请材料); ``when`` maps scenario codes to the options needing it."""

    __tablename__ = "materials"
    id: Mapped[int] = mapped_column(primary_key=True)
    matter_id: Mapped[int] = mapped_column(ForeignKey("matters.id", ondelete="CASCADE"), index=True)
    sort: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    necessity: Mapped[str] = mapped_column(String(8))
    kind: Mapped[str] = mapped_column(String(16))
    form: Mapped[str] = mapped_column(String(16))
    original_or_copy: Mapped[str] = mapped_column(String(16))
    copies: Mapped[int] = mapped_column(Integer, default=1)
    originals: Mapped[int] = mapped_column(Integer, default=0)
    photocopies: Mapped[int] = mapped_column(Integer, default=0)
    signature: Mapped[str] = mapped_column(String(200), default="")
    paper_size: Mapped[str] = mapped_column(String(200), default="A4")
    source: Mapped[str] = mapped_column(String(16))
    source_note: Mapped[str] = mapped_column(String(500), default="")
    blank_form_id: Mapped[int | None] = mapped_column(ForeignKey("attachments.id", ondelete="SET NULL"))
    sample_form_id: Mapped[int | None] = mapped_column(ForeignKey("attachments.id", ondelete="SET NULL"))
    fill_instructions: Mapped[str] = mapped_column(Text, default="")
    acceptance_standard: Mapped[str] = mapped_column(Text, default="")
    basis: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    when: Mapped[dict[str, list[str]]] = mapped_column(JSON, default=dict)


class ServiceBundle(Base):
    """An 一件事 bundle; its parts (matters, shared questions, links) are the document in ``data``.

    Code, name, status and order are columns for lists and the editor; everything else is read
    and written as the ``ServiceBundleDoc`` it is, never piecemeal.
    """

    __tablename__ = "service_bundles"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(16), default="published")
    sort: Mapped[int] = mapped_column(Integer, default=0)
    data: Mapped[dict[str, object]] = mapped_column(JSON)


class GuidanceTree(Base):
    """The 智能导办 question tree (one row), as its ``GuidanceDoc``."""

    __tablename__ = "guidance_tree"
    id: Mapped[int] = mapped_column(primary_key=True)
    data: Mapped[dict[str, object]] = mapped_column(JSON)


class Window(Base):
    """A service window (窗口)."""

    __tablename__ = "windows"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    duties: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(200), default="")
    location: Mapped[str] = mapped_column(String(200), default="")
    sort: Mapped[int] = mapped_column(Integer, default=0)


class StaffMember(Base):
    """A staff member (工作人员)."""

    __tablename__ = "staff"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    position: Mapped[str] = mapped_column(String(200), default="")
    duties: Mapped[str] = mapped_column(Text, default="")
    window: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(200), default="")
    photo_id: Mapped[int | None] = mapped_column(ForeignKey("attachments.id", ondelete="SET NULL"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sort: Mapped[int] = mapped_column(Integer, default=0)


class Notice(Base):
    """A notice (通知公告) with its publish window."""

    __tablename__ = "notices"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text, default="")
    cadence: Mapped[str] = mapped_column(String(8), default="随时")
    status: Mapped[str] = mapped_column(String(16), default="published")
    publish_from: Mapped[dt.datetime | None] = mapped_column(DateTime)
    publish_until: Mapped[dt.datetime | None] = mapped_column(DateTime)
    sort: Mapped[int] = mapped_column(Integer, default=0)
    # 紧急: shown as a banner on every screen and first in the attract loop while it is visible
    priority: Mapped[str] = mapped_column(String(8), default="普通", server_default="普通")


class ComplaintChannel(Base):
    """A complaint channel (投诉渠道)."""

    __tablename__ = "complaint_channels"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    label: Mapped[str] = mapped_column(String(200))
    value: Mapped[str] = mapped_column(String(200))
    note: Mapped[str] = mapped_column(String(200), default="")
    sort: Mapped[int] = mapped_column(Integer, default=0)


class ComplaintResult(Base):
    """A complaint handling result (投诉处理结果)."""

    __tablename__ = "complaint_results"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    received_on: Mapped[dt.date | None] = mapped_column(Date)
    summary: Mapped[str] = mapped_column(Text, default="")
    result: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="published")
    publish_from: Mapped[dt.datetime | None] = mapped_column(DateTime)
    publish_until: Mapped[dt.datetime | None] = mapped_column(DateTime)
    sort: Mapped[int] = mapped_column(Integer, default=0)


class PreDisclosure(Base):
    """A plan published before the decision (预公开)."""

    __tablename__ = "pre_disclosures"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    plan: Mapped[str] = mapped_column(Text, default="")
    opinions_until: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="pre_disclosure")
    publish_from: Mapped[dt.datetime | None] = mapped_column(DateTime)
    publish_until: Mapped[dt.datetime | None] = mapped_column(DateTime)
    sort: Mapped[int] = mapped_column(Integer, default=0)
    # The decision (决定) that ends the plan: its final text, what the opinions said, how the plan changed.
    decision: Mapped[str] = mapped_column(Text, default="", server_default="")
    opinion_summary: Mapped[str] = mapped_column(Text, default="", server_default="")
    changes: Mapped[str] = mapped_column(Text, default="", server_default="")
    decided_on: Mapped[dt.date | None] = mapped_column(Date)


class Opinion(Base):
    """A resident's opinion on a pre-disclosure (意见)."""

    __tablename__ = "opinions"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    pre_disclosure_key: Mapped[str] = mapped_column(String(64), index=True)
    text: Mapped[str] = mapped_column(Text)
    contact: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    kiosk_id: Mapped[str] = mapped_column(String(64), default="")
    stance: Mapped[str] = mapped_column(String(8), default="other", server_default="other")  # support/oppose/other
    # How the hall answered it (adopted / not_adopted, "" while unread) and why; by whom, when (UTC).
    adoption: Mapped[str] = mapped_column(String(16), default="", server_default="")
    adoption_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    reviewed_by: Mapped[str] = mapped_column(String(64), default="", server_default="")
    reviewed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    is_sample: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class Rating(Base):
    """An anonymous service rating (好差评), 1 (非常不满意) … 5 (非常满意) per dimension."""

    __tablename__ = "ratings"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    matter_code: Mapped[str] = mapped_column(String(64), default="")
    window: Mapped[str] = mapped_column(String(64), default="")
    overall: Mapped[int] = mapped_column(Integer)
    efficiency: Mapped[int] = mapped_column(Integer)
    competence: Mapped[int] = mapped_column(Integer)
    attitude: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(Text, default="")
    kiosk_id: Mapped[str] = mapped_column(String(64), default="")
    is_sample: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class RatingCase(Base):
    """A case (差评整改) opened by a poor rating, or by any rating with a comment.

    待核实 → 整改中 → 已整改 → 已回访, or 不属实 (with the reason), or 无需整改 for a comment that
    asks for nothing. ``created_at`` is the rating's time (UTC): the deadline is 15 working days
    from its local date, computed with the hall's calendar. ``contact`` is the resident's, only if
    they left one, and is shown unmasked on the case page alone. ``problem`` and ``rectification``
    are written for publication (what was wrong, what was done) and shown anonymised on the
    public 监督 board once the case is closed; ``finding`` and ``visit_result`` stay inside.
    """

    __tablename__ = "rating_cases"
    id: Mapped[int] = mapped_column(primary_key=True)
    rating_uid: Mapped[str] = mapped_column(String(36), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    opened_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    poor: Mapped[bool] = mapped_column(Boolean, default=True)  # a 差评 (a level 不满意 or below), not only a comment
    status: Mapped[str] = mapped_column(String(16), default="verifying", index=True)
    matter_code: Mapped[str] = mapped_column(String(64), default="")
    window: Mapped[str] = mapped_column(String(64), default="")
    staff_code: Mapped[str] = mapped_column(String(64), default="")
    contact: Mapped[str] = mapped_column(String(200), default="")
    finding: Mapped[str] = mapped_column(Text, default="")
    problem: Mapped[str] = mapped_column(Text, default="")
    rectification: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")  # why 不属实 / 无需整改
    visit_result: Mapped[str] = mapped_column(Text, default="")
    visit_satisfied: Mapped[bool | None] = mapped_column(Boolean)
    verified_on: Mapped[dt.date | None] = mapped_column(Date)
    rectified_on: Mapped[dt.date | None] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    is_sample: Mapped[bool] = mapped_column(Boolean, default=False)


class Complaint(Base):
    """A complaint received by phone, box, e-mail, letter or in person (投诉登记), and how it was handled.

    The register is staff-only; what residents see is the ``ComplaintResult`` it publishes
    (``result_key``), written anonymised. ``complainant`` (name or contact) never leaves the console.
    """

    __tablename__ = "complaints"
    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(String(16))
    received_on: Mapped[dt.date] = mapped_column(Date, index=True)
    matter_code: Mapped[str] = mapped_column(String(64), default="")
    window: Mapped[str] = mapped_column(String(64), default="")
    complainant: Mapped[str] = mapped_column(String(200), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="open")  # open (受理中), closed (已办结)
    result: Mapped[str] = mapped_column(Text, default="")
    handled_on: Mapped[dt.date | None] = mapped_column(Date)
    result_key: Mapped[str] = mapped_column(String(64), default="")  # the published 投诉处理结果, "" when none
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    is_sample: Mapped[bool] = mapped_column(Boolean, default=False)


class CalendarDay(Base):
    """A day that differs from the usual week (工作日历): a public holiday (法定节假日) on a weekday, or a
    weekend day worked in exchange (调休上班). Every other Monday–Friday is a working day."""

    __tablename__ = "calendar_days"
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))  # holiday, workday
    name: Mapped[str] = mapped_column(String(64), default="")


class UsageEvent(Base):
    """One use of the kiosk, counted for the statistics (统计): a guide opened (``view``), a checklist
    printed (``print``), a search (``search``, with ``found`` results).

    Nothing personal: no session, no answers, no applicant. ``words`` holds what was typed only for
    a search that found nothing (the content gap list), cleaned of anything that looks personal.
    """

    __tablename__ = "usage_events"
    # Every statistics query asks for one kind in a period; with the matter code the index alone
    # answers them, without reading the table.
    __table_args__ = (Index("ix_usage_events_kind_at", "kind", "at", "matter_code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)  # UTC, as ratings are stamped
    kind: Mapped[str] = mapped_column(String(16))
    matter_code: Mapped[str] = mapped_column(String(64), default="")
    found: Mapped[int] = mapped_column(Integer, default=0)
    words: Mapped[str] = mapped_column(String(40), default="")
    kiosk_id: Mapped[str] = mapped_column(String(64), default="")


class UsageBatch(Base):
    """A batch of usage events written at once; its uid makes sending it again (from the outbox) a no-op."""

    __tablename__ = "usage_batches"
    uid: Mapped[str] = mapped_column(String(36), primary_key=True)
    written_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    events: Mapped[int] = mapped_column(Integer, default=0)
    kiosk_id: Mapped[str] = mapped_column(String(64), default="")


class IssuedNotice(Base):
    """A one-time notice (一次性告知单) as issued, with the snapshot it was printed from."""

    __tablename__ = "issued_notices"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    serial: Mapped[str] = mapped_column(String(64), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    matter_code: Mapped[str] = mapped_column(String(64), index=True)
    matter_name: Mapped[str] = mapped_column(String(200))
    issued_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    staff_code: Mapped[str] = mapped_column(String(64), default="")
    window: Mapped[str] = mapped_column(String(64), default="")
    applicant_name: Mapped[str] = mapped_column(String(200), default="")
    applicant_phone: Mapped[str] = mapped_column(String(64), default="")
    snapshot: Mapped[dict[str, object]] = mapped_column(JSON)
    kiosk_id: Mapped[str] = mapped_column(String(64), default="")
    # 办件进度: the random 查询码 printed on the notice (a serial alone is guessable), the status the
    # window staff keep (待补正 → 已补齐 → 已受理 → 已办结) and its dated history [{status, at, by}].
    lookup_code: Mapped[str] = mapped_column(String(16), default="", server_default="", index=True)
    progress: Mapped[str] = mapped_column(String(16), default="待补正", server_default="待补正")
    progress_log: Mapped[list[dict[str, str]] | None] = mapped_column(JSON, default=list)
    # Whether the paper came out: "pending" from the moment the serial is taken until the print
    # backend reports success ("printed"), "failed" when it reported a failure. A crash or a kill
    # between the two leaves "pending": 未打印. Rows from before this column are taken as printed.
    print_state: Mapped[str] = mapped_column(String(16), default="pending", server_default="printed", index=True)
    printed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    print_error: Mapped[str] = mapped_column(String(300), default="", server_default="")


class NoticeSerial(Base):
    """The per-hall-per-year counter of notice serial numbers; numbers are never reused."""

    __tablename__ = "notice_serials"
    prefix: Mapped[str] = mapped_column(String(20), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer, default=0)


class ExchangeRow(Base):
    """A row of the national exchange tables as last received (国家标准交换表 staging).

    The tables arrive as batches of inserts, updates and deletes (``cd_operation`` / ``cd_batch``):
    a later batch may carry only the rows that changed. Keeping every row as last received lets an
    import rebuild a whole matter from its rows, apply batches in order, and recognise a batch it
    has already applied (the same rows again change nothing).
    """

    __tablename__ = "exchange_rows"
    __table_args__ = (UniqueConstraint("table_name", "row_guid"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    table_name: Mapped[str] = mapped_column(String(64))
    row_guid: Mapped[str] = mapped_column(String(64))
    task_guid: Mapped[str] = mapped_column(String(64), index=True)
    batch: Mapped[str] = mapped_column(String(64), default="")
    at: Mapped[str] = mapped_column(String(32), default="")  # cd_time as written in the file
    operation: Mapped[str] = mapped_column(String(8), default="I")
    data: Mapped[dict[str, object]] = mapped_column(JSON)


class Revision(Base):
    """A stored version of a content item (存档): every publish, import and restore adds one."""

    __tablename__ = "revisions"
    __table_args__ = (UniqueConstraint("entity", "key", "version"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    entity: Mapped[str] = mapped_column(String(32))
    key: Mapped[str] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(Integer)
    data: Mapped[dict[str, object]] = mapped_column(JSON)
    action: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class PendingRevision(Base):
    """A version of a content item scheduled to go live at ``start_at`` (定时发布), kept apart from the
    content tables so the live version stays shown until then. One per item; applied (published,
    with its revision) by the first read or content check after ``start_at``, then deleted."""

    __tablename__ = "pending_revisions"
    __table_args__ = (UniqueConstraint("entity", "key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    entity: Mapped[str] = mapped_column(String(32))
    key: Mapped[str] = mapped_column(String(64))
    data: Mapped[dict[str, object]] = mapped_column(JSON)
    start_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)  # the hall's local time, as publish_from
    actor: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Draft(Base):
    """Content an admin is editing (草稿), kept apart from the tables the kiosk reads.

    One draft per item (entity + key, as in ``Revision``); publishing writes the content tables
    and a revision and deletes the draft, so the kiosk never shows a half-edited item.
    """

    __tablename__ = "drafts"
    __table_args__ = (UniqueConstraint("entity", "key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    entity: Mapped[str] = mapped_column(String(32))
    key: Mapped[str] = mapped_column(String(64))
    data: Mapped[dict[str, object]] = mapped_column(JSON)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    actor: Mapped[str] = mapped_column(String(64), default="")


class AuditEntry(Base):
    """Who did what, when (审计日志). Never holds a PIN or a hash."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64), index=True)  # the audit viewer filters by action
    entity: Mapped[str] = mapped_column(String(32), default="")
    key: Mapped[str] = mapped_column(String(64), default="")
    detail: Mapped[str] = mapped_column(Text, default="")


class Setting(Base):
    """A setting (idle seconds, language, printer, …) as JSON."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[object] = mapped_column(JSON)


class KioskOverride(Base):
    """A setting one kiosk of the hall uses instead of the hall-wide one (单台设备设置), by kiosk id.

    Only a few settings can differ per kiosk (``fleet.OVERRIDABLE``: orientation, printer, idle
    time) plus the kiosk's display name; everything else is the hall's.
    """

    __tablename__ = "kiosk_overrides"
    kiosk_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[object] = mapped_column(JSON)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class Credential(Base):
    """A PIN credential; the lockout counters live here so a crash or reboot cannot reset them."""

    __tablename__ = "credentials"
    __table_args__ = (UniqueConstraint("role", "staff_code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    role: Mapped[str] = mapped_column(String(16))
    staff_code: Mapped[str] = mapped_column(String(64), default="")
    pin_hash: Mapped[str] = mapped_column(String(300))
    failed_count: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime)
    day: Mapped[dt.date | None] = mapped_column(Date)
    day_attempts: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, server_default=func.now())


class HelpCall(Base):
    """A resident's call for a staff member (呼叫帮办), from a kiosk to every console on the database."""

    __tablename__ = "help_calls"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    kiosk_id: Mapped[str] = mapped_column(String(64), default="")
    kiosk_name: Mapped[str] = mapped_column(String(200), default="")
    matter_code: Mapped[str] = mapped_column(String(64), default="")
    matter_name: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)  # UTC
    acknowledged_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    acknowledged_by: Mapped[str] = mapped_column(String(200), default="")


class FloorPlan(Base):
    """A floor's plan image (楼层平面图), PNG or SVG, uploaded by the admin."""

    __tablename__ = "floor_plans"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    media_type: Mapped[str] = mapped_column(String(100))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    sort: Mapped[int] = mapped_column(Integer, default=0)


class PlanPlace(Base):
    """Where a window, or a kiosk's "you are here", is on a floor plan (x, y as fractions 0…1).

    ``kind`` is ``window`` (``key`` = the window's code) or ``kiosk`` (``key`` = the kiosk id,
    empty for a kiosk on its own SQLite file); a kiosk's row also carries its name for 呼叫帮办.
    """

    __tablename__ = "plan_places"
    __table_args__ = (UniqueConstraint("kind", "key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    key: Mapped[str] = mapped_column(String(64), default="")
    floor_code: Mapped[str] = mapped_column(String(64), default="")
    x: Mapped[float] = mapped_column(Float, default=0.5)
    y: Mapped[float] = mapped_column(Float, default=0.5)
    name: Mapped[str] = mapped_column(String(200), default="")


class KioskHeartbeat(Base):
    """A kiosk's last heartbeat (设备状态): one row per kiosk, rewritten when it starts and every minute.

    ``last_seen`` is the database's clock (UTC), so kiosks whose clocks disagree are still compared
    fairly; ``display_name`` is the admin's name for the kiosk (empty: its host name).
    """

    __tablename__ = "kiosk_heartbeats"
    kiosk_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    host_name: Mapped[str] = mapped_column(String(200), default="")
    display_name: Mapped[str] = mapped_column(String(200), default="", server_default="")
    last_seen: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    started_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    version: Mapped[str] = mapped_column(String(32), default="")
    uptime_seconds: Mapped[int] = mapped_column(Integer, default=0)
    screen: Mapped[str] = mapped_column(String(64), default="")
    printer: Mapped[str] = mapped_column(String(200), default="")
    printer_state: Mapped[str] = mapped_column(String(32), default="")
    printer_message: Mapped[str] = mapped_column(String(300), default="")
    disk_free_bytes: Mapped[int | None] = mapped_column(BigInteger)
    db_latency_ms: Mapped[int | None] = mapped_column(Integer)
    last_error: Mapped[str] = mapped_column(Text, default="")
    last_error_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    errors_recent: Mapped[int] = mapped_column(Integer, default=0)
    outbox_pending: Mapped[int] = mapped_column(Integer, default=0)
    details: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
