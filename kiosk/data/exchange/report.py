"""The import report (导入报告): per matter, what was mapped, cleaned, skipped and why, with the source row.

Every import produces one, whatever the file's shape, on a dry run too. The command line prints
it and writes it with ``--report FILE.html|.csv``; the console's import page shows it as a table.
It extends ``SaveReport`` (counts of new / changed / unchanged items), so every caller that only
wants the summary keeps working. No Qt, no database.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Literal

from kiosk.data.store import SaveReport
from kiosk.errors import UserError

NoteKind = Literal["mapped", "cleaned", "skipped", "draft", "contradiction", "deleted", "warning"]
KIND_LABELS: dict[str, str] = {
    "mapped": "映射",
    "cleaned": "清洗",
    "skipped": "跳过",
    "draft": "转为草稿",
    "contradiction": "矛盾",
    "deleted": "删除",
    "warning": "提示",
}
OUTCOME_LABELS: dict[str, str] = {
    "new": "新增",
    "changed": "更新",
    "unchanged": "无变化",
    "skipped": "跳过",
    "deleted": "已删除",
    "": "",
}
SHAPE_LABELS: dict[str, str] = {
    "json": "本系统 JSON",
    "xlsx": "本系统 Excel",
    "national": "国家标准交换表",
    "audit": "省级 AUDIT_* JSON",
    "sheet": "办公表格(一行一项材料)",
}


@dataclass
class Note:
    """One thing the import did to a matter, or noticed about it."""

    kind: NoteKind
    what: str  # the field or part concerned, in the admin's words (受理条件, 材料 3「身份证」)
    why: str  # what was done and why
    source: str = ""  # where in the file (表/行/列)


@dataclass
class MatterEntry:
    """A matter as the report tells it: where it came from, what became of it, and the notes."""

    code: str
    name: str
    source: str = ""
    raw: str = ""  # the source row, cut short
    outcome: str = ""  # new / changed / unchanged / skipped / deleted
    draft: bool = False  # went in as a draft (a quality rule is broken)
    notes: list[Note] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # guide elements the file lacked (defaults used)

    def add(self, kind: NoteKind, what: str, why: str, source: str = "") -> None:
        self.notes.append(Note(kind, what, why, source))


@dataclass
class ImportReport(SaveReport):
    """Everything one import did; also a ``SaveReport`` (the counts)."""

    path: str = ""
    shape: str = ""
    detected: str = ""  # how the shape was recognised, in one sentence
    dry_run: bool = False
    entries: list[MatterEntry] = field(default_factory=list)
    general: list[Note] = field(default_factory=list)  # notes about the file, not one matter
    mapping: list[tuple[str, str]] = field(default_factory=list)  # source column → field, shown once
    at: dt.datetime = field(default_factory=lambda: dt.datetime.now().replace(microsecond=0))

    def entry(self, code: str, name: str, source: str = "", raw: str = "") -> MatterEntry:
        found = MatterEntry(code, name, source, raw)
        self.entries.append(found)
        return found

    def take_counts(self, saved: SaveReport) -> None:
        """Copy the counts of what ``save_bundle`` did, and each matter's outcome."""
        self.created, self.updated, self.unchanged = saved.created, saved.updated, saved.unchanged
        self.outcomes = saved.outcomes
        outcomes = saved.outcomes.get("matter", {})
        for entry in self.entries:
            if not entry.outcome:
                entry.outcome = outcomes.get(entry.code, "")

    # --- counts ---------------------------------------------------------------------------

    def notes_of(self, kind: str) -> int:
        """How many notes of this kind the report holds (cleaned, skipped, …)."""
        return sum(1 for e in self.entries for n in e.notes if n.kind == kind)

    @property
    def skipped(self) -> list[MatterEntry]:
        return [e for e in self.entries if e.outcome == "skipped"]

    @property
    def drafts(self) -> list[MatterEntry]:
        return [e for e in self.entries if e.draft]

    def headline(self) -> str:
        """One line: the shape, and how many matters went which way."""
        shape = SHAPE_LABELS.get(self.shape, self.shape)
        outcomes: dict[str, int] = {}
        for entry in self.entries:
            outcomes[entry.outcome] = outcomes.get(entry.outcome, 0) + 1
        parts = [f"{OUTCOME_LABELS.get(k, k)} {n}" for k, n in outcomes.items() if k]
        if self.drafts:
            parts.append(f"其中转为草稿 {len(self.drafts)}")
        cleaned = self.notes_of("cleaned")
        if cleaned:
            parts.append(f"清洗 {cleaned} 处")
        return f"{shape}:{len(self.entries)} 个事项({'、'.join(parts) or '无'})"

    # --- rows, for the console table and the CSV ----------------------------------------------

    def rows(self) -> list[list[str]]:
        """[事项编码, 事项名称, 结果, 类别, 项目, 说明, 来源] — one row per note, one per matter without notes."""
        rows: list[list[str]] = []
        for note in self.general:
            rows.append(["", "", "", KIND_LABELS[note.kind], note.what, note.why, note.source])
        for e in self.entries:
            outcome = OUTCOME_LABELS.get(e.outcome, e.outcome) + (
                "(草稿)" if e.draft and e.outcome != "skipped" else ""
            )
            if not e.notes:
                rows.append([e.code, e.name, outcome, "", "", "", e.source])
            for note in e.notes:
                rows.append(
                    [e.code, e.name, outcome, KIND_LABELS[note.kind], note.what, note.why, note.source or e.source]
                )
        return rows

    def lines(self, limit: int = 60) -> list[str]:
        """The report for a terminal: the headline, then each matter's notes (the first ``limit`` lines)."""
        out = [f"识别为:{self.detected}" if self.detected else "", self.headline()]
        for note in self.general:
            out.append(f"  [{KIND_LABELS[note.kind]}] {note.what}:{note.why}")
        body: list[str] = []
        for e in self.entries:
            if not e.notes and not e.draft and e.outcome != "skipped":
                continue
            body.append(f"  {e.code} {e.name}({OUTCOME_LABELS.get(e.outcome, e.outcome)}{',草稿' if e.draft else ''})")
            for note in e.notes:
                where = f" ← {note.source}" if note.source else ""
                body.append(f"    [{KIND_LABELS[note.kind]}] {note.what}:{note.why}{where}")
        if len(body) > limit:
            body = [*body[:limit], f"  … 另有 {len(body) - limit} 行,完整报告请用 --report 文件.html 或 .csv"]
        return [line for line in out if line] + body

    # --- files ----------------------------------------------------------------------------

    HEADERS = ("事项编码", "事项名称", "结果", "类别", "项目", "说明", "来源")

    def to_csv(self) -> str:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow([*self.HEADERS, "原始行"])
        raws = {(e.code, e.name): e.raw for e in self.entries}
        for row in self.rows():
            writer.writerow([*row, raws.get((row[0], row[1]), "")])
        return buffer.getvalue()

    def to_html(self) -> str:
        def cell(text: str) -> str:
            return escape(text).replace("\n", "<br>")

        mode = "试导入(未写入数据库)" if self.dry_run else "导入"
        parts = [
            "<!DOCTYPE html>",
            '<html lang="zh-CN"><head><meta charset="utf-8"><title>导入报告</title>',
            "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;width:100%}"
            "td,th{border:1px solid #999;padding:4px 6px;vertical-align:top;text-align:left}"
            "th{background:#eee}.skipped{color:#a00}.draft{color:#a60}code{white-space:pre-wrap}</style>",
            "</head><body>",
            f"<h1>导入报告:{cell(Path(self.path).name)}</h1>",
            f"<p>{cell(mode)} · {self.at:%Y-%m-%d %H:%M:%S} · 识别为:{cell(self.detected or self.shape)}</p>",
            f"<p><strong>{cell(self.headline())}</strong></p>",
        ]
        if self.mapping:
            parts.append("<h2>字段映射</h2><table><tr><th>来源列</th><th>字段</th></tr>")
            parts += [f"<tr><td>{cell(a)}</td><td>{cell(b)}</td></tr>" for a, b in self.mapping]
            parts.append("</table>")
        if self.general:
            parts.append("<h2>整体说明</h2><ul>")
            parts += [f"<li>[{KIND_LABELS[n.kind]}] {cell(n.what)}:{cell(n.why)}</li>" for n in self.general]
            parts.append("</ul>")
        parts.append("<h2>逐个事项</h2>")
        for e in self.entries:
            css = "skipped" if e.outcome == "skipped" else ("draft" if e.draft else "")
            title = f"{e.code} {e.name}({OUTCOME_LABELS.get(e.outcome, e.outcome)}{',草稿' if e.draft else ''})"
            parts.append(f'<h3 class="{css}">{cell(title)}</h3>')
            if e.source:
                parts.append(f"<p>来源:{cell(e.source)}</p>")
            if e.raw:
                parts.append(f"<p>原始行:<code>{cell(e.raw)}</code></p>")
            if e.notes:
                parts.append("<table><tr><th>类别</th><th>项目</th><th>说明</th><th>来源</th></tr>")
                for n in e.notes:
                    parts.append(
                        f"<tr><td>{KIND_LABELS[n.kind]}</td><td>{cell(n.what)}</td><td>{cell(n.why)}</td>"
                        f"<td>{cell(n.source)}</td></tr>"
                    )
                parts.append("</table>")
        parts.append("</body></html>")
        return "\n".join(parts) + "\n"

    def write(self, path: Path) -> None:
        """Write the report as HTML or CSV (by the extension); CSV with a BOM so Excel reads the Chinese."""
        suffix = path.suffix.lower()
        if suffix in (".html", ".htm"):
            text, encoding = self.to_html(), "utf-8"
        elif suffix == ".csv":
            text, encoding = self.to_csv(), "utf-8-sig"
        else:
            raise UserError(f"报告文件应为 .html 或 .csv,而不是 {path.suffix or '(无扩展名)'}")
        try:
            path.write_text(text, encoding=encoding)
        except OSError as exc:
            raise UserError(f"无法写入报告 {path}: {exc.strerror}") from None
