"""The content sections of the admin console: one editor page per kind of content, and the audit log.

``content_sections`` is what the composition root adds to the console's menu. The order follows
how a hall's admin thinks of the work: service guides first (the bulk of it), then what hangs on
the walls and the notices, supervision, the people, and the hall itself; the audit log last.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kiosk.data.db import Database
from kiosk.data.editing import ContentEditor
from kiosk.data.repository import ContentRepository
from kiosk.data.schema import BoardDoc, FaqDoc, FeeDoc, MaterialDoc, ScenarioDoc, StepDoc, TimeLimit
from kiosk.screens.admin.console import Section
from kiosk.screens.admin.labels import choice_text, labels_for
from kiosk.screens.admin.preview import Previewer
from kiosk.widgets.doc_form import FormConfig
from kiosk.widgets.icons import ICON_DIRS

C = "ContentSections"

# (section key, entity, menu title, searchable)
PAGES: tuple[tuple[str, str, object, bool], ...] = (
    ("matters", "matter", QT_TRANSLATE_NOOP("ContentSections", "Guides (办事指南)"), True),
    ("themes", "theme", QT_TRANSLATE_NOOP("ContentSections", "Themes (主题分类)"), False),
    ("departments", "department", QT_TRANSLATE_NOOP("ContentSections", "Departments (实施部门)"), False),
    ("disclosures", "disclosure", QT_TRANSLATE_NOOP("ContentSections", "Disclosures (政务公开)"), True),
    ("notices", "notice", QT_TRANSLATE_NOOP("ContentSections", "Notices (通知公告)"), True),
    ("pre_disclosures", "pre_disclosure", QT_TRANSLATE_NOOP("ContentSections", "Pre-disclosure (预公开)"), False),
    ("complaint_channels", "complaint_channel", QT_TRANSLATE_NOOP("ContentSections", "Channels (投诉渠道)"), False),
    ("complaint_results", "complaint_result", QT_TRANSLATE_NOOP("ContentSections", "Results (投诉处理结果)"), False),
    ("windows", "window", QT_TRANSLATE_NOOP("ContentSections", "Windows (服务窗口)"), False),
    ("staff", "staff", QT_TRANSLATE_NOOP("ContentSections", "Staff (工作人员)"), True),
    ("hall", "hall", QT_TRANSLATE_NOOP("ContentSections", "Hall (大厅信息)"), False),
)
AUDIT_TITLE = QT_TRANSLATE_NOOP("ContentSections", "Audit log (审计日志)")

# Headings that break the long service-guide form into the parts of the national element set.
MATTER_HEADINGS = {
    "MatterDoc.code": QT_TRANSLATE_NOOP("ContentSections", "Basic information (基本信息)"),
    "MatterDoc.legal_basis": QT_TRANSLATE_NOOP("ContentSections", "Basis and conditions (设定依据与受理条件)"),
    "MatterDoc.handling_kind": QT_TRANSLATE_NOOP("ContentSections", "Time limits (办结时限)"),
    "MatterDoc.charges": QT_TRANSLATE_NOOP("ContentSections", "Fees (收费)"),
    "MatterDoc.location": QT_TRANSLATE_NOOP("ContentSections", "Where and when (办理地点与时间)"),
    "MatterDoc.result_name": QT_TRANSLATE_NOOP("ContentSections", "Result (办理结果)"),
    "MatterDoc.visits": QT_TRANSLATE_NOOP("ContentSections", "Visits and online service (到现场次数与网上办理)"),
    "MatterDoc.effective_from": QT_TRANSLATE_NOOP("ContentSections", "Dates and order (生效日期与排序)"),
}


def _t(text: object) -> str:
    return QCoreApplication.translate(C, str(text))


# What the service loop writes into the audit log besides content (差评 cases, complaints, the calendar).
LOOP_ENTITIES = {
    "rating_case": QT_TRANSLATE_NOOP("ContentSections", "Poor-rating case (差评整改)"),
    "complaint": QT_TRANSLATE_NOOP("ContentSections", "Complaint (投诉登记)"),
    "calendar": QT_TRANSLATE_NOOP("ContentSections", "Working-day calendar (工作日历)"),
    "pre_disclosure_opinions": QT_TRANSLATE_NOOP("ContentSections", "Archived opinions (意见存档)"),
}


def entity_names() -> dict[str, str]:
    """Content kinds by the names the menu gives them, and the service loop's records (for the audit log)."""
    names = {entity: _t(title) for _key, entity, title, _search in PAGES}
    names.update({entity: _t(title) for entity, title in LOOP_ENTITIES.items()})
    return names


def icon_choices() -> list[tuple[str, str]]:
    """The icons the kiosk has (a theme's tile shows one)."""
    names = {p.stem for folder in ICON_DIRS if folder.is_dir() for p in folder.glob("*.svg")}
    return [(name, name) for name in sorted(names)]


def form_config(content: ContentRepository) -> FormConfig:
    """Where the form's choices come from: the published departments, themes, walls and windows."""

    def boards() -> list[tuple[str, str]]:
        return [(b.code, b.title or b.code) for b in content.boards()]

    return FormConfig(
        labels=labels_for,
        choice_text=choice_text,
        choices={
            "department": lambda: [(d.code, d.name) for d in content.departments()],
            "themes": lambda: [(t.code, t.name) for t in content.themes()],
            "board": boards,
            "window": lambda: [(w.code, w.name) for w in content.windows()],
            "icon": icon_choices,
        },
        free_choices={"window", "icon"},
        # set by publish and archive, or by publishing a plan's decision (预公开意见), not typed here
        hidden={"status", "active", "decision", "opinion_summary", "changes", "decided_on"},
        headings={k: _t(v) for k, v in MATTER_HEADINGS.items()},
        image_fields={"photo", "logo"},
        last=("publish_from", "publish_until", "sort", "is_sample"),
    )


def nested_labels() -> dict[str, str]:
    """Labels of the fields inside list items, for the history view (``materials › 户口簿 › copies``)."""
    merged: dict[str, str] = {}
    for doc in (TimeLimit, StepDoc, FeeDoc, FaqDoc, ScenarioDoc, MaterialDoc, BoardDoc):
        merged.update(labels_for(doc))
    return merged


def content_sections(database: Database, actor: Callable[[], str]) -> list[Section]:
    """Every content editor and the audit log, as console sections (all admin-only).

    ``actor`` names the signed-in admin for revisions and the audit log; it is called at each
    change, so one console can outlive a change of admin.
    """
    from kiosk.screens.admin.audit_page import AuditLogPage
    from kiosk.screens.admin.editor_page import EditorPage, EditorSpec

    content = ContentRepository(database)
    editor = ContentEditor(database)
    previewer = Previewer(content)

    def page(entity: str, title: str, searchable: bool) -> Callable[[], EditorPage]:
        def build() -> EditorPage:
            spec = EditorSpec(entity, title, form_config(content), searchable, nested_labels())
            return EditorPage(spec, editor, actor, previewer)

        return build

    sections = [
        Section(f"content.{key}", _t(title), page(entity, _t(title), searchable))
        for key, entity, title, searchable in PAGES
    ]
    sections.append(Section("content.audit", _t(AUDIT_TITLE), lambda: AuditLogPage(editor, entity_names())))
    return sections
