"""The generic form gives back exactly what it was given, for every kind of content, files and dates included."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import BaseModel

from kiosk.data.content_kinds import KINDS
from kiosk.data.repository import ContentRepository
from kiosk.data.schema import NoticeDoc
from kiosk.screens.admin.content import form_config
from kiosk.widgets.doc_form import DocForm
from tests import factories


def _examples() -> list[tuple[str, BaseModel]]:
    bundle = factories.bundle()
    notice = NoticeDoc(
        key="n1", title="通知", publish_from=dt.datetime(2026, 1, 5, 8, 30), publish_until=dt.datetime(2026, 2, 1)
    )
    return [
        ("hall", bundle.hall),
        ("matter", bundle.matters[0]),
        ("matter", bundle.matters[1].model_copy(update={"effective_from": dt.date(2026, 3, 1)})),
        ("disclosure", bundle.disclosures[1]),
        ("notice", notice),
        ("theme", bundle.themes[0]),
        ("department", bundle.departments[0]),
        ("window", bundle.windows[0]),
        ("staff", bundle.staff[0]),
        ("complaint_channel", bundle.complaint_channels[0]),
    ]


@pytest.mark.parametrize(("entity", "doc"), _examples(), ids=[f"{e}-{i}" for i, (e, _) in enumerate(_examples())])
def test_a_document_comes_back_unchanged_from_the_form(qtbot, sqlite_demo, entity: str, doc: BaseModel) -> None:
    form = DocForm(KINDS[entity].doc, form_config(ContentRepository(sqlite_demo)))
    qtbot.addWidget(form)
    form.set_value(doc.model_dump())
    assert KINDS[entity].doc.model_validate(form.value()) == doc


def test_a_new_item_starts_with_the_schema_defaults_and_names_what_is_missing(qtbot, sqlite_demo) -> None:
    from pydantic import ValidationError

    from kiosk.data.field_errors import field_errors
    from kiosk.data.schema import MatterDoc

    form = DocForm(MatterDoc, form_config(ContentRepository(sqlite_demo)))
    qtbot.addWidget(form)
    form.set_value({})
    value = form.value()
    assert value["fee_statement"] == "不收费" and value["visits"] == 1 and value["service_objects"] == ["自然人"]
    with pytest.raises(ValidationError) as caught:
        MatterDoc.model_validate(value)
    form.show_errors(field_errors(caught.value, MatterDoc.model_fields))
    assert set(form.errors_shown()) == {"code", "name", "type", "department", "handling_kind"}
