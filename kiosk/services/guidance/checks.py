"""Quality checks of an 一件事 bundle against the matters it is made of.

Two levels, as for matters: ``reference_problems`` are what an import refuses (a matter, 情形,
option or material the bundle names does not exist), ``check_bundle`` adds what publishing
refuses: a matter that is withdrawn or not in effect (the merged list would send residents to a
matter the hall no longer does), a shared question linked to nothing, and a 情形 of a matter that
no shared question or preset answers (the merged list could not be exact). The editor shows the
problems next to the field they concern as the admin types. Pure functions; no database, no Qt.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from kiosk.data.schema import MatterDoc, ServiceBundleDoc
from kiosk.services.guidance.bundles import is_multiple, material_key
from kiosk.services.quality import RuleViolation


def reference_problems(bundle: ServiceBundleDoc, matters: Mapping[str, MatterDoc | None]) -> list[RuleViolation]:
    """Matters, 情形, options and materials the bundle names but that do not exist."""
    problems: list[RuleViolation] = []

    def fail(field: str, message: str) -> None:
        problems.append(RuleViolation(field, message))

    for code in bundle.matters:
        if matters.get(code) is None:
            fail("matters", f"没有编码为 {code!r} 的事项")
    questions = {q.code: q for q in bundle.questions}
    for i, link in enumerate(bundle.links, start=1):
        matter, question = matters.get(link.matter), questions.get(link.question)
        if matter is None or question is None:
            continue
        scenario = next((s for s in matter.scenarios if s.code == link.scenario), None)
        if scenario is None:
            fail("links", f"第{i}条对应:事项「{matter.name}」没有编码为 {link.scenario!r} 的情形")
            continue
        wanted = link.options or question.options
        wrong = [o for o in wanted if o not in scenario.options]
        if wrong:
            fail(
                "links",
                f"第{i}条对应:事项「{matter.name}」的情形「{scenario.question}」没有选项「{'、'.join(wrong)}」"
                f"(可选:{'、'.join(scenario.options)};选项不同时请在「对应选项」中逐一写出)",
            )
        if question.multiple and not is_multiple(scenario):
            fail("links", f"第{i}条对应:多选问题「{question.question}」不能对应单选情形「{scenario.question}」")
    for i, preset in enumerate(bundle.presets, start=1):
        matter = matters.get(preset.matter)
        if matter is None:
            continue
        scenario = next((s for s in matter.scenarios if s.code == preset.scenario), None)
        if scenario is None:
            fail("presets", f"第{i}个预设:事项「{matter.name}」没有编码为 {preset.scenario!r} 的情形")
        elif preset.answer not in scenario.options:
            fail("presets", f"第{i}个预设:情形「{scenario.question}」没有选项「{preset.answer}」")
    for field, rows in (("same_materials", bundle.same_materials), ("waived", bundle.waived)):
        for row in rows:
            matter = matters.get(row.matter)
            if matter is not None and all(material_key(m.name) != material_key(row.material) for m in matter.materials):
                fail(field, f"事项「{matter.name}」没有名为「{row.material}」的材料")
    return problems


def check_bundle(
    bundle: ServiceBundleDoc, matters: Mapping[str, MatterDoc | None], live: Collection[str]
) -> list[RuleViolation]:
    """Every problem that keeps ``bundle`` from being published (empty: it may be).

    ``matters``: the documents of (at least) the bundle's matters, None for one that does not
    exist; ``live``: codes of the matters residents can open now (published and in effect).
    """
    problems = reference_problems(bundle, matters)
    for code in bundle.matters:
        matter = matters.get(code)
        if matter is not None and code not in live:
            problems.append(RuleViolation("matters", f"事项「{matter.name}」已下架或未生效,含有它的一件事不能发布"))
    linked = {link.question for link in bundle.links}
    for question in bundle.questions:
        if question.code not in linked:
            problems.append(RuleViolation("questions", f"共性问题「{question.question}」没有对应任何事项的情形"))
    answered = {(link.matter, link.scenario) for link in bundle.links}
    answered |= {(preset.matter, preset.scenario) for preset in bundle.presets}
    for code in bundle.matters:
        matter = matters.get(code)
        if matter is None:
            continue
        for scenario in matter.scenarios:
            if (code, scenario.code) not in answered:
                message = f"事项「{matter.name}」的情形「{scenario.question}」没有共性问题或预设答案对应"
                problems.append(RuleViolation("links", message))
    return problems
