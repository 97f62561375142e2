"""The 智能导办 question tree: walking it, and checking it before it reaches a resident.

The tree is content (``GuidanceDoc``): questions with large-button options, each option leading
to the next question, to an 一件事 bundle, or to a short list of matters, and optionally setting
情形 answers (「agent=是」) on what the path ends at. It starts at its first question.

``check_tree`` lists every problem an admin must fix before publishing it, the same list the
console's check shows: dead ends (a question without options, an option leading nowhere or to a
question that does not exist), loops, paths longer than ``MAX_LEVELS`` questions, questions no
path reaches, targets that do not exist or are withdrawn, answers that fit nothing below them,
and matters residents can open that no path reaches (directly or inside a bundle it reaches).
The kiosk walks the tree with ``follow`` and never trusts it blindly: it stops at the level limit
and skips options whose targets are gone. Pure functions; no database, no Qt.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from kiosk.data.schema import GuidanceDoc, GuideNodeDoc, GuideOptionDoc, MatterDoc, ServiceBundleDoc
from kiosk.services.guidance.bundles import Answer, is_multiple

MAX_LEVELS = 5  # questions on any path, the start included

ProblemKind = Literal[
    "empty",
    "dead_end",
    "ambiguous",
    "unknown_next",
    "unknown_matter",
    "unknown_bundle",
    "withdrawn",
    "loop",
    "too_deep",
    "unreachable_question",
    "unreachable_matter",
    "bad_answer",
]
# Problems an import refuses; the others depend on what else is published and are shown by the check.
STRUCTURAL: frozenset[str] = frozenset(
    {"dead_end", "ambiguous", "unknown_next", "unknown_matter", "unknown_bundle", "loop", "too_deep", "bad_answer"}
)


@dataclass(frozen=True)
class TreeProblem:
    """One problem of the tree: what kind, at which question (code; '' for the whole tree), in words."""

    kind: ProblemKind
    node: str
    message: str

    def describe(self) -> str:
        return f"[{self.node}] {self.message}" if self.node else self.message


@dataclass(frozen=True)
class Catalogue:
    """What the tree may point at: every matter and bundle that exists, and those residents can open."""

    matters: Mapping[str, MatterDoc]
    live_matters: Collection[str]
    bundles: Mapping[str, ServiceBundleDoc] = field(default_factory=dict)
    live_bundles: Collection[str] = ()


def parse_answer(text: str) -> tuple[str, str]:
    """「情形编码=选项」 as (code, option)."""
    code, _, option = text.partition("=")
    return code.strip(), option.strip()


@dataclass(frozen=True)
class Destination:
    """Where a path of the tree ends: a bundle, or matters; and the 情形 answers set on the way."""

    bundle: str
    matters: tuple[str, ...]
    answers: tuple[tuple[str, str], ...] = ()  # (情形 code, option) in the order they were set

    def _chosen(self) -> dict[str, list[str]]:
        chosen: dict[str, list[str]] = {}
        for code, option in self.answers:
            chosen.setdefault(code, []).append(option)
        return chosen

    def answers_for_matter(self, matter: MatterDoc) -> dict[str, Answer]:
        """The answers that fit ``matter``'s 情形 (its code and one of its options); the last one set wins."""
        result: dict[str, Answer] = {}
        for scenario in matter.scenarios:
            options = [o for o in self._chosen().get(scenario.code, []) if o in scenario.options]
            if options:
                result[scenario.code] = list(dict.fromkeys(options)) if is_multiple(scenario) else options[-1]
        return result

    def answers_for_bundle(self, bundle: ServiceBundleDoc) -> dict[str, Answer]:
        """The answers that fit ``bundle``'s shared questions."""
        result: dict[str, Answer] = {}
        for question in bundle.questions:
            options = [o for o in self._chosen().get(question.code, []) if o in question.options]
            if options:
                result[question.code] = list(dict.fromkeys(options)) if question.multiple else options[-1]
        return result


def _target(option: GuideOptionDoc, answers: tuple[tuple[str, str], ...]) -> Destination | None:
    if option.bundle:
        return Destination(option.bundle, (), answers)
    if option.matters:
        return Destination("", tuple(option.matters), answers)
    return None


def follow(tree: GuidanceDoc, path: Sequence[int]) -> GuideNodeDoc | Destination | None:
    """What the resident sees after tapping the options ``path`` (indices) from the first question:
    the next question, or where the path ends; None when the path leads nowhere."""
    nodes = {n.code: n for n in tree.nodes}
    node = tree.nodes[0] if tree.nodes else None
    answers: tuple[tuple[str, str], ...] = ()
    for depth, index in enumerate(path):
        if node is None or not 0 <= index < len(node.options) or depth >= MAX_LEVELS:
            return None
        option = node.options[index]
        answers += tuple(parse_answer(a) for a in option.answers)
        if option.next:
            node = nodes.get(option.next)
            continue
        return _target(option, answers) if depth == len(path) - 1 else None
    return node


def paths(tree: GuidanceDoc) -> Iterator[tuple[tuple[int, ...], Destination]]:
    """Every path from the first question to where it ends, with its destination (loops and paths
    past ``MAX_LEVELS`` are cut: ``check_tree`` reports them)."""
    nodes = {n.code: n for n in tree.nodes}

    def walk(
        node: GuideNodeDoc, path: tuple[int, ...], answers: tuple[tuple[str, str], ...], seen: frozenset[str]
    ) -> Iterator[tuple[tuple[int, ...], Destination]]:
        if len(path) >= MAX_LEVELS:
            return
        for index, option in enumerate(node.options):
            here = (*path, index)
            set_here = answers + tuple(parse_answer(a) for a in option.answers)
            if option.next:
                following = nodes.get(option.next)
                if following is not None and following.code not in seen:
                    yield from walk(following, here, set_here, seen | {following.code})
            elif (target := _target(option, set_here)) is not None:
                yield here, target

    if tree.nodes:
        yield from walk(tree.nodes[0], (), (), frozenset({tree.nodes[0].code}))


def check_tree(tree: GuidanceDoc, catalogue: Catalogue, *, coverage: bool = True) -> list[TreeProblem]:
    """Every problem of ``tree`` (empty: it may be published). ``coverage`` False leaves out what
    depends on the rest of the hall (unreachable and withdrawn matters), as an import does."""
    if not tree.nodes:
        return [TreeProblem("empty", "", "导办还没有任何问题:至少需要一个问题")]
    problems: list[TreeProblem] = []
    nodes = {n.code: n for n in tree.nodes}
    for node in tree.nodes:
        problems += _option_problems(node, nodes, catalogue, coverage)
    reached: set[str] = set()
    problems += _walk_problems(tree.nodes[0], nodes, reached)
    for node in tree.nodes:
        if node.code not in reached:
            problems.append(
                TreeProblem("unreachable_question", node.code, f"没有任何路径能到达问题「{node.question}」")
            )
    problems += _answer_problems(tree, nodes, catalogue)
    if coverage:
        problems += _coverage_problems(tree, reached, nodes, catalogue)
    return problems


def _option_problems(
    node: GuideNodeDoc, nodes: Mapping[str, GuideNodeDoc], catalogue: Catalogue, coverage: bool
) -> list[TreeProblem]:
    problems: list[TreeProblem] = []

    def fail(kind: ProblemKind, message: str) -> None:
        problems.append(TreeProblem(kind, node.code, message))

    if not node.options:
        fail("dead_end", f"问题「{node.question}」没有任何选项(死路)")
    for option in node.options:
        kinds = sum((bool(option.next), bool(option.bundle), bool(option.matters)))
        if kinds == 0:
            fail("dead_end", f"选项「{option.label}」没有去处(死路):请选下一个问题、一件事或事项")
        elif kinds > 1:
            fail("ambiguous", f"选项「{option.label}」只能有一个去处(下一个问题、一件事或事项之一)")
        if option.next and option.next not in nodes:
            fail("unknown_next", f"选项「{option.label}」指向不存在的问题 {option.next!r}(死路)")
        if option.bundle:
            if option.bundle not in catalogue.bundles:
                fail("unknown_bundle", f"选项「{option.label}」指向不存在的一件事 {option.bundle!r}")
            elif coverage and option.bundle not in catalogue.live_bundles:
                fail(
                    "withdrawn", f"选项「{option.label}」指向的一件事「{catalogue.bundles[option.bundle].name}」未发布"
                )
        for code in option.matters:
            if code not in catalogue.matters:
                fail("unknown_matter", f"选项「{option.label}」指向不存在的事项 {code!r}")
            elif coverage and code not in catalogue.live_matters:
                fail("withdrawn", f"选项「{option.label}」指向的事项「{catalogue.matters[code].name}」已下架或未生效")
    return problems


def _walk_problems(start: GuideNodeDoc, nodes: Mapping[str, GuideNodeDoc], reached: set[str]) -> list[TreeProblem]:
    """Loops and paths that are too long, found from the first question; ``reached`` is filled in."""
    problems: list[TreeProblem] = []
    reported: set[tuple[str, str]] = set()

    def walk(node: GuideNodeDoc, level: int, on_path: tuple[str, ...]) -> None:
        reached.add(node.code)
        if level > MAX_LEVELS:
            if ("too_deep", node.code) not in reported:
                reported.add(("too_deep", node.code))
                message = f"问题「{node.question}」是第 {level} 层:导办最多 {MAX_LEVELS} 个问题"
                problems.append(TreeProblem("too_deep", node.code, message))
            return
        for option in node.options:
            following = nodes.get(option.next) if option.next else None
            if following is None:
                continue
            if following.code in on_path:
                if ("loop", node.code) not in reported:
                    reported.add(("loop", node.code))
                    message = f"选项「{option.label}」回到了前面的问题「{following.question}」(循环)"
                    problems.append(TreeProblem("loop", node.code, message))
                continue
            walk(following, level + 1, (*on_path, following.code))

    walk(start, 1, (start.code,))
    return problems


def _below(option: GuideOptionDoc, nodes: Mapping[str, GuideNodeDoc]) -> tuple[set[str], set[str]]:
    """The bundles and matters an option can lead to (through any number of questions)."""
    bundles: set[str] = set()
    matters: set[str] = set()
    stack, seen = [option], set()
    while stack:
        current = stack.pop()
        if current.bundle:
            bundles.add(current.bundle)
        matters.update(current.matters)
        following = nodes.get(current.next) if current.next else None
        if following is not None and following.code not in seen:
            seen.add(following.code)
            stack.extend(following.options)
    return bundles, matters


def _answer_problems(tree: GuidanceDoc, nodes: Mapping[str, GuideNodeDoc], catalogue: Catalogue) -> list[TreeProblem]:
    """An answer an option sets must fit something it leads to, or it silently does nothing."""
    problems: list[TreeProblem] = []
    for node in tree.nodes:
        for option in node.options:
            if not option.answers:
                continue
            bundles, matters = _below(option, nodes)
            questions = [q for b in bundles if b in catalogue.bundles for q in catalogue.bundles[b].questions]
            scenarios = [s for c in matters if c in catalogue.matters for s in catalogue.matters[c].scenarios]
            for text in option.answers:
                code, answer = parse_answer(text)
                fits = [q.options for q in questions if q.code == code]
                fits += [s.options for s in scenarios if s.code == code]
                if not any(answer in options for options in fits):
                    where = f"选项「{option.label}」的预设答案「{text}」"
                    detail = "选项不对" if fits else "后面的事项和一件事都没有这个问题"
                    problems.append(TreeProblem("bad_answer", node.code, f"{where}不适用:{detail}"))
    return problems


def _coverage_problems(
    tree: GuidanceDoc, reached: set[str], nodes: Mapping[str, GuideNodeDoc], catalogue: Catalogue
) -> list[TreeProblem]:
    """Matters residents can open that no path of the tree leads to."""
    covered: set[str] = set()
    for code in reached:
        for option in nodes[code].options:
            covered.update(option.matters)
            if option.bundle in catalogue.bundles and option.bundle in catalogue.live_bundles:
                covered.update(catalogue.bundles[option.bundle].matters)
    missing = [c for c in catalogue.live_matters if c not in covered and c in catalogue.matters]
    return [
        TreeProblem("unreachable_matter", "", f"导办到不了事项「{catalogue.matters[code].name}」({code})")
        for code in sorted(missing, key=lambda c: (catalogue.matters[c].sort, c))
    ]
