"""Import and export through files: lossless round trips, all-or-nothing, located errors, dry runs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kiosk.data import models as m
from kiosk.data.db import open_database
from kiosk.data.exchange import export_file, import_file, read_file
from kiosk.data.store import load_bundle
from kiosk.errors import InvalidImport, UserError
from tests import factories


def _counts(database) -> dict[str, int]:
    with database.session() as session:
        return {
            t.__tablename__: session.scalar(select(func.count()).select_from(t))
            for t in (m.ServiceMatter, m.Material, m.Revision, m.Disclosure, m.StaffMember)
        }


@pytest.mark.parametrize("suffix", [".json", ".xlsx"])
def test_export_then_import_into_an_empty_database_is_lossless(demo_database, tmp_path: Path, suffix: str) -> None:
    exported = tmp_path / f"hall{suffix}"
    original = export_file(demo_database, exported)
    target = open_database(str(tmp_path / "other.sqlite3"))
    import_file(target, exported)
    with target.session() as session:
        assert load_bundle(session) == original
    target.dispose()


def test_json_export_is_readable_utf8_with_format_and_version(sqlite_demo, tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    export_file(sqlite_demo, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "hall-kiosk" and data["version"] == 1
    assert "城乡居民基本养老保险参保登记" in path.read_text(encoding="utf-8")  # not \\u-escaped
    assert {"hall", "disclosures", "themes", "departments", "matters", "windows", "staff", "notices",
            "complaint_channels", "complaint_results"} <= set(data)  # fmt: skip


def _write(path: Path, data: dict) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_wrong_types_and_missing_fields_are_located_and_nothing_changes(database, tmp_path: Path) -> None:
    data = json.loads(factories.bundle().model_dump_json())
    data["matters"][0]["materials"][1]["copies"] = "三"
    del data["matters"][1]["name"]
    data["matters"][1]["type"] = "行政许可证"
    before = _counts(database)
    with pytest.raises(InvalidImport) as caught:
        import_file(database, _write(tmp_path / "bad.json", data))
    where = sorted(p.where for p in caught.value.problems)
    assert where == ["matters[0].materials[1].copies", "matters[1].name", "matters[1].type"]
    assert "应为整数" in str(caught.value)
    assert _counts(database) == before


def test_problems_in_matters_and_elsewhere_come_in_one_run_in_file_order(database, tmp_path: Path) -> None:
    """Matters are checked one by one (to keep the import's memory down): a problem in one matter,
    an unknown theme in a good one and a problem in another part of the file are still all named
    at once, in the order of the file."""
    data = json.loads(factories.bundle(3).model_dump_json())
    data["matters"][0]["themes"] = ["no-such-theme"]  # a valid matter pointing nowhere
    data["matters"][2]["materials"][0]["copies"] = "三"
    data["departments"][0]["name"] = ""  # before the matters in the file
    data["staff"] = [{"code": "S1"}]  # after them, and missing its name
    before = _counts(database)
    with pytest.raises(InvalidImport) as caught:
        import_file(database, _write(tmp_path / "mixed.json", data))
    where = [p.where for p in caught.value.problems]
    assert where[:2] == ["departments[0].name", "matters[2].materials[0].copies"]
    assert "matters[0].themes[0]" in where and any(w.startswith("staff[0]") for w in where)
    assert where.index("matters[2].materials[0].copies") < min(i for i, w in enumerate(where) if w.startswith("staff"))
    assert _counts(database) == before


def test_duplicate_codes_are_refused(database, tmp_path: Path) -> None:
    data = json.loads(factories.bundle(3).model_dump_json())
    data["matters"][2]["code"] = data["matters"][0]["code"]
    with pytest.raises(InvalidImport) as caught:
        import_file(database, _write(tmp_path / "dup.json", data))
    assert [p.where for p in caught.value.problems] == ["matters[2].code"]
    assert _counts(database)["matters"] == 0


def test_a_thousand_rows_with_three_bad_ones_report_exactly_three_and_change_nothing(database, tmp_path) -> None:
    data = json.loads(factories.bundle(1).model_dump_json())
    material = data["matters"][0]["materials"][0]
    data["matters"][0]["materials"] = [dict(material, name=f"材料{i}") for i in range(1000)]
    data["matters"][0]["materials"][17]["copies"] = -1
    data["matters"][0]["materials"][500]["necessity"] = "随便"
    data["matters"][0]["materials"][999]["name"] = ""
    before = _counts(database)
    with pytest.raises(InvalidImport) as caught:
        import_file(database, _write(tmp_path / "big.json", data))
    assert sorted(p.where for p in caught.value.problems) == [
        "matters[0].materials[17].copies",
        "matters[0].materials[500].necessity",
        "matters[0].materials[999].name",
    ]
    assert _counts(database) == before


def test_dry_run_checks_everything_and_writes_nothing(database, tmp_path: Path) -> None:
    path = _write(tmp_path / "ok.json", json.loads(factories.bundle().model_dump_json()))
    report = import_file(database, path, dry_run=True)
    assert report.created["matter"] == 2
    assert _counts(database)["matters"] == 0


def test_reference_errors_found_against_the_database_are_reported(database, tmp_path: Path) -> None:
    data = json.loads(factories.bundle().model_dump_json())
    data["matters"][0]["themes"] = ["no-such-theme"]
    with pytest.raises(InvalidImport) as caught:
        import_file(database, _write(tmp_path / "ref.json", data))
    assert [p.where for p in caught.value.problems] == ["matters[0].themes[0]"]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("a.json", b"{not json", "JSON"),
        ("a.json", b"\xff\xfe\x00garbage", "UTF-8"),
        ("a.json", b'{"format": "other"}', "hall-kiosk"),
        ("a.csv", b"x", ".json"),
    ],
)
def test_unreadable_files_get_one_clear_message(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(UserError, match=message):
        read_file(path)


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda d: d["hall"]["boards"].append(dict(d["hall"]["boards"][0])), "hall.boards"),
        (lambda d: d["matters"][0]["themes"].append(d["matters"][0]["themes"][0]), "matters[0]"),
        (lambda d: d["hall"]["logo"].update(data_base64="not base64!"), "hall.logo.data_base64"),
        (lambda d: d["complaint_channels"].append(dict(d["complaint_channels"][0])), "complaint_channels[1].label"),
    ],
    ids=["duplicate-board", "duplicate-theme", "bad-base64", "duplicate-channel"],
)
def test_inconsistent_files_get_a_located_message_not_a_crash(database, tmp_path: Path, change, where) -> None:
    data = json.loads(factories.bundle().model_dump_json())
    change(data)
    with pytest.raises(InvalidImport) as caught:
        import_file(database, _write(tmp_path / "bad.json", data))
    assert [p.where for p in caught.value.problems] == [where]
    assert _counts(database)["matters"] == 0


def test_a_window_with_an_offset_on_one_end_compares_with_the_other(tmp_path: Path) -> None:
    data = json.loads(factories.bundle().model_dump_json())
    data["notices"][0].update(publish_from="2026-01-01T08:00:00+08:00", publish_until="2026-02-01T08:00:00")
    bundle, _ = read_file(_write(tmp_path / "tz.json", data))
    assert bundle.notices[0].publish_from.tzinfo is None
