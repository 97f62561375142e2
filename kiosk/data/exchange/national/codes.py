"""The national code tables (国家政务服务平台 代码表) the importers translate, and the words accepted too.

Exports carry vocabulary as codes (``task_type = 01``) or, from some platforms, as the words
themselves (``行政许可``), sometimes both (``task_type`` + ``task_type_TEXT``). ``translate``
accepts a code of the table, a word of the kiosk's vocabulary, or one of the synonyms below; a
value that is none of these is an error naming the allowed values — never a silent default.

Which tables: the codes of the 政务服务事项 data exchange (事项类型 01–10 and 20, 办件类型 1/2,
时限单位 1/2, 服务对象 1–6 and 9, 来源渠道 1/2/3 and the provincial 10/20/99, …), as documented
in docs/import-format.md §5.4. Where a province uses other codes, the ``*_TEXT`` companion or the
words themselves are read instead.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from kiosk.data.exchange.cleaning import FALSE_WORDS, TRUE_WORDS, half_width


@dataclass(frozen=True)
class CodeTable:
    """One vocabulary: its codes, and the words (with synonyms) that name the same values."""

    title: str  # 事项类型, 办件类型, …
    codes: Mapping[str, str]
    synonyms: Mapping[str, str]
    # Exports repeat a handful of values thousands of times: each is translated once.
    _seen: dict[str, tuple[str | None, str]] = field(default_factory=dict, compare=False, repr=False)

    def translate(self, raw: str) -> tuple[str | None, str]:
        """(the value, how it was read) — or (None, "") when ``raw`` is neither a code nor a word."""
        found = self._seen.get(raw)
        if found is None:
            found = self._seen[raw] = self._translate(raw)
        return found

    def _translate(self, raw: str) -> tuple[str | None, str]:
        text = half_width(raw).strip()
        for code in (text, text.zfill(2), text.lstrip("0")) if text.isdigit() else (text,):
            if code in self.codes:  # 1 for 01, 01 for 1
                return self.codes[code], f"代码 {text} → {self.codes[code]}"
        if text in self.codes.values():
            return text, ""
        if text in self.synonyms:
            return self.synonyms[text], f"「{text}」→ {self.synonyms[text]}"
        return None, ""

    def allowed(self) -> str:
        pairs = "、".join(f"{code} {word}" for code, word in self.codes.items())
        return f"{pairs}(或直接写文字)"


TASK_TYPE = CodeTable(
    "事项类型",
    {
        "01": "行政许可",
        "02": "行政处罚",
        "03": "行政强制",
        "04": "行政征收",
        "05": "行政给付",
        "06": "行政检查",
        "07": "行政确认",
        "08": "行政奖励",
        "09": "行政裁决",
        "10": "其他行政权力",
        "20": "公共服务",
    },
    {"其他": "其他行政权力", "其他类": "其他行政权力", "公共服务事项": "公共服务", "公共服务类": "公共服务"},
)
PROJECT_TYPE = CodeTable("办件类型", {"1": "即办件", "2": "承诺件"}, {"即办": "即办件", "承诺": "承诺件"})
LIMIT_UNIT = CodeTable(
    "时限单位", {"1": "工作日", "2": "自然日"}, {"天": "自然日", "日": "自然日", "个工作日": "工作日"}
)
SERVICE_OBJECT = CodeTable(
    "服务对象",
    {"1": "自然人", "2": "法人", "3": "法人", "4": "法人", "5": "非法人组织", "6": "行政机关", "9": "其他组织"},
    {
        "个人": "自然人",
        "公民": "自然人",
        "企业法人": "法人",
        "事业法人": "法人",
        "社会组织法人": "法人",
        "企业": "法人",
        "非法人企业": "非法人组织",
        "其他": "其他组织",
    },
)
NECESSITY = CodeTable(
    "材料必要性",
    {"1": "必要", "0": "非必要", "2": "非必要", "3": "容缺后补"},
    {
        "必须": "必要",
        "必需": "必要",
        "是": "必要",
        "否": "非必要",
        "非必须": "非必要",
        "容缺": "容缺后补",
        "可容缺": "容缺后补",
    },
)
MATERIAL_FORM = CodeTable(
    "材料形式",
    {"1": "纸质", "2": "电子", "3": "纸质+电子"},
    {
        "纸质/电子": "纸质+电子",
        "纸质和电子": "纸质+电子",
        "电子和纸质": "纸质+电子",
        "电子版": "电子",
        "纸质版": "纸质",
    },
)
MATERIAL_KIND = CodeTable(
    "材料类型",
    {"1": "证件证书证明", "2": "申请表格文书", "3": "其他"},
    {
        "证照": "证件证书证明",
        "证件": "证件证书证明",
        "证明": "证件证书证明",
        "表格": "申请表格文书",
        "申请表": "申请表格文书",
    },
)
ORIGINAL_OR_COPY = CodeTable(
    "原件/复印件",
    {"1": "原件", "2": "复印件", "3": "原件和复印件"},
    {
        "原件及复印件": "原件和复印件",
        "原件、复印件": "原件和复印件",
        "原件和复印件各一份": "原件和复印件",
        "复印": "复印件",
    },
)
SOURCE = CodeTable(
    "来源渠道",
    {"1": "申请人自备", "2": "政府部门核发", "3": "其他", "10": "申请人自备", "20": "政府部门核发", "99": "其他"},
    {"自备": "申请人自备", "申请人": "申请人自备", "部门核发": "政府部门核发", "政府核发": "政府部门核发"},
)
TASK_STATE = CodeTable(
    "事项状态", {"1": "在用", "2": "暂停", "3": "取消"}, {"有效": "在用", "正常": "在用", "停用": "暂停"}
)
OPERATION = CodeTable(
    "同步类型",
    {"I": "insert", "U": "update", "D": "delete"},
    {
        "i": "insert",
        "u": "update",
        "d": "delete",
        "insert": "insert",
        "update": "update",
        "delete": "delete",
        "新增": "insert",
        "修改": "update",
        "更新": "update",
        "删除": "delete",
        "1": "insert",
        "2": "update",
        "3": "delete",
    },
)


def translate_bool(raw: str) -> tuple[bool | None, str]:
    """A national yes/no code (1/0, Y/N, 是/否); (None, "") when it is none of them."""
    text = half_width(raw).strip().casefold()
    if text in TRUE_WORDS or text in FALSE_WORDS:
        value = text in TRUE_WORDS
        plain = text in {"1", "0", "是", "否"}
        return value, "" if plain else f"「{raw.strip()}」读作「{'是' if value else '否'}」"
    return None, ""
