"""Import and export of the hall's content as JSON or Excel.

Reading a file yields a validated ``BundleDoc`` or raises ``InvalidImport`` listing every problem
with its place (JSON path, or sheet/row/column). Importing is all or nothing: the whole file is
saved in one transaction, and a dry run rolls that transaction back after checking everything
the real import would check.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from kiosk.data import audit_log
from kiosk.data.db import Database
from kiosk.data.exchange import jsonfile, xlsxfile
from kiosk.data.schema import BundleDoc
from kiosk.data.store import SaveReport, load_bundle, save_bundle
from kiosk.errors import InvalidImport, Problem, UserError

MAX_FILE_BYTES = 100 * 1024 * 1024
FORMATS = {".json": jsonfile, ".xlsx": xlsxfile}


def _format(path: Path) -> type[object] | object:
    try:
        return FORMATS[path.suffix.lower()]
    except KeyError:
        raise UserError(f"不支持的文件类型 {path.suffix or '(无扩展名)'}:只能导入导出 .json 或 .xlsx") from None


Locate = Callable[[str], str]


def read_file(path: Path) -> tuple[BundleDoc, Locate]:
    """Read and validate an import file (nothing is written anywhere).

    Returns the bundle and a function turning a JSON path inside it into a place in the file
    (for a spreadsheet: sheet, row and column), for problems found later against the database.
    """
    module = _format(path)
    if not path.is_file():
        raise UserError(f"找不到文件 {path}")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise UserError(f"文件过大({size // 1024 // 1024} MB),上限 {MAX_FILE_BYTES // 1024 // 1024} MB")
    return module.read(path)  # type: ignore[attr-defined]


# Steps an import passes through, for a progress display (``progress`` is called with each).
READING, SAVING, COMMITTING = "reading", "saving", "committing"


def import_file(
    database: Database,
    path: Path,
    *,
    dry_run: bool = False,
    actor: str = "cli",
    progress: Callable[[str], None] | None = None,
) -> SaveReport:
    """Import ``path`` all or nothing; with ``dry_run`` check everything and change nothing.

    A real import writes one audit row (action ``import``) in the same transaction as the content.
    """
    step = progress or (lambda _step: None)
    step(READING)
    bundle, locate = read_file(path)
    step(SAVING)
    with database.session() as session:
        try:
            report = save_bundle(session, bundle, action="import", actor=actor)
        except InvalidImport as exc:
            session.rollback()
            raise InvalidImport([Problem(locate(p.where), p.message) for p in exc.problems]) from None
        if dry_run:
            session.rollback()
        else:
            step(COMMITTING)
            audit_log.record(session, actor, "import", "file", path.name, f"{path}: {report.summary()}")
            session.commit()
    return report


def export_file(database: Database, path: Path) -> BundleDoc:
    """Write everything to ``path`` (format from the extension); returns what was written."""
    module = _format(path)
    with database.session() as session:
        bundle = load_bundle(session)
    tmp = path.with_name(path.name + ".part")
    try:
        module.write(bundle, tmp)  # type: ignore[attr-defined]
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(f"无法写入 {path}: {exc.strerror}") from None
    return bundle


__all__ = ["InvalidImport", "export_file", "import_file", "read_file"]
