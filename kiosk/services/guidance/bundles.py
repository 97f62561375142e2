"""One merged list for an 一件事 bundle: shared answers in, one de-duplicated materials list out.

A resident answers the bundle's shared questions once; each answer is translated into the 情形
answer of every matter it is linked to (``QuestionLinkDoc``), next to the answers the life event
itself settles (``PresetAnswerDoc``). Each matter then lists its materials as its own guide would,
and the lists are merged:

- **The same material** is the same *normalised name* (full-width and half-width forms folded
  by NFKC, spaces and book-title marks 《》 and quotes dropped, ``（）`` as ``()``), or a group the
  admin linked by hand (``SameMaterialDoc``: 申领人居民身份证 and 丧事承办人居民身份证 are one card
  when one family member does both). A link always wins over the name.
- A merged line shows every matter it serves, the **largest 份数**, 原件 and 复印件 combined
  (原件 + 复印件 → 原件和复印件) and the strongest 必要性 (必要 > 容缺后补 > 非必要).
- Materials the bundle waives (``WaivedMaterialDoc``: issued by an earlier matter of the bundle,
  or shared between departments) are left out of the list and named with the reason.

The order to visit is the order of the bundle's matters; consecutive matters at one window are
one stop. No database, no Qt.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from kiosk.data.schema import MaterialDoc, MatterDoc, ScenarioDoc, ServiceBundleDoc, TimeLimit
from kiosk.errors import UserError

# A bundle answer: one option, or several for a question that allows several (``multiple``).
Answer = str | Sequence[str]
NECESSITY_RANK = {"必要": 3, "容缺后补": 2, "非必要": 1}
_DROPPED = re.compile(r"[\s《》〈〉「」『』“”\"'‘’]")


def options_of(answer: Answer) -> tuple[str, ...]:
    """An answer as the options it names (a single answer is one option)."""
    return (answer,) if isinstance(answer, str) else tuple(answer)


def material_key(name: str) -> str:
    """The name two materials share when they are the same paper: 《居民户口簿》 = 居民户口簿 = 居民户口簿 ."""
    folded = unicodedata.normalize("NFKC", name)
    return _DROPPED.sub("", folded).replace("（", "(").replace("）", ")").lower()


def is_multiple(scenario: ScenarioDoc) -> bool:
    """Whether a matter's 情形 takes several answers (``ScenarioDoc.multiple``, where the schema has it)."""
    return bool(getattr(scenario, "multiple", False))


def check_bundle_answers(bundle: ServiceBundleDoc, answers: Mapping[str, Answer]) -> dict[str, Answer]:
    """Answers keyed by question code (a question may also be named by its text); unknown → ``UserError``."""
    by_code = {q.code: q for q in bundle.questions}
    by_text = {q.question: q for q in bundle.questions}
    checked: dict[str, Answer] = {}
    for key, answer in answers.items():
        question = by_code.get(key) or by_text.get(key)
        if question is None:
            known = "、".join(f"{q.code}({q.question})" for q in bundle.questions) or "(无)"
            raise UserError(f"一件事「{bundle.name}」没有问题 {key!r};可回答的问题:{known}")
        chosen = options_of(answer)
        wrong = [o for o in chosen if o not in question.options]
        if wrong:
            raise UserError(f"问题「{question.question}」没有选项 {wrong[0]!r};可选:{'、'.join(question.options)}")
        if not question.multiple and len(chosen) != 1:
            raise UserError(f"问题「{question.question}」只能选一项")
        checked[question.code] = list(chosen) if question.multiple else chosen[0]
    return checked


def matter_answers(bundle: ServiceBundleDoc, matter: MatterDoc, answers: Mapping[str, Answer]) -> dict[str, Answer]:
    """The 情形 answers of one matter of the bundle: its presets, then the shared answers linked to it."""
    scenarios = {s.code: s for s in matter.scenarios}
    questions = {q.code: q for q in bundle.questions}
    result: dict[str, Answer] = {}

    def put(code: str, chosen: Sequence[str]) -> None:
        scenario = scenarios.get(code)
        if scenario is None or not chosen:
            return
        result[code] = list(chosen) if is_multiple(scenario) else chosen[0]

    for preset in bundle.presets:
        if preset.matter == matter.code:
            put(preset.scenario, [preset.answer])
    for link in bundle.links:
        question = questions.get(link.question)
        if link.matter != matter.code or question is None or link.question not in answers:
            continue
        chosen = [o for o in options_of(answers[link.question]) if o in question.options]
        if link.options:
            chosen = [link.options[question.options.index(o)] for o in chosen]
        put(link.scenario, chosen)
    return result


@dataclass(frozen=True)
class MergedMaterial:
    """One line of the merged list: a material and every matter of the bundle that needs it."""

    name: str
    material: MaterialDoc  # the first occurrence, for the details a line shows (form, source, forms)
    original_or_copy: str
    copies: int
    necessity: str
    serves: tuple[str, ...]  # matter codes, in the bundle's order
    numbers: tuple[tuple[str, int], ...]  # (matter code, the material's number in that guide)


@dataclass(frozen=True)
class WaivedLine:
    """A material the resident need not bring, and why."""

    name: str
    matter: str
    reason: str


@dataclass(frozen=True)
class BundleStep:
    """A matter of the bundle with the answers it got and the materials it needs."""

    matter: MatterDoc
    answers: dict[str, Answer]
    materials: tuple[tuple[int, MaterialDoc], ...]


@dataclass(frozen=True)
class VisitStop:
    """A window to go to, and the matters done there (consecutive matters at one window are one stop)."""

    window: str
    matters: tuple[str, ...]


@dataclass(frozen=True)
class MergedBundle:
    """What the bundle screen, the checklist and the staff notice show for one set of answers."""

    bundle: ServiceBundleDoc
    answers: dict[str, Answer]
    steps: tuple[BundleStep, ...]
    materials: tuple[MergedMaterial, ...]
    waived: tuple[WaivedLine, ...]
    stops: tuple[VisitStop, ...]
    unanswered: tuple[str, ...] = field(default=())  # codes of shared questions not answered yet

    @property
    def matter_names(self) -> dict[str, str]:
        return {step.matter.code: step.matter.name for step in self.steps}

    def step_number(self, code: str) -> int:
        """A matter's number in the visiting order (1-based)."""
        return next(i for i, step in enumerate(self.steps, start=1) if step.matter.code == code)

    def total_limits(self) -> dict[str, int]:
        """The matters' promised limits added up per unit (one after another: the longest it takes)."""
        totals: dict[str, int] = {}
        for step in self.steps:
            limit = step.matter.promised_limit
            totals[limit.unit] = totals.get(limit.unit, 0) + limit.value
        return totals

    @property
    def promised_limit(self) -> TimeLimit | None:
        """The bundle's own published promise, when it has one."""
        return self.bundle.promised_limit

    def fees(self) -> list[tuple[str, str]]:
        """(matter name, fee statement) of the matters that charge; empty: the bundle costs nothing."""
        return [(s.matter.name, s.matter.fee_statement) for s in self.steps if s.matter.charges]


def _combined_copy(first: str, second: str) -> str:
    kinds = {k for value in (first, second) for k in ("原件", "复印件") if k in value}
    return "原件和复印件" if len(kinds) == 2 else first


class _Line:
    """A merged line while the matters are added to it."""

    def __init__(self, name: str, material: MaterialDoc, code: str, number: int) -> None:
        self.name = name
        self.material = material
        self.original_or_copy: str = material.original_or_copy
        self.copies = material.copies
        self.necessity: str = material.necessity
        self.serves = [code]
        self.numbers = [(code, number)]

    def add(self, code: str, number: int, material: MaterialDoc) -> None:
        self.original_or_copy = _combined_copy(self.original_or_copy, material.original_or_copy)
        self.copies = max(self.copies, material.copies)
        if NECESSITY_RANK.get(material.necessity, 0) > NECESSITY_RANK.get(self.necessity, 0):
            self.necessity = material.necessity
        if code not in self.serves:
            self.serves.append(code)
        self.numbers.append((code, number))

    def merged(self) -> MergedMaterial:
        return MergedMaterial(
            self.name,
            self.material,
            self.original_or_copy,
            self.copies,
            self.necessity,
            tuple(self.serves),
            tuple(self.numbers),
        )


def merge_bundle(
    bundle: ServiceBundleDoc, matters: Mapping[str, MatterDoc], answers: Mapping[str, Answer] | None = None
) -> MergedBundle:
    """The merged list of ``bundle`` for ``answers`` (keyed by question code; checked first).

    ``matters`` must hold every matter of the bundle (the caller hides a bundle whose matter is
    gone: a merged list missing a matter would mislead).
    """
    answers = check_bundle_answers(bundle, answers or {})
    missing = [code for code in bundle.matters if code not in matters]
    if missing:
        raise UserError(f"一件事「{bundle.name}」中的事项 {'、'.join(missing)} 已不再办理")
    linked = {(s.matter, material_key(s.material)): s.name for s in bundle.same_materials}
    waived = {(w.matter, material_key(w.material)): w.reason for w in bundle.waived}
    steps: list[BundleStep] = []
    lines: dict[str, _Line] = {}
    dropped: list[WaivedLine] = []
    for code in bundle.matters:
        matter = matters[code]
        mine = matter_answers(bundle, matter, answers)
        needed = tuple(matter.materials_for(mine))
        steps.append(BundleStep(matter, mine, needed))
        for number, material in needed:
            own = material_key(material.name)
            if (code, own) in waived:
                dropped.append(WaivedLine(material.name, code, waived[(code, own)]))
                continue
            group = linked.get((code, own))
            key = "link:" + group if group is not None else own
            if key in lines:
                lines[key].add(code, number, material)
            else:
                lines[key] = _Line(group or material.name, material, code, number)
    return MergedBundle(
        bundle=bundle,
        answers=dict(answers),
        steps=tuple(steps),
        materials=tuple(line.merged() for line in lines.values()),
        waived=tuple(dropped),
        stops=_stops(steps),
        unanswered=tuple(q.code for q in bundle.questions if q.code not in answers),
    )


def _stops(steps: Sequence[BundleStep]) -> tuple[VisitStop, ...]:
    stops: list[VisitStop] = []
    for step in steps:
        window = step.matter.window
        if stops and stops[-1].window == window and window:
            stops[-1] = VisitStop(window, (*stops[-1].matters, step.matter.code))
        else:
            stops.append(VisitStop(window, (step.matter.code,)))
    return tuple(stops)
