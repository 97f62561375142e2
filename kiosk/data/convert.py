"""Converting between table rows and documents (``schema.py``).

Reading builds documents from ORM objects; writing turns documents into plain row dicts so the
importer can send them with bulk Core statements. Attachments are the one place where writing
needs the database (to store the file and get its id), so writers take an ``attach`` callback.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from typing import Any, TypeVar

from kiosk.data import models as m
from kiosk.data.schema import (
    BoardDoc,
    ComplaintChannelDoc,
    ComplaintResultDoc,
    DepartmentDoc,
    DisclosureDoc,
    FaqDoc,
    FeeDoc,
    FileDoc,
    HallDoc,
    MaterialDoc,
    MatterDoc,
    NoticeDoc,
    PreDisclosureDoc,
    ScenarioDoc,
    StaffDoc,
    StepDoc,
    ThemeDoc,
    TimeLimit,
    WindowDoc,
)

Attach = Callable[[FileDoc | None], int | None]
FileLookup = Callable[[int | None], FileDoc | None]
D = TypeVar("D")


def file_doc(attachment: m.Attachment | None) -> FileDoc | None:
    if attachment is None:
        return None
    return FileDoc(
        filename=attachment.filename,
        media_type=attachment.media_type,
        data_base64=base64.b64encode(attachment.data).decode("ascii"),
    )


def file_bytes(doc: FileDoc) -> bytes:
    return base64.b64decode(doc.data_base64, validate=True)


# Fields copied one to one between a simple table and its document.
SIMPLE: dict[type[Any], tuple[str, ...]] = {
    BoardDoc: ("code", "title", "sort"),
    ThemeDoc: ("code", "name", "icon", "sort"),
    DepartmentDoc: ("code", "name", "phone", "address", "sort"),
    WindowDoc: ("code", "name", "duties", "phone", "location", "sort"),
    DisclosureDoc: (
        "key",
        "title",
        "body",
        "board",
        "audience",
        "cadence",
        "status",
        "publish_from",
        "publish_until",
        "sort",
    ),
    NoticeDoc: ("key", "title", "body", "cadence", "priority", "status", "publish_from", "publish_until", "sort"),
    ComplaintChannelDoc: ("kind", "label", "value", "note", "sort"),
    ComplaintResultDoc: (
        "key",
        "title",
        "received_on",
        "summary",
        "result",
        "status",
        "publish_from",
        "publish_until",
        "sort",
    ),
    PreDisclosureDoc: (
        "key",
        "title",
        "plan",
        "opinions_until",
        "status",
        "publish_from",
        "publish_until",
        "sort",
        "decision",
        "opinion_summary",
        "changes",
        "decided_on",
    ),
}
HALL_FIELDS = (
    "name",
    "short_name",
    "address",
    "opening_hours",
    "consult_phone",
    "complaint_phone",
    "supervision_phone",
    "email",
    "complaint_box",
    "intro",
    "is_sample",
)
STAFF_FIELDS = ("code", "name", "position", "duties", "window", "phone", "active", "sort")
MATTER_FIELDS = (
    "code",
    "name",
    "type",
    "service_objects",
    "legal_basis",
    "conditions",
    "handling_kind",
    "charges",
    "fee_statement",
    "location",
    "window",
    "hours",
    "open_on_holidays",
    "consult_phone",
    "complaint_phone",
    "result_name",
    "result_sample",
    "visits",
    "visits_reason",
    "online",
    "online_url",
    "effective_from",
    "effective_until",
    "status",
    "is_sample",
    "sort",
)
MATERIAL_FIELDS = (
    "name",
    "necessity",
    "kind",
    "form",
    "original_or_copy",
    "copies",
    "paper_size",
    "source",
    "source_note",
    "fill_instructions",
    "acceptance_standard",
    "basis",
    "notes",
)
FEE_FIELDS = ("name", "standard", "basis", "reducible", "reduction_basis")


def simple_doc(doc_type: type[D], row: Any) -> D:
    return doc_type(**{f: getattr(row, f) for f in SIMPLE[doc_type]})


def simple_row(doc: Any) -> dict[str, Any]:
    return {f: getattr(doc, f) for f in SIMPLE[type(doc)]}


def hall_doc(hall: m.Hall, boards: list[m.Board], files: FileLookup) -> HallDoc:
    return HallDoc(
        **{f: getattr(hall, f) for f in HALL_FIELDS},
        logo=files(hall.logo_id),
        boards=[simple_doc(BoardDoc, b) for b in boards],
    )


def hall_row(doc: HallDoc, attach: Attach) -> dict[str, Any]:
    return {**{f: getattr(doc, f) for f in HALL_FIELDS}, "logo_id": attach(doc.logo)}


def staff_doc(row: m.StaffMember, files: FileLookup) -> StaffDoc:
    return StaffDoc(**{f: getattr(row, f) for f in STAFF_FIELDS}, photo=files(row.photo_id))


def staff_row(doc: StaffDoc, attach: Attach) -> dict[str, Any]:
    return {**{f: getattr(doc, f) for f in STAFF_FIELDS}, "photo_id": attach(doc.photo)}


def matter_doc(row: m.ServiceMatter, files: FileLookup) -> MatterDoc:
    return MatterDoc(
        **{f: getattr(row, f) for f in MATTER_FIELDS},
        department=row.department.code,
        legal_limit=TimeLimit(value=row.legal_limit_value, unit=row.legal_limit_unit, note=row.legal_limit_note),
        promised_limit=TimeLimit(
            value=row.promised_limit_value, unit=row.promised_limit_unit, note=row.promised_limit_note
        ),
        result_sample_file=files(row.result_sample_file_id),
        steps=[StepDoc(title=s.title, description=s.description) for s in row.steps],
        fees=[FeeDoc(**{f: getattr(fee, f) for f in FEE_FIELDS}) for fee in row.fees],
        faq=[FaqDoc(question=q.question, answer=q.answer) for q in row.faq],
        themes=[t.code for t in row.themes],
        scenarios=[ScenarioDoc(code=s.code, question=s.question, options=list(s.options)) for s in row.scenarios],
        materials=[
            MaterialDoc(
                **{f: getattr(mat, f) for f in MATERIAL_FIELDS},
                blank_form=files(mat.blank_form_id),
                sample_form=files(mat.sample_form_id),
                when={k: list(v) for k, v in mat.when.items()},
            )
            for mat in row.materials
        ],
    )


def matter_row(doc: MatterDoc, department_id: int, attach: Attach, search_text: str) -> dict[str, Any]:
    row = {f: getattr(doc, f) for f in MATTER_FIELDS}
    row.update(
        department_id=department_id,
        legal_limit_value=doc.legal_limit.value,
        legal_limit_unit=doc.legal_limit.unit,
        legal_limit_note=doc.legal_limit.note,
        promised_limit_value=doc.promised_limit.value,
        promised_limit_unit=doc.promised_limit.unit,
        promised_limit_note=doc.promised_limit.note,
        result_sample_file_id=attach(doc.result_sample_file),
        search_text=search_text,
    )
    return row


def matter_children(doc: MatterDoc, matter_id: int, attach: Attach) -> dict[str, list[dict[str, Any]]]:
    """Rows of every child table of one matter, keyed by table name."""
    return {
        "fee_items": [
            {"matter_id": matter_id, "sort": i, **{f: getattr(fee, f) for f in FEE_FIELDS}}
            for i, fee in enumerate(doc.fees)
        ],
        "procedure_steps": [
            {"matter_id": matter_id, "sort": i, "title": s.title, "description": s.description}
            for i, s in enumerate(doc.steps)
        ],
        "faq_items": [
            {"matter_id": matter_id, "sort": i, "question": q.question, "answer": q.answer}
            for i, q in enumerate(doc.faq)
        ],
        "scenarios": [
            {"matter_id": matter_id, "sort": i, "code": s.code, "question": s.question, "options": s.options}
            for i, s in enumerate(doc.scenarios)
        ],
        "materials": [
            {
                "matter_id": matter_id,
                "sort": i,
                **{f: getattr(mat, f) for f in MATERIAL_FIELDS},
                "blank_form_id": attach(mat.blank_form),
                "sample_form_id": attach(mat.sample_form),
                "when": mat.when,
            }
            for i, mat in enumerate(doc.materials)
        ],
    }
