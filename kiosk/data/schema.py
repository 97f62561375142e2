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
from collections.abc import Mapping, Sequence
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator

FORMAT_NAME = "hall-kiosk"
FORMAT_VERSION = 1

# Every national 事项类型: the ten kinds of 行政权力 and 公共服务.
MatterType = Literal[
    "行政许可",
    "行政处罚",
    "行政强制",
    "行政征收",
    "行政给付",
    "行政检查",
    "行政确认",
    "行政奖励",
    "行政裁决",
    "其他行政权力",
    "公共服务",
]
MATTER_TYPES: tuple[str, ...] = MatterType.__args__  # type: ignore[attr-defined]
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
# National field lengths (政务服务事项实施清单): 事项名称 1000, 办理地点/办理时间 500; 咨询方式 and
# 监督投诉方式 are long text (a phone, a window, a website …), 时限说明 unlimited.
MatterName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=1000)]
Medium = Annotated[str, StringConstraints(strip_whitespace=True, max_length=500)]
Contact = Annotated[str, StringConstraints(strip_whitespace=True, max_length=2000)]

NO_FEE = "不收费"
# A mainland number with its area code: 0734-1234567, 0734-12345678, 010-12345678, optionally 转 an extension.
PHONE_WITH_AREA_CODE = re.compile(r"^0\d{2,3}-\d{7,8}(转\d{1,6})?$")


# One set of field names for every document given the same fields (see ``Doc.model_post_init``).
# Bounded, so that documents built with ever new combinations cannot fill it up for good: past
# the bound a document keeps its own set, as pydantic made it. The demo, an export of 5,000
# matters read back and everything loaded from the database make 48 combinations (51 KB); at
# the bound the table holds at most ~4 MB (1,024 sets of all 40 names of a matter, and their keys).
_FIELD_NAME_SETS: dict[frozenset[str], set[str]] = {}
_MAX_FIELD_NAME_SETS = 1024


class Doc(BaseModel):
    """Base for every document: unknown keys are errors, strings are stripped.

    Pydantic gives every instance its own set of the field names it was given
    (``model_fields_set``), nested documents included: a set of 20 to 40 names is 1 to 2 KB, and
    for the 5,000 matters of a county's export (some 150,000 documents) these sets were two
    thirds of the documents' memory. Nothing here reads them (no ``exclude_unset``), and
    documents read from the same file are given the same fields, so each instance points at one
    shared set per combination. A shared set must then never change in place: pydantic copies
    it before a copy's update (``model_copy``, ``copy``, ``deepcopy``), and assigning a field not
    yet in it gives this instance a set of its own first (``__setattr__``).
    """

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=False)

    def model_post_init(self, context: object, /) -> None:
        names = self.__pydantic_fields_set__
        key = frozenset(names)
        shared = _FIELD_NAME_SETS.get(key)
        if shared is None:
            if len(_FIELD_NAME_SETS) < _MAX_FIELD_NAME_SETS:
                _FIELD_NAME_SETS[key] = set(names)  # a set nobody's assignment can reach
            return
        object.__setattr__(self, "__pydantic_fields_set__", shared)

    def __setattr__(self, name: str, value: object) -> None:
        names = self.__pydantic_fields_set__
        if name not in names and name in type(self).model_fields:
            # pydantic adds the name to the instance's set in place; the set may be shared
            object.__setattr__(self, "__pydantic_fields_set__", names | {name})
        super().__setattr__(name, value)


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
    note: Text = ""

    @property
    def is_immediate(self) -> bool:
        return self.value == 0


class FeeDoc(Doc):
    """A fee item (收费项目)."""

    name: Name
    standard: Text = ""
    basis: Text = ""
    reducible: bool = False
    reduction_basis: Text = ""


class StepDoc(Doc):
    """A step of the procedure (办理流程), with what is checked at it (审查标准)."""

    title: Name
    description: Text = ""
    review_standard: Text = ""


class LawDoc(Doc):
    """One legal basis as a structured row (法律依据): 法规名称, 文号, 条款, 条文."""

    name: Medium = Field(min_length=1)
    number: Short = ""
    clause: Short = ""
    text: Text = ""


class ServiceWindowDoc(Doc):
    """Where a matter is handled (办理窗口): the window, its address and hours, how to get there
    (乘车路线) and a map link."""

    name: Name
    address: Medium = ""
    phone: Contact = ""
    hours: Medium = ""
    route: Text = ""
    map_url: Medium = ""


class FaqDoc(Doc):
    """A frequently asked question (常见问题)."""

    question: Text = Field(min_length=1)
    answer: Text = Field(min_length=1)


# 情形 answers by scenario code: one option (a single-answer question), or the options ticked on a
# question that allows several (``ScenarioDoc.multiple``; an empty list: "none of these").
Answers = Mapping[str, str | Sequence[str]]


def chosen_options(answer: str | Sequence[str]) -> tuple[str, ...]:
    """An answer as the options it names (a single answer is one option)."""
    return (answer,) if isinstance(answer, str) else tuple(answer)


class ScenarioDoc(Doc):
    """A 情形 question whose answer adds or removes materials.

    ``multiple``: the resident may tick several options (申请人身份: 本人 / 代办 / 单位; 「有下列哪些
    情况」); a material then follows any of the ticked options.
    """

    code: Code
    question: Name
    options: list[Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=60)]] = Field(
        min_length=2
    )
    multiple: bool = False

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
    # 原件份数 and 复印件份数 when the guide gives them separately (0 and 0: only ``copies`` is known).
    originals: int = Field(default=0, ge=0, le=99)
    photocopies: int = Field(default=0, ge=0, le=99)
    signature: Short = ""  # 签字要求, e.g. 申请人签字并按手印
    paper_size: Short = "A4"
    source: MaterialSource = "申请人自备"
    source_note: Medium = ""
    blank_form: FileDoc | None = None
    sample_form: FileDoc | None = None
    fill_instructions: Text = ""
    acceptance_standard: Text = ""
    basis: Text = ""
    notes: Text = ""
    # Scenario code -> the option labels under which this material is needed (any of them).
    # Empty: always needed.
    when: dict[str, list[str]] = Field(default_factory=dict)

    def counts(self) -> list[tuple[str, int]]:
        """What to bring and how many: (原件 or 复印件, number) when the counts are given separately,
        else (``original_or_copy``, ``copies``)."""
        if self.originals or self.photocopies:
            return [(kind, n) for kind, n in (("原件", self.originals), ("复印件", self.photocopies)) if n]
        return [(self.original_or_copy, self.copies)]

    def applies(self, answers: Answers) -> bool:
        """Whether this material is needed for these 情形 answers: for every question it depends on,
        one of the options chosen there is one of its options.

        A condition on a question the resident has not answered does not exclude the material:
        an unanswered checklist errs on the side of listing too much, never too little. A
        several-answer question answered with nothing ticked ("none of these") does exclude it.
        """
        for scenario, options in self.when.items():
            answer = answers.get(scenario)
            if answer is not None and not any(option in options for option in chosen_options(answer)):
                return False
        return True


class MatterDoc(Doc):
    """A service matter (办理事项) with every element of the national guide (办事指南)."""

    code: Code
    name: MatterName
    type: MatterType
    department: Code
    service_objects: list[ServiceObject] = Field(default_factory=lambda: list[ServiceObject](["自然人"]))
    legal_basis: Text = ""
    laws: list[LawDoc] = Field(default_factory=list)
    conditions: Text = ""
    steps: list[StepDoc] = Field(default_factory=list)
    handling_kind: HandlingKind
    legal_limit: TimeLimit
    promised_limit: TimeLimit
    charges: bool = False
    fee_statement: Short = NO_FEE
    fees: list[FeeDoc] = Field(default_factory=list)
    location: Medium = ""
    window: Short = ""
    service_windows: list[ServiceWindowDoc] = Field(default_factory=list)
    hours: Medium = ""
    open_on_holidays: bool = False
    consult_phone: Contact = ""
    complaint_phone: Contact = ""
    reconsideration: Text = ""  # 行政复议: where and within what time
    litigation: Text = ""  # 行政诉讼
    result_name: Short = ""
    result_sample: Short = ""
    result_sample_file: FileDoc | None = None
    visits: int = Field(default=1, ge=0, le=20)
    visits_reason: Annotated[str, StringConstraints(strip_whitespace=True, max_length=1000)] = ""
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

    def materials_for(self, answers: Answers) -> list[tuple[int, MaterialDoc]]:
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


# --- 一件事 bundles and the 智能导办 question tree (issue 14) ---------------------------------

Label = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=60)]
OptionalCode = Annotated[str, StringConstraints(strip_whitespace=True, max_length=64)]
# A 情形 answer a 导办 button sets for what it leads to: 「情形编码=选项」 (agent=是).
PresetText = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^[^=\s]+\s*=\s*\S.*$", max_length=130)]


def _unique(values: list[str], what: str) -> list[str]:
    if len(set(values)) != len(values):
        raise ValueError(f"{what}不能重复")
    return values


class BundleQuestionDoc(Doc):
    """A shared question of an 一件事 bundle: asked once, it answers a 情形 of several matters."""

    code: Code
    question: Name
    options: list[Label] = Field(min_length=2)
    multiple: bool = False  # the resident may tick several options (a matter's several-answer 情形)

    @field_validator("options")
    @classmethod
    def _options_unique(cls, options: list[str]) -> list[str]:
        return _unique(options, "选项")


class QuestionLinkDoc(Doc):
    """Which 情形 of which matter a shared question answers (共性问题对应的事项情形).

    ``options``: the matter's option for each of the question's options, in the same order;
    empty when the words are the same (是/否 answers 是/否).
    """

    question: Code
    matter: Code
    scenario: Code
    options: list[Label] = Field(default_factory=list)


class PresetAnswerDoc(Doc):
    """A 情形 answer the life event itself settles (新生儿出生一件事 → 是否为新生儿办理参保: 是)."""

    matter: Code
    scenario: Code
    answer: Label


class SameMaterialDoc(Doc):
    """The admin's word that a material of one matter is the same paper as another's.

    Every row with the same ``name`` is one line of the merged list, under that name. Materials
    with the same name after normalising (``kiosk.services.guidance.bundles.material_key``) are
    the same without a row here.
    """

    name: Name
    matter: Code
    material: Name


class WaivedMaterialDoc(Doc):
    """A material the bundle does not ask for (免提交): an earlier matter of the bundle issues it,
    or the departments share it (数据共享), so the resident is told why it need not be brought."""

    matter: Code
    material: Name
    reason: Short = "由一件事内的前序事项或部门共享获取"


class ServiceBundleDoc(Doc):
    """An 一件事 bundle (高效办成一件事): a life event made of several matters.

    The resident answers the shared questions once and gets one merged materials list, the
    windows in the order of ``matters``, the total time limit and the fees. ``promised_limit`` is
    the bundle's own published promise (一件事承诺时限), when the hall has one.
    """

    code: Code
    name: Name
    summary: Text = ""
    icon: Short = ""
    matters: list[Code] = Field(min_length=2)
    questions: list[BundleQuestionDoc] = Field(default_factory=list)
    links: list[QuestionLinkDoc] = Field(default_factory=list)
    presets: list[PresetAnswerDoc] = Field(default_factory=list)
    same_materials: list[SameMaterialDoc] = Field(default_factory=list)
    waived: list[WaivedMaterialDoc] = Field(default_factory=list)
    promised_limit: TimeLimit | None = None
    status: Status = "published"
    is_sample: bool = False
    sort: int = 0

    @model_validator(mode="after")
    def _parts_agree(self) -> ServiceBundleDoc:
        _unique(self.matters, "一件事中的事项")
        _unique([q.code for q in self.questions], "共性问题编码")
        questions = {q.code: q for q in self.questions}
        for i, link in enumerate(self.links, start=1):
            question = questions.get(link.question)
            if question is None:
                raise ValueError(f"第{i}条情形对应:没有编码为 {link.question!r} 的共性问题")
            if link.matter not in self.matters:
                raise ValueError(f"第{i}条情形对应:事项 {link.matter} 不在本一件事中")
            if link.options and len(link.options) != len(question.options):
                raise ValueError(
                    f"第{i}条情形对应:应为问题「{question.question}」的 {len(question.options)} 个选项"
                    f"各写一个事项选项,实为 {len(link.options)} 个"
                )
        pairs = [(link.matter, link.scenario) for link in self.links]
        pairs += [(p.matter, p.scenario) for p in self.presets]
        if len(set(pairs)) != len(pairs):
            raise ValueError("同一事项的同一情形只能由一个共性问题或一个预设答案确定")
        for i, preset in enumerate(self.presets, start=1):
            if preset.matter not in self.matters:
                raise ValueError(f"第{i}个预设答案:事项 {preset.matter} 不在本一件事中")
        seen: dict[tuple[str, str], str] = {}
        for same in self.same_materials:
            if same.matter not in self.matters:
                raise ValueError(f"同一材料「{same.name}」:事项 {same.matter} 不在本一件事中")
            where = (same.matter, same.material)
            if seen.setdefault(where, same.name) != same.name:
                raise ValueError(f"材料「{same.material}」已归入「{seen[where]}」,不能再归入「{same.name}」")
        for waived in self.waived:
            if waived.matter not in self.matters:
                raise ValueError(f"免提交材料「{waived.material}」:事项 {waived.matter} 不在本一件事中")
        return self


class GuideOptionDoc(Doc):
    """A big button of a 导办 question and where it leads: the next question, a bundle, or matters.

    ``answers`` (「情形编码=选项」) are set on what the path ends at, so the guide or the bundle
    opens with those 情形 already answered.
    """

    label: Label
    next: OptionalCode = ""
    bundle: OptionalCode = ""
    matters: list[Code] = Field(default_factory=list)
    answers: list[PresetText] = Field(default_factory=list)


class GuideNodeDoc(Doc):
    """A question of 智能导办 (who you are, what happened, for whom)."""

    code: Code
    question: Name
    hint: Short = ""
    options: list[GuideOptionDoc] = Field(default_factory=list)


class GuidanceDoc(Doc):
    """The 智能导办 question tree; it starts at its first question. Checked by
    ``kiosk.services.guidance.tree.check_tree`` (no dead ends, nothing unreachable, ≤ 5 levels)."""

    nodes: list[GuideNodeDoc] = Field(default_factory=list)

    @field_validator("nodes")
    @classmethod
    def _codes_unique(cls, nodes: list[GuideNodeDoc]) -> list[GuideNodeDoc]:
        _unique([n.code for n in nodes], "导办问题编码")
        return nodes


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
    bundles: list[ServiceBundleDoc] = Field(default_factory=list)  # 一件事
    guidance: GuidanceDoc | None = None  # 智能导办

    @field_validator("version")
    @classmethod
    def _known_version(cls, version: int) -> int:
        if version != FORMAT_VERSION:
            raise ValueError(f"本系统读取第 {FORMAT_VERSION} 版格式,文件是第 {version} 版")
        return version
