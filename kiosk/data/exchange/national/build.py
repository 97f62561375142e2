"""One matter from the rows of the national element set (基本信息, 扩展信息, 材料, 收费, 问答, 情形 …).

The national exchange tables and the provincial AUDIT_* JSON carry the same elements under
slightly different names; both readers hand rows with the national column names here
(``AUDIT_MATERIAL.ordernum`` arrives as ``order_num``), and this module maps them onto the
kiosk's fields: code values through the code tables, 办理流程 text split into steps, and the
national 情形 — a condition that brings materials with it — into a 情形 question of the guide
whose options are the conditions: a material linked to conditions is needed when one of them is
chosen, a material linked to none is always needed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
from dataclasses import dataclass, field
from typing import Any

from kiosk.data.exchange.candidates import Candidate, raw_excerpt
from kiosk.data.exchange.cleaning import clean_text, half_width
from kiosk.data.exchange.national import codes
from kiosk.data.exchange.national.codes import CodeTable
from kiosk.data.exchange.national.tables import SourceRow
from kiosk.data.schema import ScenarioDoc
from kiosk.errors import Problem

NATIONAL_SCENARIO = "national"  # the code of the 情形 question built from the national conditions
OPTION_LIMIT = 60
STEP_TITLE_LIMIT = 60
NUMBERING = re.compile(
    r"^\s*(?:第?[0-9一二三四五六七八九十]{1,3}\s*[、.．)）:：步]|[（(][0-9一二三四五六七八九十]{1,3}[)）]|[①-⑳])\s*"
)
INLINE_NUMBERING = re.compile(r"(?<=[。；;\s])(?=(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[、.．](?!\d))")
SEPARATORS = re.compile(r"[,，、;；\s]+")
REVIEW_WORDS = ("审查", "审核", "审批", "核查", "受理")
# The column a field is read from (for locating a problem at its column; [] stands for any index).
COLUMN_OF: dict[str, str] = {
    "code": "task_code", "name": "task_name", "type": "task_type", "department": "dept_code",
    "service_objects": "server_type", "legal_basis": "by_law", "conditions": "accept_condition",
    "steps": "handle_flow", "handling_kind": "project_type", "legal_limit.value": "anticipate_day",
    "legal_limit.unit": "anticipate_type", "legal_limit.note": "anticipate_explain",
    "promised_limit.value": "promise_day", "promised_limit.unit": "promise_type",
    "promised_limit.note": "promise_explain", "charges": "is_fee", "location": "transact_addr",
    "hours": "transact_time", "consult_phone": "link_way", "complaint_phone": "supervise_way",
    "reconsideration": "reconsiderat", "litigation": "litigation", "visits": "limit_scene_num",
    "effective_from": "plan_effective_date", "effective_until": "plan_cancel_date", "status": "task_state",
    "result_name": "result_name", "visits_reason": "limit_scene_explain", "online": "is_online",
    "online_url": "online_handle_url",
    "materials[].name": "material_name", "materials[].necessity": "is_need", "materials[].kind": "material_type",
    "materials[].form": "material_format", "materials[].source": "source_type", "materials[].copies": "page_num",
    "materials[].originals": "original_amount", "materials[].photocopies": "copy_amount",
    "materials[].signature": "sign_ask", "materials[].paper_size": "page_format",
    "materials[].source_note": "source_explain", "materials[].fill_instructions": "fill_explain",
    "materials[].acceptance_standard": "accept_stand", "materials[].basis": "by_law", "materials[].notes": "remark",
    "fees[].name": "fee_name", "fees[].standard": "fee_stand", "fees[].basis": "by_law",
    "fees[].reducible": "is_desc", "fees[].reduction_basis": "desc_explain",
    "faq[].question": "question", "faq[].answer": "answer",
    "laws[].name": "law_name", "laws[].number": "law_number", "laws[].clause": "clause_number",
    "laws[].text": "clause_content", "service_windows[].name": "window_name",
    "service_windows[].address": "transact_addr", "service_windows[].phone": "window_tel",
    "service_windows[].hours": "transact_time", "service_windows[].route": "traffic_info",
    "service_windows[].map_url": "map_url",
}  # fmt: skip
MATERIAL_CODES = (
    ("necessity", codes.NECESSITY, ("is_need",)),
    ("kind", codes.MATERIAL_KIND, ("material_type",)),
    ("form", codes.MATERIAL_FORM, ("material_format", "material_form")),
    ("source", codes.SOURCE, ("source_type",)),
)
MATERIAL_TEXTS = (
    ("signature", "sign_ask"),
    ("paper_size", "page_format"),
    ("source_note", "source_explain"),
    ("fill_instructions", "fill_explain"),
    ("acceptance_standard", "accept_stand"),
    ("basis", "by_law"),
    ("notes", "remark"),
)
COMPANION: dict[str, str] = {}  # column → its *_text companion's name, made once per column
LABELS: dict[tuple[str, str, bool], str] = {}


def _label(key: tuple[str, str, bool]) -> str:
    title, column, companion = key
    COMPANION.setdefault(column, column + "_text")
    LABELS[key] = f"{title}({column}{'_text' if companion else ''})"
    return LABELS[key]


# Fields read from the extension table (事项扩展信息) rather than the basic one.
FROM_EXTEND = frozenset({"result_name", "visits_reason", "online", "online_url"})


@dataclass
class TaskRows:
    """Every row belonging to one matter."""

    basic: SourceRow
    extend: SourceRow | None = None
    materials: list[SourceRow] = field(default_factory=list)
    fees: list[SourceRow] = field(default_factory=list)
    questions: list[SourceRow] = field(default_factory=list)
    conditions: list[SourceRow] = field(default_factory=list)
    links: list[SourceRow] = field(default_factory=list)
    windows: list[SourceRow] = field(default_factory=list)
    laws: list[SourceRow] = field(default_factory=list)


def _order(row: SourceRow) -> tuple[float, int]:
    text = row.values.get("order_num", "")
    try:
        return int(text), row.order  # the usual case, without a detour
    except ValueError:
        pass
    try:
        return float(half_width(text).strip()), row.order
    except ValueError:
        return math.inf, row.order


def split_steps(text: str) -> list[tuple[str, str]]:
    """办理流程 text as (title, description) steps: one per line, or per number (1. 2、 (3)) in one line."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if len(lines) == 1:
        lines = [part.strip() for part in INLINE_NUMBERING.split(lines[0]) if part.strip()]
    steps = []
    for line in lines:
        body = NUMBERING.sub("", line).strip() or line
        if len(body) <= STEP_TITLE_LIMIT:
            steps.append((body, ""))
            continue
        head = re.split(r"[:：,，。;；]", body, maxsplit=1)[0].strip()
        title = head if 0 < len(head) <= STEP_TITLE_LIMIT else body[:STEP_TITLE_LIMIT].rstrip() + "…"
        steps.append((title, body))
    return steps


class Builder:
    """Maps one matter's rows onto the kiosk's fields, collecting problems with their places."""

    def __init__(self, task: TaskRows, problems: list[Problem]) -> None:
        self.task = task
        self.problems = problems
        basic = task.basic.values
        self.candidate = Candidate(
            {},
            task.basic.place,
            raw_excerpt(basic, ("task_code", "task_name", "task_type", "dept_name", "cd_operation", "cd_batch")),
            columns=COLUMN_OF,
        )

    # --- reading values -----------------------------------------------------------------------

    @staticmethod
    def text(row: SourceRow | None, *columns: str) -> str:
        if row is None:
            return ""
        values = row.values
        for column in columns:
            value = values.get(column)
            if value and not value.isspace():
                return value
        return ""

    def place(self, row: SourceRow, column: str) -> str:
        return f"{row.place} {column}"

    def coded(self, row: SourceRow | None, table: CodeTable, *columns: str, path: str) -> str | None:
        """A code value (or its ``*_text`` companion, or the word itself) as the kiosk's word."""
        if row is None:
            return None
        values = row.values
        for column in columns:
            raw = values.get(column, "")
            companion = values.get(COMPANION.get(column) or column + "_text", "")
            if not raw and not companion:
                continue
            for value, label in ((companion, (table.title, column, True)), (raw, (table.title, column, False))):
                if not value:
                    continue
                word, how = table.translate(value)
                if word is not None:
                    if how:
                        self.candidate.count(LABELS.get(label) or _label(label), how)
                    return word
            raw, companion = raw.strip(), companion.strip()
            if not raw and not companion:
                continue
            self.problems.append(
                Problem(self.place(row, column), f"{table.title} {raw or companion!r} 无法识别(可用:{table.allowed()})")
            )
            return None
        return None

    def number(self, row: SourceRow | None, column: str, path: str) -> int | None:
        if row is None:
            return None
        raw = row.values.get(column)
        if not raw:
            return None
        try:
            return int(raw)  # the usual case
        except ValueError:
            pass
        text = half_width(raw).strip()
        if not text:
            return None
        try:
            value = float(text)
        except ValueError:
            value = math.nan
        if not value.is_integer():
            self.problems.append(Problem(self.place(row, column), f"应为整数,而不是 {text!r}"))
            return None
        return int(value)

    def flag(self, row: SourceRow | None, column: str, path: str) -> bool | None:
        text = self.text(row, column)
        if row is None or not text.strip():
            return None
        value, how = codes.translate_bool(text)
        if value is None:
            self.problems.append(Problem(self.place(row, column), f"应为 是/否(1/0),而不是 {text!r}"))
        elif how:
            self.candidate.note("cleaned", column, how, self.place(row, column))
        return value

    def date(self, row: SourceRow | None, column: str, path: str) -> dt.date | None:
        text = half_width(self.text(row, column)).strip()
        if row is None or not text:
            return None
        if text.isdigit() and len(text) >= 12:  # milliseconds since 1970, as AUDIT_* JSON writes dates
            return dt.datetime.fromtimestamp(int(text) / 1000, dt.UTC).astimezone().date()
        match = re.match(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})", text)
        if match:
            try:
                return dt.date(*(int(g) for g in match.groups()))
            except ValueError:
                pass
        self.problems.append(Problem(self.place(row, column), f"应为日期,例如 2026-01-31,而不是 {text!r}"))
        return None

    def put(self, path: str, value: Any, row: SourceRow | None = None, column: str = "") -> None:
        """Set a field (skipping empty values, so the document's default applies)."""
        if value is None or value == "" or value == []:
            return
        node = self.candidate.data
        *parents, last = path.split(".")
        for part in parents:
            node = node.setdefault(part, {})
        node[last] = value

    def default(self, path: str, value: Any, what: str) -> None:
        """A required element the file does not give: the kiosk's default, noted (the matter goes in as a draft)."""
        self.put(path, value)
        self.candidate.missing.append(what)

    # --- the matter ----------------------------------------------------------------------------

    def build(self) -> Candidate:
        basic, extend = self.task.basic, self.task.extend
        c = self.candidate
        if extend is not None:
            c.places.update(dict.fromkeys(FROM_EXTEND, extend.place))
        code = half_width(self.text(basic, "task_code", "local_task_code")).strip()
        self.put("code", code, basic, "task_code")
        self.put("name", self.text(basic, "task_name"), basic, "task_name")
        matter_type = self.coded(basic, codes.TASK_TYPE, "task_type", path="type")
        if matter_type is None:
            self.default("type", "公共服务", "事项类型")
        else:
            self.put("type", matter_type)
        self._department()
        objects: list[str] = []
        raw_objects = self.text(basic, "server_type", "serve_type")
        for part in SEPARATORS.split(half_width(raw_objects)):
            if part:
                row = SourceRow("basic", {"server_type": part}, basic.place, basic.order)
                word = self.coded(row, codes.SERVICE_OBJECT, "server_type", path="service_objects")
                if word and word not in objects:
                    objects.append(word)
        self.put("service_objects", objects)
        self.put("legal_basis", self.text(basic, "by_law", "law"), basic, "by_law")
        self.put("conditions", self.text(basic, "accept_condition", "acceptcondition", "accept_name"), basic,
                 "accept_condition")  # fmt: skip
        self._steps()
        kind = self.coded(basic, codes.PROJECT_TYPE, "project_type", path="handling_kind")
        if kind is None:
            kind = "即办件" if half_width(self.text(basic, "promise_day")).strip() in ("0", "") else "承诺件"
            self.default("handling_kind", kind, "办件类型")
        else:
            self.put("handling_kind", kind)
        self._limit("legal_limit", "anticipate_day", "anticipate_type", "anticipate_explain", "法定办结时限")
        self._limit("promised_limit", "promise_day", "promise_type", "promise_explain", "承诺办结时限")
        self._fees()
        self.put("location", self.text(basic, "transact_addr"), basic, "transact_addr")
        self.put("hours", self.text(basic, "transact_time"), basic, "transact_time")
        self.put("consult_phone", self.text(basic, "link_way"), basic, "link_way")
        self.put("complaint_phone", self.text(basic, "supervise_way"), basic, "supervise_way")
        self.put("reconsideration", self.text(basic, "reconsiderat", "reconsideration"), basic, "reconsiderat")
        self.put("litigation", self.text(basic, "litigation"), basic, "litigation")
        self.put("result_name", self.text(extend, "result_name"), extend, "result_name")
        if extend is not None and self.text(extend, "result_guid"):
            why = "文件只给出平台附件编号(result_guid),样本文件未导入,请在后台上传"
            c.note("warning", "结果样本", why, self.place(extend, "result_guid"))
        visits = self.number(basic, "limit_scene_num", "visits")
        if visits is None:
            self.default("visits", 1, "到办事现场次数")
        else:
            self.put("visits", visits)
        reason = self.text(extend, "limit_scene_explain", "scene_reason") or self.text(basic, "scene_reason")
        self.put("visits_reason", reason, extend or basic, "limit_scene_explain")
        online = self.flag(extend, "is_online", "online")
        url = self.text(extend, "online_handle_url") or self.text(basic, "link_addr", "transact_app_url")
        if online is None and url:
            online = True
        self.put("online", online)
        self.put("online_url", url, extend or basic, "online_handle_url")
        self.put("effective_from", self.date(basic, "plan_effective_date", "effective_from"))
        self.put("effective_until", self.date(basic, "plan_cancel_date", "effective_until"))
        state = self.coded(basic, codes.TASK_STATE, "task_state", path="status")
        if state in ("暂停", "取消"):
            self.put("status", "archived")
            c.note(
                "mapped", "事项状态", f"「{state}」的事项导入为已归档,不在信息亭显示", self.place(basic, "task_state")
            )
        self._faq()
        self._laws()
        self._windows()
        self._materials()
        c.flush_counts()
        return c

    def _department(self) -> None:
        basic = self.task.basic
        code = half_width(self.text(basic, "dept_code", "deptcode", "ouguid")).strip()
        name = self.text(basic, "dept_name", "deptname", "ouname").strip()
        if not code and name:
            code = "D" + hashlib.sha1(name.encode()).hexdigest()[:10].upper()
            self.candidate.note("mapped", "实施主体", f"没有部门编码,按名称「{name}」编为 {code}")
        if not code:
            code = "UNKNOWN"
            self.candidate.missing.append("实施主体")
        self.put("department", code, basic, "dept_code")
        self.department_name = name or code

    def _limit(self, path: str, day: str, unit: str, note: str, what: str) -> None:
        basic = self.task.basic
        value = self.number(basic, day, f"{path}.value")
        if value is None:
            self.default(f"{path}.value", 0, what)
        else:
            self.put(f"{path}.value", value)
        unit_word = self.coded(basic, codes.LIMIT_UNIT, unit, path=f"{path}.unit")
        self.put(f"{path}.unit", unit_word)
        self.put(f"{path}.note", self.text(basic, note, note.replace("_explain", "_day_explain")), basic, note)

    def _steps(self) -> None:
        basic = self.task.basic
        flow, done = clean_text(self.text(basic, "handle_flow", "flow"))
        if done:
            self.candidate.note("cleaned", "办理流程", "、".join(done), self.place(basic, "handle_flow"))
        steps = [{"title": title, "description": text} for title, text in split_steps(flow)]
        for i in range(len(steps)):
            self.candidate.places[f"steps[{i}]"] = self.place(basic, "handle_flow")
        review = self.text(basic, "accept_std", "review_standard")
        if review.strip():
            target = next((s for w in REVIEW_WORDS for s in steps if w in s["title"]), steps[0] if steps else None)
            if target is None:
                target = {"title": "审查", "description": ""}
                steps.append(target)
            target["review_standard"] = review
            self.candidate.note(
                "mapped", "审查标准", f"放在办理流程的步骤「{target['title']}」下", self.place(basic, "accept_std")
            )
        if len(steps) > 1 or (steps and steps[0]["description"]):
            self.candidate.note("mapped", "办理流程", f"拆成 {len(steps)} 个步骤")
        self.put("steps", steps)

    def _fees(self) -> None:
        basic = self.task.basic
        charges = self.flag(basic, "is_fee", "charges")
        fees = []
        for j, row in enumerate(sorted(self.task.fees, key=_order)):
            fee = {
                "name": self.text(row, "fee_name", "charge_name"),
                "standard": self.text(row, "fee_stand", "charge_standard", "fee_standard"),
                "basis": self.text(row, "by_law", "charge_basis") or self.text(basic, "fee_basis"),
                "reduction_basis": self.text(row, "desc_explain"),
            }
            reducible = self.flag(row, "is_desc", f"fees[{j}].reducible")
            if reducible is not None:
                fee["reducible"] = reducible  # type: ignore[assignment]
            fees.append({k: v for k, v in fee.items() if v != ""})
            self.candidate.places[f"fees[{j}]"] = row.place
        if charges is None:
            charges = bool(fees)
            if not fees:
                self.candidate.missing.append("是否收费")
        self.put("charges", charges)
        self.candidate.data["charges"] = charges
        self.put("fee_statement", "按收费项目收取" if charges else "不收费")
        self.put("fees", fees)

    def _faq(self) -> None:
        faq = []
        for j, row in enumerate(sorted(self.task.questions, key=_order)):
            faq.append({"question": self.text(row, "question"), "answer": self.text(row, "answer")})
            self.candidate.places[f"faq[{j}]"] = row.place
        self.put("faq", faq)

    def _laws(self) -> None:
        laws = []
        for j, row in enumerate(sorted(self.task.laws, key=_order)):
            law = {
                "name": self.text(row, "law_name"),
                "number": self.text(row, "law_number"),
                "clause": self.text(row, "clause_number"),
                "text": self.text(row, "clause_content"),
            }
            laws.append({k: v for k, v in law.items() if v})
            self.candidate.places[f"laws[{j}]"] = row.place
        self.put("laws", laws)

    def _windows(self) -> None:
        windows = []
        for j, row in enumerate(sorted(self.task.windows, key=_order)):
            window = {
                "name": self.text(row, "window_name"),
                "address": self.text(row, "transact_addr", "address"),
                "phone": self.text(row, "window_tel", "tel"),
                "hours": self.text(row, "transact_time"),
                "route": self.text(row, "traffic_info", "route"),
                "map_url": self.text(row, "map_url"),
            }
            windows.append({k: v for k, v in window.items() if v})
            self.candidate.places[f"service_windows[{j}]"] = row.place
        self.put("service_windows", windows)
        data = self.candidate.data
        if windows and "location" not in data and windows[0].get("address"):
            data["location"] = windows[0]["address"]
            self.candidate.note("mapped", "办理地点", "取自第一个办理窗口的地址")
        if windows and "hours" not in data and windows[0].get("hours"):
            data["hours"] = windows[0]["hours"]

    # --- materials and 情形 ---------------------------------------------------------------------

    def _conditions(self) -> tuple[dict[str, str], dict[str, Any] | None]:
        """The national conditions as one 情形 question: condition guid → option, and the question."""
        options: dict[str, str] = {}
        labels: list[str] = []
        for row in sorted(self.task.conditions, key=_order):
            name, _ = clean_text(self.text(row, "condition_name", "conditionname"), placeholder=False)
            name = name or self.text(row, "condition_desc").strip() or "未命名情形"
            if len(name) > OPTION_LIMIT:
                self.candidate.note("cleaned", "情形", f"情形名称超过 {OPTION_LIMIT} 字,已截短:{name}", row.place)
                name = name[: OPTION_LIMIT - 1] + "…"
            label, n = name, 2
            while label in labels:
                label = f"{name[: OPTION_LIMIT - 4]}({n})"
                n += 1
            labels.append(label)
            options[self.text(row, "row_guid", "rowguid")] = label
            if self.text(row, "condition_desc").strip() and self.text(row, "condition_desc").strip() != name:
                self.candidate.note(
                    "mapped",
                    f"情形「{label}」",
                    f"情形描述:{self.text(row, 'condition_desc').strip()[:100]}",
                    row.place,
                )
        if not labels:
            return {}, None
        question: dict[str, Any]
        if len(labels) == 1:
            question = {
                "code": NATIONAL_SCENARIO,
                "question": f"您是否属于「{labels[0]}」的情形?",
                "options": ["是", "否"],
            }
            return {guid: "是" for guid in options}, question
        question = {"code": NATIONAL_SCENARIO, "question": "您属于以下哪种情形?", "options": labels}
        if "multiple" in ScenarioDoc.model_fields:  # national 情形 are not exclusive: tick every one that applies
            question["multiple"] = True
            question["question"] = "您属于以下哪些情形?(可多选)"
        return options, question

    def _materials(self) -> None:
        option_of, question = self._conditions()
        links: dict[str, list[str]] = {}
        for row in self.task.links:
            option = option_of.get(self.text(row, "condition_guid", "conditionguid"))
            if option is None:
                self.candidate.note("warning", "情形与材料", "指向本事项没有的情形,已忽略", row.place)
                continue
            links.setdefault(self.text(row, "material_guid", "materialguid"), []).append(option)
        materials = []
        linked = 0
        order = (question or {}).get("options", [])
        for j, row in enumerate(sorted(self.task.materials, key=_order)):
            materials.append(self._material(row, j))
            if not links:
                continue
            values = row.values
            guids = {values.get("row_guid", ""), values.get("rowguid", ""), values.get("materialid", "")} - {""}
            chosen = sorted({o for g in guids for o in links.get(g, [])}, key=order.index)
            if chosen:
                materials[-1]["when"] = {NATIONAL_SCENARIO: chosen}
                linked += 1
        if links:
            known = {r.values.get(k, "") for r in self.task.materials for k in ("row_guid", "rowguid", "materialid")}
            for guid in set(links) - known:
                self.candidate.note("warning", "情形与材料", f"指向本事项没有的材料 {guid},已忽略")
        if question is not None:
            self.put("scenarios", [question])
            self.candidate.note(
                "mapped",
                "情形",
                f"{len(option_of)} 个国家情形成为问题「{question['question']}」的选项;"
                f"{linked} 项材料随情形出现,其余 {len(materials) - linked} 项总是需要",
            )
        self.put("materials", materials)

    def _material(self, row: SourceRow, j: int) -> dict[str, Any]:
        path = f"materials[{j}]"
        self.candidate.places[path] = row.place
        material: dict[str, Any] = {"name": self.text(row, "material_name", "materialname")}
        for key, table, columns in MATERIAL_CODES:
            word = self.coded(row, table, *columns, path=path)
            if word:
                material[key] = word
        copies = self.number(row, "page_num", f"{path}.copies")
        originals = self.number(row, "original_amount", f"{path}.originals")
        photocopies = self.number(row, "copy_amount", f"{path}.photocopies")
        if originals:
            material["originals"] = originals
        if photocopies:
            material["photocopies"] = photocopies
        material["original_or_copy"] = (
            "原件和复印件" if originals and photocopies else "复印件" if photocopies else "原件"
        )
        if copies is not None:
            material["copies"] = copies
        elif originals or photocopies:
            material["copies"] = max(originals or 0, photocopies or 0)
        values = row.values
        for key, column in MATERIAL_TEXTS:
            value = values.get(column)
            if value and not value.isspace():
                material[key] = value
        if material.get("source_note", "").strip() == material.get("source"):
            del material["source_note"]  # 「申请人自备」 said twice is said once
        if "page_format" in row.values and not row.values["page_format"].strip():
            material["paper_size"] = ""  # the file says nothing about paper: not A4 by default
        return material


def build_matter(task: TaskRows, problems: list[Problem]) -> tuple[Candidate, str]:
    """The candidate matter and its department's name (for the department list)."""
    builder = Builder(task, problems)
    candidate = builder.build()
    return candidate, builder.department_name
