"""Plain documents for the hall's content: the import/export format, and what repositories hand out.

One representation serves four purposes so they can never drift apart: validating an import
(JSON or Excel), writing an export, the plain objects screens and services receive, and the
snapshots stored in revisions (存档) and issued notices. These classes know nothing of the
database or of Qt.

Domain vocabularies (事项类型, 必要性, …) use the national Chinese terms as their values, because
admins edit them in Excel; system vocabularies (audience, status) are English codes.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import re
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator

FORMAT_NAME = "hall-kiosk"
FORMAT_VERSION = 1

MatterType = Literal["行政许可", "行政给付", "行政确认", "行政奖励", "行政裁决", "其他行政权力", "公共服务"]
ServiceObject = Literal["自然人", "法人", "非法人组织", "行政机关", "其他组织"]
HandlingKind = Literal["即办件", "承诺件"]
LimitUnit = Literal["工作日", "自然日"]
Necessity = Literal["必要", "非必要", "容缺后补"]
MaterialKind = Literal["证件证书证明", "申请表格文书", "其他"]
MaterialForm = Literal["纸质", "电子", "纸质+电子"]
OriginalOrCopy = Literal["原件", "复印件", "原件和复印件"]
MaterialSource = Literal["申请人自备", "政府部门核发", "其他"]
Cadence = Literal["定期", "逐段", "随时"]
Priority = Literal["普通", "紧急"]
Audience = Literal["public", "staff"]
Status = Literal["draft", "pre_disclosure", "published", "archived"]
ChannelKind = Literal["电话", "举报箱", "邮箱", "网站", "来访", "信函"]

Code = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=64)]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Short = Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)]
Text = Annotated[str, StringConstraints(max_length=100_000)]

NO_FEE = "不收费"
# A mainland number with its area code: 0734-1234567, 0734-12345678, 010-12345678, optionally 转 an extension.
PHONE_WITH_AREA_CODE = re.compile(r"^0\d{2,3}-\d{7,8}(转\d{1,6})?$")


class Doc(BaseModel):
    """Base for every document: unknown keys are errors, strings are stripped."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=False)


class FileDoc(Doc):
    """An attached file (空白表格, 示例样表, 结果样本, photo, logo), carried inline as base64."""

    filename: Name
    media_type: Short = "application/octet-stream"
    data_base64: str = Field(min_length=1, max_length=20_000_000)

    @field_validator("data_base64")
    @classmethod
    def _is_base64(cls, value: str) -> str:
        try:
            base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError):
            raise ValueError("文件内容不是有效的 base64 编码") from None
        return value


class BoardDoc(Doc):
    """A wall of the bulletin (外墙1 「为民便民利民」)."""

    code: Code
    title: Short = ""
    sort: int = 0


class HallDoc(Doc):
    """The hall itself (便民服务大厅)."""

    name: Name
    short_name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=20)]
    address: Short = ""
    opening_hours: Short = ""
    consult_phone: Short = ""
    complaint_phone: Short = ""
    supervision_phone: Short = ""
    email: Short = ""
    complaint_box: Short = ""
    intro: Text = ""
    logo: FileDoc | None = None
    is_sample: bool = False
    boards: list[BoardDoc] = Field(default_factory=list)

    @field_validator("boards")
    @classmethod
    def _boards_unique(cls, boards: list[BoardDoc]) -> list[BoardDoc]:
        codes = [b.code for b in boards]
        if len(set(codes)) != len(codes):
            raise ValueError("公开栏编码不能重复")
        return boards


class PublishWindow(Doc):
    """Fields shared by everything that is published with dates.

    Times are the hall's local wall-clock time without a zone; a time given with an offset is
    converted to this machine's local time, so both ends of a window always compare.
    """

    status: Status = "published"
    publish_from: dt.datetime | None = None
    publish_until: dt.datetime | None = None

    @field_validator("publish_from", "publish_until")
    @classmethod
    def _local_naive(cls, value: dt.datetime | None) -> dt.datetime | None:
        if value is not None and value.tzinfo is not None:
            return value.astimezone().replace(tzinfo=None)
        return value

    @model_validator(mode="after")
    def _window_is_ordered(self) -> PublishWindow:
        if self.publish_from and self.publish_until and self.publish_until <= self.publish_from:
            raise ValueError("下架时间(publish_until)必须晚于发布时间(publish_from)")
        return self

    def in_window(self, now: dt.datetime) -> bool:
        """Whether ``now`` lies inside the publish window (whatever the status)."""
        if self.publish_from and now < self.publish_from:
            return False
        return not (self.publish_until and now >= self.publish_until)

    def is_visible(self, now: dt.datetime) -> bool:
        """Whether the item is shown at ``now`` (published and inside its window)."""
        return self.status == "published" and self.in_window(now)


class DisclosureDoc(PublishWindow):
    """A disclosed text on a board (政务公开内容); staff-audience ones are 对内公开."""

    key: Code
    title: Name
    body: Text = ""
    board: Code
    audience: Audience = "public"
    cadence: Cadence = "定期"
    sort: int = 0


class ThemeDoc(Doc):
    """A theme of service guides (主题分类)."""

    code: Code
    name: Name
    icon: Short = ""
    sort: int = 0


class DepartmentDoc(Doc):
    """An implementing department (实施主体)."""

    code: Code
    name: Name
    phone: Short = ""
    address: Short = ""
    sort: int = 0


class TimeLimit(Doc):
    """A time limit (办结时限): 0 means 即办."""

    value: int = Field(ge=0, le=3650)
    unit: LimitUnit = "工作日"
    note: Short = ""

    @property
    def is_immediate(self) -> bool:
        return self.value == 0


class FeeDoc(Doc):
    """A fee item (收费项目)."""

    name: Name
    standard: Short = ""
    basis: Text = ""
    reducible: bool = False
    reduction_basis: Text = ""


class StepDoc(Doc):
    """A step of the procedure (办理流程)."""

    title: Name
    description: Text = ""


class FaqDoc(Doc):
    """A frequently asked question (常见问题)."""

    question: Text = Field(min_length=1)
    answer: Text = Field(min_length=1)


class ScenarioDoc(Doc):
    """A 情形 question whose answer adds or removes materials."""

    code: Code
    question: Name
    options: list[Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=60)]] = Field(
        min_length=2
    )

    @field_validator("options")
    @classmethod
    def _options_unique(cls, options: list[str]) -> list[str]:
        if len(set(options)) != len(options):
            raise ValueError("选项不能重复")
        return options


class MaterialDoc(Doc):
    """A material to bring (申请材料)."""

    name: Name
    necessity: Necessity = "必要"
    kind: MaterialKind = "其他"
    form: MaterialForm = "纸质"
    original_or_copy: OriginalOrCopy = "原件"
    copies: int = Field(default=1, ge=0, le=99)
    paper_size: Short = "A4"
    source: MaterialSource = "申请人自备"
    source_note: Short = ""
    blank_form: FileDoc | None = None
    sample_form: FileDoc | None = None
    fill_instructions: Text = ""
    acceptance_standard: Text = ""
    basis: Text = ""
    notes: Text = ""
    # Scenario code -> the option labels under which this material is needed (any of them).
    # Empty: always needed.
    when: dict[str, list[str]] = Field(default_factory=dict)

    def applies(self, answers: dict[str, str]) -> bool:
        """Whether this material is needed for these 情形 answers.

        A condition on a question the resident has not answered does not exclude the material:
        an unanswered checklist errs on the side of listing too much, never too little.
        """
        for scenario, options in self.when.items():
            answer = answers.get(scenario)
            if answer is not None and answer not in options:
                return False
        return True


class MatterDoc(Doc):
    """A service matter (办理事项) with every element of the national guide (办事指南)."""

    code: Code
    name: Name
    type: MatterType
    department: Code
    service_objects: list[ServiceObject] = Field(default_factory=lambda: list[ServiceObject](["自然人"]))
    legal_basis: Text = ""
    conditions: Text = ""
    steps: list[StepDoc] = Field(default_factory=list)
    handling_kind: HandlingKind
    legal_limit: TimeLimit
    promised_limit: TimeLimit
    charges: bool = False
    fee_statement: Short = NO_FEE
    fees: list[FeeDoc] = Field(default_factory=list)
    location: Short = ""
    window: Short = ""
    hours: Short = ""
    open_on_holidays: bool = False
    consult_phone: Short = ""
    complaint_phone: Short = ""
    result_name: Short = ""
    result_sample: Short = ""
    result_sample_file: FileDoc | None = None
    visits: int = Field(default=1, ge=0, le=20)
    visits_reason: Short = ""
    online: bool = False
    online_url: Short = ""
    faq: list[FaqDoc] = Field(default_factory=list)
    themes: list[Code] = Field(default_factory=list)
    scenarios: list[ScenarioDoc] = Field(default_factory=list)
    materials: list[MaterialDoc] = Field(default_factory=list)
    effective_from: dt.date | None = None
    effective_until: dt.date | None = None
    status: Status = "published"
    is_sample: bool = False
    sort: int = 0

    @model_validator(mode="after")
    def _references_hold(self) -> MatterDoc:
        """Material conditions must name this matter's scenarios and their options."""
        if len(set(self.themes)) != len(self.themes):
            raise ValueError("同一主题不能重复列出")
        options = {s.code: set(s.options) for s in self.scenarios}
        if len(options) != len(self.scenarios):
            raise ValueError("同一事项内的情形编码不能重复")
        for i, material in enumerate(self.materials, start=1):
            for code, labels in material.when.items():
                if code not in options:
                    raise ValueError(f"第{i}项材料「{material.name}」:没有编码为 {code!r} 的情形")
                unknown = [label for label in labels if label not in options[code]]
                if unknown or not labels:
                    raise ValueError(
                        f"第{i}项材料「{material.name}」:情形 {code} 没有选项「{'、'.join(unknown) or '(空)'}」"
                    )
        if self.effective_from and self.effective_until and self.effective_until <= self.effective_from:
            raise ValueError("计划取消日期必须晚于计划生效日期")
        return self

    def materials_for(self, answers: dict[str, str]) -> list[tuple[int, MaterialDoc]]:
        """The materials needed for these 情形 answers, with their 1-based numbers in the guide."""
        return [(i, m) for i, m in enumerate(self.materials, start=1) if m.applies(answers)]


class WindowDoc(Doc):
    """A service window (窗口)."""

    code: Code
    name: Name
    duties: Text = ""
    phone: Short = ""
    location: Short = ""
    sort: int = 0


class StaffDoc(Doc):
    """A staff member (工作人员)."""

    code: Code
    name: Name
    position: Short = ""
    duties: Text = ""
    window: Short = ""
    phone: Short = ""
    photo: FileDoc | None = None
    active: bool = True
    sort: int = 0


class NoticeDoc(PublishWindow):
    """A notice (通知公告), shown only inside its publish window."""

    key: Code
    title: Name
    body: Text = ""
    cadence: Cadence = "随时"
    priority: Priority = "普通"  # 紧急: a banner on every screen and first in the attract loop
    sort: int = 0


class ComplaintChannelDoc(Doc):
    """A way to complain or report (投诉渠道): phone, box, email, …"""

    kind: ChannelKind
    label: Name
    value: Short
    note: Short = ""
    sort: int = 0


class ComplaintResultDoc(PublishWindow):
    """A published complaint handling result (投诉处理结果)."""

    key: Code
    title: Name
    received_on: dt.date | None = None
    summary: Text = ""
    result: Text = ""
    sort: int = 0


class PreDisclosureDoc(PublishWindow):
    """A plan shown before a decision (预公开), collecting opinions until a date.

    Once decided it is published (status ``published``) with its decision: the final text, the
    summary of the opinions and how the plan changed; the kiosk shows it where the plan was.
    """

    status: Status = "pre_disclosure"
    key: Code
    title: Name
    plan: Text = ""
    opinions_until: dt.date | None = None
    sort: int = 0
    decision: Text = ""
    opinion_summary: Text = ""
    changes: Text = ""
    decided_on: dt.date | None = None

    @property
    def is_decision(self) -> bool:
        """Whether this is a published decision (决定), not a plan still open or a draft."""
        return self.status == "published" and bool(self.decision.strip())


class BundleDoc(Doc):
    """A whole hall or a part of it, as exchanged by import and export."""

    format: Literal["hall-kiosk"] = "hall-kiosk"
    version: int = FORMAT_VERSION
    hall: HallDoc | None = None
    disclosures: list[DisclosureDoc] = Field(default_factory=list)
    themes: list[ThemeDoc] = Field(default_factory=list)
    departments: list[DepartmentDoc] = Field(default_factory=list)
    matters: list[MatterDoc] = Field(default_factory=list)
    windows: list[WindowDoc] = Field(default_factory=list)
    staff: list[StaffDoc] = Field(default_factory=list)
    notices: list[NoticeDoc] = Field(default_factory=list)
    complaint_channels: list[ComplaintChannelDoc] = Field(default_factory=list)
    complaint_results: list[ComplaintResultDoc] = Field(default_factory=list)
    pre_disclosures: list[PreDisclosureDoc] = Field(default_factory=list)

    @field_validator("version")
    @classmethod
    def _known_version(cls, version: int) -> int:
        if version != FORMAT_VERSION:
            raise ValueError(f"本系统读取第 {FORMAT_VERSION} 版格式,文件是第 {version} 版")
        return version
