"""Cleaning what real exports carry (数据清洗), and saying what was done.

County data arrives dirty: guides pasted from web pages (``<p>``, ``<br>``, tables, entities
encoded twice such as ``&amp;amp;nbsp;``), control characters from old databases, full-width
spaces and digits, 「。。」, placeholders such as 「无」 or 「/」 in empty fields, test rows
(「ssss」, 「测试」, a name of one character) and the same matter twice. Everything here is a pure
function that returns the cleaned value *and* what it changed, so the import report can tell the
admin, matter by matter, what happened to their data. Cleaning is idempotent: cleaning a
cleaned value changes nothing (an export imported again stays the same).

No database, no Qt.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from html import unescape
from typing import Any

# What a cleaning step is called in the report.
HTML_TAGS = "去掉 HTML 标签"
ENTITIES = "还原 HTML 实体"
CONTROL = "去掉控制字符"
SPACES = "统一全角/特殊空格"
BLANKS = "去掉多余空白"
STOPS = "合并重复的「。」"
PLACEHOLDER = "占位符改为空"
FULL_WIDTH = "全角字母数字改为半角"
YES_NO = "是/否的写法"

TAG = re.compile(r"<\s*/?\s*[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?\s*>|<!--.*?-->", re.S)
ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u200e\u200f\u2028\u2029\ufeff]")
ODD_SPACES = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
RUNS_OF_SPACES = re.compile(r" {2,}")
MANY_NEWLINES = re.compile(r"\n{3,}")
REPEATED_STOPS = re.compile(r"。(?:[ \n]*。)+")
# Anything clean_text would change, found in one scan; most values have none of it.
SUSPECT = re.compile(
    r"[&<\r\n\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]"
    r"| {2}|。[ \n]*。"
)
# A value that only says "nothing here".
PLACEHOLDERS = frozenset(
    {"无", "无。", "暂无", "空", "-", "--", "—", "——", "/", "／", "\\", "null", "none", "n/a", "na", "nil"}
)
FULL_WIDTH_ALNUM = str.maketrans(
    {chr(c): chr(c - 0xFEE0) for c in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B))}
)
FULL_WIDTH_ASCII = str.maketrans({chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)} | {"\u3000": " "})
BLOCK_TAGS = frozenset(
    {"p", "div", "li", "tr", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
     "blockquote", "pre", "dt", "dd", "thead", "tbody"}
)  # fmt: skip
TRUE_WORDS = frozenset({"是", "true", "1", "yes", "y", "√", "✓", "有", "需要"})
FALSE_WORDS = frozenset({"否", "false", "0", "no", "n", "×", "✗", "无", "不需要"})


SCRIPTS = re.compile(r"(?is)<(script|style)\b.*?</\1\s*>|<!--.*?-->")
BREAKS = re.compile(
    r"(?i)<\s*br\s*/?\s*>|<\s*/?\s*(?:" + "|".join(sorted(BLOCK_TAGS, key=len, reverse=True)) + r")\b[^<>]*>"
)
CELLS = re.compile(r"(?i)<\s*/?\s*t[dh]\b[^<>]*>")
ANY_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?\s*>")
LINE_RUNS = re.compile(r"\n[ \t\u3000]*(?:\n[ \t\u3000]*)+")


def _html_to_text(value: str) -> str:
    """The text of an HTML fragment, with a line break where a block or <br> was (regular
    expressions, not a parser: a 5,000-matter export cleans tens of thousands of fragments)."""
    text = SCRIPTS.sub("", value)
    text = BREAKS.sub("\n", text)
    text = CELLS.sub(" ", text)
    text = ANY_TAG.sub("", text)
    text = unescape(text)
    # a block's end and the next one's start are one line break, not a blank line
    return LINE_RUNS.sub("\n", text)


def clean_text(value: str, *, placeholder: bool = True) -> tuple[str, list[str]]:
    """``value`` without markup, entities, control characters and odd spacing; and what changed.

    With ``placeholder`` a value that only says "nothing" (无, -, /) becomes empty; required fields
    (names) keep it, so that the junk check can name the row instead of a missing-field error.
    """
    if not SUSPECT.search(value):  # the common case: nothing to clean (one scan of the text)
        plain = value.strip()
        if placeholder and plain.casefold() in PLACEHOLDERS:
            return "", [PLACEHOLDER]
        return plain, []
    done: list[str] = []
    text = value
    for _ in range(4):  # entities encoded twice or three times: &amp;amp;nbsp; → &amp;nbsp; → &nbsp;
        if not ENTITY.search(text):
            break
        text = unescape(text)
        if ENTITIES not in done:
            done.append(ENTITIES)
    if TAG.search(text):
        text = _html_to_text(text)
        done.append(HTML_TAGS)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if CONTROL_CHARS.search(text):
        text = CONTROL_CHARS.sub("", text)
        done.append(CONTROL)
    if ODD_SPACES.search(text):
        text = ODD_SPACES.sub(" ", text)
        done.append(SPACES)
    tidy = RUNS_OF_SPACES.sub(" ", text)
    if "\n" in tidy:
        tidy = MANY_NEWLINES.sub("\n\n", "\n".join(line.strip() for line in tidy.split("\n")))
    tidy = tidy.strip()
    if tidy != text.strip() and BLANKS not in done:  # spaces inside changed (at the ends: not worth a note)
        done.append(BLANKS)
    text = tidy
    if REPEATED_STOPS.search(text):
        text = REPEATED_STOPS.sub("。", text)
        done.append(STOPS)
    if placeholder and text.casefold() in PLACEHOLDERS:
        text = ""
        done.append(PLACEHOLDER)
    return text, done


def clean_code(value: str) -> tuple[str, list[str]]:
    """A code (事项编码, 部门编码, …): full-width letters, digits and signs half-width, no spaces at the ends.

    「１５」 and 「15」 are the same matter; without this they would be stored as two.
    """
    text, done = clean_text(value, placeholder=False)
    half = text.translate(FULL_WIDTH_ASCII).strip()
    if half != text:
        done.append(FULL_WIDTH)
    return half, done


def half_width(value: str) -> str:
    """Full-width digits and latin letters as ASCII (other characters unchanged)."""
    return value.translate(FULL_WIDTH_ALNUM)


def parse_bool(value: object) -> tuple[bool | None, str]:
    """A yes/no cell or value: (the boolean or None when unreadable, a note when it was not 是/否/true/false)."""
    if isinstance(value, bool):
        return value, ""
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value), ""
    if not isinstance(value, str):
        return None, ""
    word = half_width(value).strip().casefold()
    if word in TRUE_WORDS or word in FALSE_WORDS:
        result = word in TRUE_WORDS
        plain = word in {"是", "否", "true", "false"}
        return result, "" if plain else f"「{value.strip()}」读作「{'是' if result else '否'}」"
    return None, ""


# --- junk ----------------------------------------------------------------------------------------

TEST_WORDS = re.compile(r"(?i)^(?:测试|test|testing|ceshi|demo|示例|样例|asdf|qwer|abc|xxx+|aaa+)$")
NOT_WORDS = re.compile(r"[\s\d\W_]+")
PUNCTUATION = re.compile(r"[\s\W_]+")


@lru_cache(maxsize=65536)
def junk_reason(name: str) -> str:
    """Why ``name`` looks like a test or junk row (empty when it looks real)."""
    text = name.strip()
    if not text:
        return "名称为空"
    if len(text) == 1:
        return f"名称只有一个字「{text}」"
    letters = NOT_WORDS.sub("", half_width(text))
    if not letters:
        return f"名称「{text}」只有数字或符号"
    if len(set(letters.casefold())) == 1 and len(letters) >= 2:
        return f"名称「{text}」是重复的同一个字,像测试数据"
    if TEST_WORDS.match(letters):
        return f"名称「{text}」是测试字样"
    return ""


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """A matter's name as compared for duplicates: no spaces or punctuation, half-width, case-folded."""
    return PUNCTUATION.sub("", half_width(name)).casefold() or name


# --- whole documents -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Cleaned:
    """One field that cleaning changed: where (a JSON path inside the matter), what was done, and
    the value before (cut short) for the report."""

    path: str
    steps: tuple[str, ...]
    before: str


# Keys of a matter (and of its parts) that hold codes, files, booleans or integers.
CODE_KEYS = frozenset({"code", "department", "key", "board"})
FILE_KEYS = frozenset({"blank_form", "sample_form", "result_sample_file", "logo", "photo"})
BOOL_KEYS = frozenset({"charges", "open_on_holidays", "online", "reducible", "is_sample", "active"})
INT_KEYS = frozenset({"copies", "originals", "photocopies", "visits", "value", "sort"})


@lru_cache(maxsize=16384)
def _clean_cached(value: str, placeholder: bool) -> tuple[str, tuple[str, ...]]:
    """``clean_text`` remembered: exports repeat the same dirty values (a remark, a standard) many times."""
    cleaned, steps = clean_text(value, placeholder=placeholder)
    return cleaned, tuple(steps)


# Text a document requires: a placeholder there stays, so the junk check names the row.
REQUIRED_TEXT = frozenset({"name", "title", "question", "answer", "label"})
TEXT_KIND = "text"
VOCABULARY_KEYS = frozenset(
    {"type", "handling_kind", "unit", "necessity", "kind", "form", "original_or_copy", "source", "status",
     "audience", "cadence", "service_objects"}
)  # fmt: skip
# Keys that are not plain optional text (anything else is TEXT_KIND: cleaned, placeholders emptied).
KEY_KINDS: dict[str, str] = dict.fromkeys(BOOL_KEYS | INT_KEYS | CODE_KEYS | REQUIRED_TEXT | VOCABULARY_KEYS, "other")


def _excerpt(value: object, limit: int = 60) -> str:
    text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def clean_tree(node: Any, path: str = "", found: list[Cleaned] | None = None) -> list[Cleaned]:
    """Clean every string inside a document given as plain data (in place); returns what changed.

    Codes are made half-width, yes/no words read as booleans, full-width digits in numbers made
    ASCII, other text cleaned with ``clean_text``. Attached files are left alone. Written as one
    loop over the dicts rather than a function per value: an import of 5,000 matters cleans
    about half a million values.
    """
    found = [] if found is None else found
    if isinstance(node, dict):
        _clean_dict(node, path, found)
    return found


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _clean_dict(node: dict[str, Any], path: str, found: list[Cleaned]) -> None:
    for key, value in node.items():
        kind = type(value)
        if kind is str:
            cleaned = _clean_string(key, value)
            if cleaned is not value:
                new, steps = cleaned
                if steps:
                    found.append(Cleaned(_join(path, key), tuple(steps), _excerpt(value)))
                node[key] = new
        elif kind is dict:
            if key == "when":
                node[key] = _clean_when(value, _join(path, key), found)
            elif key not in FILE_KEYS:
                _clean_dict(value, _join(path, key), found)
        elif kind is list:
            node[key] = _clean_list(key, value, _join(path, key), found)


def _clean_list(key: str, items: list[Any], where: str, found: list[Cleaned]) -> list[Any]:
    result: list[Any] = []
    for i, item in enumerate(items):
        if isinstance(item, dict):
            _clean_dict(item, f"{where}[{i}]", found)
            result.append(item)
        elif isinstance(item, str):
            cleaned, steps = clean_code(item) if key == "themes" else clean_text(item, placeholder=False)
            if steps:
                found.append(Cleaned(f"{where}[{i}]", tuple(steps), _excerpt(item)))
            if cleaned or key not in ("themes", "service_objects"):
                result.append(cleaned)
        else:
            result.append(item)
    return result


def _clean_when(when: dict[str, Any], where: str, found: list[Cleaned]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for code, options in when.items():
        clean, steps = clean_code(code) if isinstance(code, str) else (code, [])
        if steps:
            found.append(Cleaned(f"{where}.{code}", tuple(steps), _excerpt(code)))
        result[clean] = (
            _clean_list("options", options, f"{where}.{clean}", found) if isinstance(options, list) else options
        )
    return result


def _clean_string(key: str, value: str) -> Any:
    """``value`` itself when nothing changes, else (the new value, the steps)."""
    kind = KEY_KINDS.get(key, TEXT_KIND)
    if kind is TEXT_KIND:  # the common case, first and without a call when the text is clean
        if not SUSPECT.search(value):
            plain = value.strip()
            if plain.casefold() in PLACEHOLDERS:
                return "", [PLACEHOLDER]
            return value if plain == value else (plain, [])
        text, done = _clean_cached(value, True)
        return value if text == value and not done else (text, list(done))
    if key in BOOL_KEYS:
        flag, why = parse_bool(value)
        return value if flag is None else (flag, [f"{YES_NO}:{why}"] if why else [])
    if key in INT_KEYS:
        digits = half_width(value).strip()
        return value if digits == value else (digits, [FULL_WIDTH] if digits != value.strip() else [])
    if key in CODE_KEYS:
        cleaned, steps = clean_code(value)
    else:
        if not SUSPECT.search(value):  # the common case, without a call
            plain = value.strip()
            if plain.casefold() in PLACEHOLDERS and key not in REQUIRED_TEXT and key not in VOCABULARY_KEYS:
                return "", [PLACEHOLDER]
            return value if plain == value else (plain, [])
        cleaned, steps = clean_text(value, placeholder=key not in REQUIRED_TEXT and key not in VOCABULARY_KEYS)
    return value if cleaned == value and not steps else (cleaned, steps)


def describe(path: str, labels: Callable[[str], str]) -> str:
    """A JSON path inside a matter in the admin's words: ``materials[2].name`` → 「材料 3 名称」."""
    words = []
    for name, index in re.findall(r"([a-z_]+)|\[(\d+)\]", path):
        words.append(labels(name) if name else str(int(index) + 1))
    return " ".join(words)


# The guide's fields in the admin's words, for the report (「材料 3 名称」 rather than materials[2].name).
FIELD_WORDS: dict[str, str] = {
    "code": "编码",
    "name": "名称",
    "type": "事项类型",
    "department": "实施主体",
    "service_objects": "服务对象",
    "legal_basis": "设定依据",
    "laws": "法律依据",
    "conditions": "受理条件",
    "steps": "办理流程",
    "title": "步骤",
    "description": "说明",
    "review_standard": "审查标准",
    "handling_kind": "办件类型",
    "legal_limit": "法定办结时限",
    "promised_limit": "承诺办结时限",
    "value": "时限",
    "unit": "单位",
    "note": "说明",
    "charges": "是否收费",
    "fee_statement": "收费标准",
    "fees": "收费项目",
    "standard": "收费标准",
    "basis": "依据",
    "reducible": "可减免",
    "reduction_basis": "减免依据",
    "location": "办理地点",
    "window": "办理窗口",
    "service_windows": "办理窗口",
    "address": "地址",
    "phone": "电话",
    "route": "乘车路线",
    "map_url": "地图链接",
    "hours": "办理时间",
    "open_on_holidays": "节假日办理",
    "consult_phone": "咨询方式",
    "complaint_phone": "监督投诉方式",
    "reconsideration": "行政复议",
    "litigation": "行政诉讼",
    "result_name": "结果名称",
    "result_sample": "结果样本",
    "visits": "到现场次数",
    "visits_reason": "到现场原因",
    "online": "网上办理",
    "online_url": "网办地址",
    "faq": "常见问题",
    "question": "问题",
    "answer": "回答",
    "themes": "主题",
    "scenarios": "情形",
    "options": "选项",
    "materials": "材料",
    "necessity": "必要性",
    "kind": "材料类型",
    "form": "材料形式",
    "original_or_copy": "原件/复印件",
    "copies": "份数",
    "originals": "原件份数",
    "photocopies": "复印件份数",
    "signature": "签字要求",
    "paper_size": "纸质规格",
    "source": "来源渠道",
    "source_note": "来源说明",
    "fill_instructions": "填报须知",
    "acceptance_standard": "受理标准",
    "notes": "备注",
    "when": "适用情形",
    "number": "文号",
    "clause": "条款",
    "text": "条文",
    "effective_from": "生效日期",
    "effective_until": "取消日期",
    "status": "状态",
}


@lru_cache(maxsize=8192)
def field_words(path: str) -> str:
    """``materials[2].name`` → 「材料 3 名称」 (the same paths recur in every matter: computed once)."""
    return describe(path, _word)


def _word(name: str) -> str:
    return FIELD_WORDS.get(name, name)


# --- showing what is already stored ----------------------------------------------------------------

MARKUP = re.compile(
    r"<\s*/?\s*[a-zA-Z]|&(?:#\d|#[xX][0-9a-fA-F]|[a-zA-Z][a-zA-Z0-9]{1,31};)|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]"
)


def markup_free(text: str) -> str:
    """``text`` as plain text to show or print: tags, entities and control characters removed.

    Import cleans; this protects the screens and the paper from what was stored before (or typed
    by hand): 「<p>」 and 「&lt;」 never appear raw to a resident.
    """
    if not MARKUP.search(text):
        return text
    cleaned, _steps = clean_text(text, placeholder=False)
    return cleaned


def _markup_free_tree(node: Any) -> Any:
    if isinstance(node, str):
        return markup_free(node)
    if isinstance(node, list):
        return [_markup_free_tree(v) for v in node]
    if isinstance(node, dict):
        return {k: (v if k in FILE_KEYS else _markup_free_tree(v)) for k, v in node.items()}
    return node


_SHOWN: OrderedDict[int, tuple[Any, Any]] = OrderedDict()  # id(doc) → (doc, for_display(doc)), newest last
_SHOWN_KEPT = 16
_SHOWN_LOCK = threading.Lock()


def for_display(doc: Any) -> Any:
    """A document (a matter) with every text ``markup_free``; the same object when nothing needs it.

    The kiosk hands out the same document while its content is unchanged, and a guide asks this
    on every open and again for its checklist: the answer for the last few documents is kept
    (by identity, documents are not changed once read)."""
    with _SHOWN_LOCK:
        kept = _SHOWN.get(id(doc))
        if kept is not None and kept[0] is doc:
            return kept[1]
    data = doc.model_dump()
    cleaned = _markup_free_tree(data)
    shown = doc if cleaned == data else type(doc).model_validate(cleaned)
    with _SHOWN_LOCK:
        _SHOWN[id(doc)] = (doc, shown)
        _SHOWN[id(shown)] = (shown, shown)
        while len(_SHOWN) > _SHOWN_KEPT:
            _SHOWN.popitem(last=False)
    return shown
