"""Storing 一件事 bundles and the 智能导办 tree, and the references an import must check for them.

A bundle is kept whole as its document (``ServiceBundle.data``) beside the columns lists need;
the tree is one row. ``store.save_bundle`` calls these inside its transaction and records the
revisions (entities ``bundle`` and ``guidance``), so publishing, importing and restoring treat
them exactly as every other kind of content. The tree's structural check and the bundles'
reference check are pure functions of ``kiosk.services.guidance`` (as the matters' quality rules
are of ``kiosk.services.quality``); an import refuses what they find. No Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from kiosk.data import models as m
from kiosk.data.row_check import BadRow, convert_rows, load_rows
from kiosk.data.schema import BundleDoc, GuidanceDoc, MatterDoc, ServiceBundleDoc
from kiosk.errors import Problem

GUIDANCE_KEY = "guidance"  # the key of the one tree, in revisions and drafts


def bundle_row(doc: ServiceBundleDoc) -> dict[str, Any]:
    return {
        "code": doc.code,
        "name": doc.name,
        "status": doc.status,
        "sort": doc.sort,
        "data": doc.model_dump(mode="json"),
    }


def bundle_doc(row: m.ServiceBundle) -> ServiceBundleDoc:
    return ServiceBundleDoc.model_validate(row.data)


def save_bundles(session: Session, docs: list[ServiceBundleDoc]) -> None:
    """Upsert bundles by code with bulk statements (inside the caller's transaction)."""
    if not docs:
        return
    codes = [d.code for d in docs]
    query = select(m.ServiceBundle.code, m.ServiceBundle.id).where(m.ServiceBundle.code.in_(codes))
    existing = dict(session.execute(query).tuples().all())
    rows = [bundle_row(d) for d in docs]
    new = [r for r in rows if r["code"] not in existing]
    old = [{**r, "id": existing[r["code"]]} for r in rows if r["code"] in existing]
    if new:
        session.execute(insert(m.ServiceBundle), new)
    if old:
        session.execute(update(m.ServiceBundle), old)


def save_guidance(session: Session, doc: GuidanceDoc) -> None:
    """Replace the tree (there is one)."""
    row_id = session.scalar(select(m.GuidanceTree.id).limit(1))
    data = doc.model_dump(mode="json")
    if row_id is None:
        session.execute(insert(m.GuidanceTree), [{"data": data}])
    else:
        session.execute(update(m.GuidanceTree), [{"id": row_id, "data": data}])


def load_bundles(
    session: Session, codes: Iterable[str] | None = None, *, bad: list[BadRow] | None = None
) -> list[ServiceBundleDoc]:
    """Bundles in display order (all of them, or those with ``codes``); with ``bad`` a bundle that
    cannot be read is skipped and reported there (the kiosk), without it it raises (export)."""
    query = select(m.ServiceBundle).order_by(m.ServiceBundle.sort, m.ServiceBundle.code)
    if codes is not None:
        query = query.where(m.ServiceBundle.code.in_(list(codes)))
    if bad is None:
        return [bundle_doc(row) for row in session.scalars(query)]
    return convert_rows(load_rows(session, query, m.ServiceBundle, bad), bundle_doc, "service_bundles", bad)


def load_guidance(session: Session) -> GuidanceDoc | None:
    row = session.scalar(select(m.GuidanceTree).order_by(m.GuidanceTree.id).limit(1))
    return GuidanceDoc.model_validate(row.data) if row is not None else None


def reference_problems(
    session: Session, bundle: BundleDoc, load_matters: Callable[[Session, list[str]], list[MatterDoc]]
) -> list[Problem]:
    """What bundles and the tree in an import name that exists neither in the file nor in the database."""
    from kiosk.services.guidance import checks, tree

    problems: list[Problem] = []
    wanted = {c for b in bundle.bundles for c in b.matters}
    if bundle.guidance is not None:
        wanted |= {c for n in bundle.guidance.nodes for o in n.options for c in o.matters}
    matters: dict[str, MatterDoc | None] = {d.code: d for d in bundle.matters}
    missing = sorted(wanted - matters.keys())
    matters.update({d.code: d for d in load_matters(session, missing)} if missing else {})
    seen: dict[str, int] = {}
    for i, doc in enumerate(bundle.bundles):
        if doc.code in seen:
            problems.append(Problem(f"bundles[{i}].code", f"编码 {doc.code!r} 与第 {seen[doc.code] + 1} 项重复"))
        seen.setdefault(doc.code, i)
        for problem in checks.reference_problems(doc, matters):
            problems.append(Problem(f"bundles[{i}].{problem.field}", problem.message))
    if bundle.guidance is not None:
        known = {b.code: b for b in load_bundles(session)} | {b.code: b for b in bundle.bundles}
        catalogue = tree.Catalogue({c: d for c, d in matters.items() if d is not None}, (), known, ())
        index = {node.code: i for i, node in enumerate(bundle.guidance.nodes)}
        for found in tree.check_tree(bundle.guidance, catalogue, coverage=False):
            if found.kind in tree.STRUCTURAL or found.kind == "empty":
                where = f"guidance.nodes[{index[found.node]}]" if found.node in index else "guidance.nodes"
                problems.append(Problem(where, found.describe()))
    return problems
