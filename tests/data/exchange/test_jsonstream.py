"""The kiosk's own JSON read a matter at a time: the same documents, the same located problems and the
same messages for broken files as reading it whole, whatever the blocks the file is read in."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.data.exchange import detect, jsonfile, jsonstream
from kiosk.data.exchange.jsonstream import JsonStream, NotStreamable
from kiosk.data.schema import MatterDoc
from kiosk.errors import InvalidImport
from tests import factories


@pytest.fixture
def tiny_blocks(monkeypatch):
    """Blocks of 7 bytes: every value, string, number and UTF-8 sequence is cut somewhere."""
    monkeypatch.setattr(jsonstream, "BLOCK", 7)


def _streamed(raw: bytes) -> dict[str, Any]:
    stream = JsonStream(io.BytesIO(raw))
    out: dict[str, Any] = {}
    for key in stream.members():
        out[key] = list(stream.items()) if stream.starts_array() else stream.value()
    return out


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=150, deadline=None)
@given(
    data=st.dictionaries(st.text(max_size=8), JSON_VALUES, max_size=5),
    indent=st.sampled_from([None, 2]),
    block=st.integers(min_value=1, max_value=16),
)
def test_a_streamed_object_equals_json_loads_with_any_blocks(data: dict[str, Any], indent, block: int) -> None:
    raw = json.dumps(data, ensure_ascii=False, indent=indent).encode()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(jsonstream, "BLOCK", block)
        assert _streamed(raw) == json.loads(raw)


def test_a_byte_order_mark_numbers_and_escapes_across_blocks(tiny_blocks) -> None:
    raw = '\ufeff {"n": 1234567890123, "f": -1.5e-7, "s": "甲\\"乙\\u4e19\\n", "a": [true, null, [], {}]}\n'
    assert _streamed(raw.encode()) == json.loads(raw[1:])


@pytest.mark.parametrize(
    "raw",
    [
        b'{"a": [1, 2,]}',  # a syntax error inside an array
        b'{"a": 1} {"b": 2}',  # something after the object
        b'{"a": "\xff\xfe"}',  # not UTF-8
        b"[1, 2]",  # not an object
        b'{"a": 1',  # cut off
        b"",
    ],
    ids=["syntax", "extra-data", "not-utf8", "array", "truncated", "empty"],
)
def test_what_json_loads_refuses_is_not_streamed(tiny_blocks, raw: bytes) -> None:
    with pytest.raises(NotStreamable):
        _streamed(raw)


def _export(n: int) -> dict[str, Any]:
    """An export of ``n`` matters (a few hundred KB), as ``json.loads`` gives it."""
    bundle = factories.bundle(2)
    base = bundle.matters[1]
    bundle.matters += [base.model_copy(update={"code": f"X{i:04d}", "name": f"事项{i}"}) for i in range(n)]
    return json.loads(bundle.model_dump_json())


def _write(path: Path, data: Any, indent: int | None = 2) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=indent), encoding="utf-8")
    return path


def _read_whole(path: Path) -> Any:
    return jsonfile.read(path, parsed=json.loads(path.read_text(encoding="utf-8")))


def _problems(read, path: Path) -> list[tuple[str, str]]:
    with pytest.raises(InvalidImport) as caught:
        read(path)
    return [(p.where, p.message) for p in caught.value.problems]


def test_a_large_export_streamed_gives_the_same_documents(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(jsonstream, "BLOCK", 4096)  # the file is read in some hundred blocks
    path = _write(tmp_path / "export.json", _export(300))
    assert path.stat().st_size > 100 * jsonstream.BLOCK
    streamed, _ = jsonfile.read(path)
    whole, _ = _read_whole(path)
    assert streamed == whole and len(streamed.matters) == 302


def test_a_large_export_streamed_names_the_same_problems_in_the_same_order(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(jsonstream, "BLOCK", 4096)
    data = _export(300)
    data["departments"][0]["name"] = ""  # before the matters
    data["matters"][7]["materials"][0]["copies"] = "三"
    del data["matters"][150]["name"]
    data["matters"][299]["type"] = "行政许可证"
    data["staff"] = [{"code": "S1"}]  # after them
    path = _write(tmp_path / "bad.json", data)
    found = _problems(jsonfile.read, path)
    assert found == _problems(_read_whole, path)
    assert [where for where, _ in found[:4]] == [
        "departments[0].name",
        "matters[7].materials[0].copies",
        "matters[150].name",
        "matters[299].type",
    ]


def test_each_matter_is_cleaned_by_its_index_just_before_it_is_checked(tmp_path: Path) -> None:
    seen: list[tuple[int, str]] = []
    path = _write(tmp_path / "export.json", _export(3))
    bundle, _ = jsonfile.read(path, lambda i, matter: seen.append((i, matter["code"])))
    assert seen == [(i, m.code) for i, m in enumerate(bundle.matters)]


@pytest.mark.parametrize(
    "change",
    [
        lambda text: text[: len(text) * 2 // 3],  # copied only in part
        lambda text: text.replace('"name": "事项200"', '"name": "事项200",,', 1),  # a syntax error far in
    ],
    ids=["truncated", "syntax-error"],
)
def test_a_broken_file_gets_the_message_reading_it_whole_gives(tmp_path: Path, monkeypatch, change) -> None:
    monkeypatch.setattr(jsonstream, "BLOCK", 4096)
    text = json.dumps(_export(300), ensure_ascii=False, indent=2)
    path = tmp_path / "broken.json"
    path.write_text(change(text), encoding="utf-8")
    [(where, message)] = _problems(jsonfile.read, path)
    with pytest.raises(json.JSONDecodeError) as syntax:
        json.loads(change(text))
    assert f"第{syntax.value.lineno}行第{syntax.value.colno}列" in where + message


def test_a_truncated_export_says_it_is_incomplete(tmp_path: Path) -> None:
    text = json.dumps(_export(5), ensure_ascii=False, indent=2)
    path = tmp_path / "part.json"
    path.write_text(text[:-4000], encoding="utf-8")
    [(where, message)] = _problems(jsonfile.read, path)
    assert where == "part.json" and message.startswith("JSON 不完整") and "截断" in message


def test_matters_before_format_are_read_whole_with_the_same_outcome(tmp_path: Path) -> None:
    data = _export(3)
    reordered = {"matters": data.pop("matters"), **data}
    path = _write(tmp_path / "reordered.json", reordered)
    streamed, _ = jsonfile.read(path)
    assert streamed == _read_whole(path)[0]
    assert _problems(jsonfile.read, _write(tmp_path / "other.json", {"matters": [], "format": "other"})) == [
        ("format", '不是大厅信息导出文件(缺少 "format": "hall-kiosk")')
    ]


def test_matters_given_twice_count_as_json_loads_counts_them(tmp_path: Path) -> None:
    data = _export(2)
    text = json.dumps(data, ensure_ascii=False)
    twice = text[:-1] + ', "matters": ' + json.dumps(data["matters"][:1], ensure_ascii=False) + "}"
    path = tmp_path / "twice.json"
    path.write_text(twice, encoding="utf-8")
    bundle, _ = jsonfile.read(path)
    assert [m.code for m in bundle.matters] == [data["matters"][0]["code"]]


def test_an_export_is_recognised_by_its_first_member_and_not_parsed_while_detecting(tmp_path: Path) -> None:
    path = _write(tmp_path / "export.json", _export(3))
    shape = detect.detect(path)
    assert shape.kind == "json" and shape.parsed is None
    reordered = _write(tmp_path / "reordered.json", {"version": 1, **_export(3)})
    shape = detect.detect(reordered)
    assert shape.kind == "json" and isinstance(shape.parsed, dict)  # recognised as before, parsed whole
    assert all(isinstance(m, MatterDoc) for m in jsonfile.read(reordered, parsed=shape.parsed)[0].matters)
