"""Import and export of the hall's content.

Export writes the kiosk's own JSON or Excel. Import reads those and also what a county already
has — the national exchange tables, provincial AUDIT_* JSON, an office spreadsheet — cleaning
and reporting per matter (``pipeline``). Reading a file yields documents or raises
``InvalidImport`` listing every problem with its place (JSON path, sheet/row/column, or table
file and line). Importing is all or nothing: the whole file is saved in one transaction, and a dry
run rolls that transaction back after checking everything the real import would check.

The modules are imported when used: the kiosk shows guides (and cleans their text for display
with ``cleaning``) without loading openpyxl or the importers at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.errors import InvalidImport, UserError

if TYPE_CHECKING:
    from kiosk.data.db import Database
    from kiosk.data.exchange.report import ImportReport
    from kiosk.data.schema import BundleDoc

MAX_FILE_BYTES = 100 * 1024 * 1024
# Steps an import passes through, for a progress display (``progress`` is called with each).
READING, SAVING, COMMITTING = "reading", "saving", "committing"
SUFFIXES = (".json", ".xlsx")

Locate = Callable[[str], str]


def _format(path: Path) -> Any:
    from kiosk.data.exchange import jsonfile, xlsxfile

    formats = {".json": jsonfile, ".xlsx": xlsxfile}
    try:
        return formats[path.suffix.lower()]
    except KeyError:
        raise UserError(f"不支持的文件类型 {path.suffix or '(无扩展名)'}:只能导出为 .json 或 .xlsx") from None


def read_file(path: Path) -> tuple[BundleDoc, Locate]:
    """Read and validate a file in the kiosk's own format (nothing is written anywhere).

    Returns the bundle and a function turning a JSON path inside it into a place in the file
    (for a spreadsheet: sheet, row and column), for problems found later against the database.
    """
    module = _format(path)
    if not path.is_file():
        raise UserError(f"找不到文件 {path}")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise UserError(f"文件过大({size // 1024 // 1024} MB),上限 {MAX_FILE_BYTES // 1024 // 1024} MB")
    result: tuple[BundleDoc, Locate] = module.read(path)
    return result


def import_file(
    database: Database,
    path: Path,
    *,
    dry_run: bool = False,
    actor: str = "cli",
    progress: Callable[[str], None] | None = None,
    **options: Any,
) -> ImportReport:
    """Import ``path`` — any shape ``detect`` knows — all or nothing; see ``pipeline.import_any``.

    Returns the report, which is also a ``SaveReport`` (the counts of new / changed / unchanged).
    """
    from kiosk.data.exchange.pipeline import import_any

    return import_any(database, path, dry_run=dry_run, actor=actor, progress=progress, **options)


def export_file(database: Database, path: Path) -> BundleDoc:
    """Write everything to ``path`` (format from the extension); returns what was written."""
    from kiosk.data.store import load_bundle

    module = _format(path)
    with database.session() as session:
        bundle = load_bundle(session)
    tmp = path.with_name(path.name + ".part")
    try:
        module.write(bundle, tmp)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(f"无法写入 {path}: {exc.strerror}") from None
    return bundle


__all__ = ["COMMITTING", "READING", "SAVING", "InvalidImport", "export_file", "import_file", "read_file"]
