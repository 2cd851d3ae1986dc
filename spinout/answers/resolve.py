"""Turn raw answers (a file, or the wizard's dict) into validated `Answers`, and back.

This is the single resolver: the wizard, `spinout build FILE` and the tests all come through
`resolve_answers`, so they apply the same archetype defaults and the same validation.
"""

from __future__ import annotations

import copy
import datetime as dt
import difflib
from collections.abc import Mapping
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from .. import __version__
from ..errors import AnswersError, Problem
from ..formats import plural
from ..resources import data_path
from . import model
from .archetypes import load_archetypes, merge
from .dates import default_go_live
from .law import refusal
from .messages import plain_message
from .yamlio import LineMap, Location, UnreadableFile, YamlSyntaxError, parse_yaml, read_text_file

FIX_HINT = "Fix these in the answers file and run the command again. Nothing was written."


MAX_PROBLEMS_SHOWN = 30    # a file of 200,000 unknown keys gets a screenful, not 50 MB


def load_answers(path: Path) -> Answers:
    return resolve_answers(*read_answers_file(path))


def read_answers_file(path: Path) -> tuple[Any, LineMap]:
    """The raw answers in a file, and where each is: bounded, plain YAML only (see yamlio)."""
    try:
        text = read_text_file(path)
    except FileNotFoundError:
        raise AnswersError(f"No answers file at {path}.", hint="Check the path, or run `spinout examples`.") from None
    except UnreadableFile as exc:
        raise AnswersError(f"The answers file {path} {exc}.") from None
    return parse_answers_text(text, str(path))


def parse_answers_text(text: str, source: str) -> tuple[Any, LineMap]:
    """Answers text, from a file or attached to a PDF: plain YAML only (see yamlio)."""
    try:
        return parse_yaml(text, source)
    except YamlSyntaxError as exc:
        raise AnswersError("The answers file is not valid YAML.", [exc.problem], FIX_HINT) from None


def load_example(name: str) -> Answers:
    path = example_path(name)
    return load_answers(path)


def example_path(name: str) -> Path:
    """A shipped example by its name (`spinout examples` lists them); never a path."""
    known = sorted(p.stem for p in data_path("examples").glob("*.yml"))
    if name not in known:
        shown = name if len(name) <= 60 and name.isprintable() else name[:60].encode("unicode_escape").decode() + "..."
        raise AnswersError(f"There is no example called {shown!r}.", hint=f"Examples: {', '.join(known)}.")
    return data_path("examples") / f"{name}.yml"


Answers = model.Answers


def resolve_answers(raw: Any, lines: LineMap | None = None) -> Answers:
    """Apply the archetype's defaults to raw answers and validate them, reporting every problem."""
    lines = lines or LineMap("answers")
    if not isinstance(raw, dict):
        raise AnswersError("The answers must be a set of fields (a YAML mapping).",
                           [Problem(lines.where(()), "found no fields")], FIX_HINT)
    defaults = _archetype_defaults(raw, lines)
    merged = _with_finance_defaults(merge(defaults, raw), raw, defaults)
    # A type the archetype cannot be is said first, in words: it explains the other problems.
    problems = _type_not_allowed(merged, lines)
    total = len(problems)
    try:
        answers = model.Answers.model_validate(merged)
    except ValidationError as exc:
        errors = exc.errors()
        total += len(errors)
        problems += [_problem(error, lines) for error in errors[:MAX_PROBLEMS_SHOWN]]
    if total:
        raise AnswersError(_count(total), _shown(problems, total), FIX_HINT)
    _refuse_unsupported(answers, lines)
    return answers


# Business-case settings that are choices, not figures: taken from the archetype, they are not
# "illustrative figures" the group must replace.
_NOT_FIGURES = {"five_case", "pension_scheme", "payment_terms", "payment_days", "vat_registered", "units_name",
                "employment_allowance", "start_up_month", "appraisal", "illustrative"}


def _with_finance_defaults(merged: dict[str, Any], raw: dict[str, Any], defaults: dict[str, Any]) -> dict[str, Any]:
    """The business case's computed defaults: the go-live date, the standard options appraisal,
    and the list of inputs still at the archetype's illustrative figures (kept as written when
    the answers give it, as a pack's answers.yml does, so a rebuild marks the same figures)."""
    case = merged.get("business_case")
    if not isinstance(case, dict):
        return merged
    case = dict(case)
    given = raw.get("business_case")
    if not isinstance(given, dict):
        given = {}
    if "appraisal" not in case:
        case["appraisal"] = copy.deepcopy(standard_appraisal())
    go_live = _default_go_live(merged.get("date"))
    if "go_live" not in case and go_live is not None:
        case["go_live"] = go_live
    if "illustrative" not in given:
        case["illustrative"] = illustrative_inputs(given, defaults.get("business_case") or {})
    return {**merged, "business_case": case}


def illustrative_inputs(given: dict[str, Any], from_archetype: dict[str, Any]) -> list[str]:
    """The business-case inputs the group has not given, so that the archetype's example figures
    stand in for them (and the go-live date, worked out from the answers' date)."""
    def name(key: str) -> str:
        return "grants" if key == "start_up_funding" else key      # the older single funding figure

    named = {name(key) for key in given}
    found = [name(key) for key in from_archetype if key not in _NOT_FIGURES and name(key) not in named]
    return found + (["go_live"] if "go_live" not in given else [])


def _default_go_live(date: Any) -> Any:
    if isinstance(date, str):
        try:
            date = dt.date.fromisoformat(date)
        except ValueError:
            return None
    return default_go_live(date) if isinstance(date, dt.date) else None


@cache
def standard_appraisal() -> dict[str, Any]:
    from .yamlio import read_yaml

    appraisal: dict[str, Any] = read_yaml(data_path("clauses") / "business-case" / "data" / "appraisal.yml")[0]
    return appraisal


def _shown(problems: list[Problem], total: int) -> list[Problem]:
    shown, listed = [], set()
    for problem in problems[:MAX_PROBLEMS_SHOWN]:
        # the list of allowed fields is said once for each place, not once for each stray field
        head, sep, allowed = problem.message.partition("allowed here: ")
        if sep and allowed in listed:
            problem = Problem(problem.where, f"{head}allowed here: as above")
        listed.add(allowed)
        shown.append(problem)
    if total > len(shown):
        shown.append(Problem("", f"... and {total - len(shown):,} more, not shown: fix these and run again"))
    return shown


def _type_not_allowed(merged: dict[str, Any], lines: LineMap) -> list[Problem]:
    archetype = load_archetypes()[merged["service"]["archetype"]]
    society = merged.get("society")
    kind = society.get("type") if isinstance(society, dict) else None
    reason = archetype.not_allowed.get(kind) if isinstance(kind, str) else None
    return [Problem(_where(lines, ("society", "type")), reason)] if reason else []


def _archetype_defaults(raw: dict[str, Any], lines: LineMap) -> dict[str, Any]:
    service = raw.get("service")
    archetypes = load_archetypes()
    if service is not None and not isinstance(service, dict):
        raise AnswersError("The answers do not say which kind of service this is.",
                           [Problem(_where(lines, ("service",)), "service should be a set of fields, with "
                                    f"archetype: one of {', '.join(sorted(archetypes))}")], FIX_HINT)
    key = service.get("archetype") if isinstance(service, dict) else None
    if key is None:
        known = ", ".join(sorted(archetypes))
        raise AnswersError("The answers do not say which kind of service this is.",
                           [Problem(lines.where(("service",)), f"service.archetype is missing: use one of {known}")],
                           FIX_HINT)
    if not isinstance(key, str) or key not in archetypes:
        known = ", ".join(sorted(archetypes))
        shown = f"{key!r} is not" if isinstance(key, str) and len(key) < 60 else "that is not"
        raise AnswersError("Unknown kind of service.",
                           [Problem(_where(lines, ("service", "archetype")),
                                    f"{shown} an archetype spinout knows: use one of {known}")],
                           FIX_HINT)
    return archetypes[key].defaults


def _refuse_unsupported(answers: Answers, lines: LineMap) -> None:
    refused = refusal(answers.society.nation)
    if refused is not None:
        raise AnswersError("This nation is not supported yet.",
                           [Problem(_where(lines, ("society", "nation")), refused)])


def _count(n: int) -> str:
    return f"The answers have {plural(n, 'problem')}:"


def _where(lines: LineMap, loc: Location) -> str:
    return f"{lines.where(loc)}, {_field_name(loc)}" if loc else lines.where(loc)


def _field_name(loc: Location) -> str:
    """"business_case.staff (item 1).salary": list positions counted from 1, for people."""
    text = ""
    for part in loc:
        text += f" (item {part + 1})" if isinstance(part, int) else ("." if text else "") + part
    return text


def _problem(error: Mapping[str, Any], lines: LineMap) -> Problem:
    loc = tuple(p for p in error["loc"] if not (isinstance(p, str) and p.startswith("function-")))
    kind = error["type"]
    if kind == "extra_forbidden":
        return Problem(_where(lines, loc), _unknown_field_message(loc))
    if kind == "missing":
        return Problem(_where(lines, loc), "this field is required but missing: add it")
    message = plain_message(error)
    shown = _shown_value(error)
    return Problem(_where(lines, loc), message + (f" ({shown})" if shown else ""))


def _unknown_field_message(loc: Location) -> str:
    allowed = _fields_at(loc[:-1])
    close = difflib.get_close_matches(str(loc[-1]), allowed, n=1)
    hint = f"did you mean {close[0]!r}? " if close else ""
    return f"{loc[-1]!r} is not a field spinout knows: {hint}allowed here: {', '.join(allowed)}"


def _fields_at(loc: Location) -> list[str]:
    """The field names a model accepts at a location (for 'allowed here:' hints)."""
    current: type[BaseModel] | None = model.Answers
    for part in loc:
        if isinstance(part, int):
            continue
        field = current.model_fields.get(part) if current is not None else None
        if field is None:
            return []
        current = _model_of(field.annotation)
    return list(current.model_fields) if current is not None else []


def _model_of(annotation: object) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()):
        found = _model_of(arg)
        if found is not None:
            return found
    return None


def _shown_value(error: Mapping[str, Any]) -> str:
    got = error.get("input")
    if isinstance(got, (str, int, float, Decimal, bool)) and len(repr(got)) < 60 and error["type"] != "string_too_long":
        return f"got {got!r}"
    return ""


def dump_answers(answers: Answers) -> str:
    """The replayable answers file: every field, defaults included, in model order."""
    data = answers.model_dump(mode="python")
    header = (
        f"# spinout {__version__} answers: replay with `spinout build answers.yml -o DIR`.\n"
        "# Every field is written out, including the archetype's defaults, so this file alone\n"
        "# rebuilds the same pack.\n"
    )
    return header + yaml.safe_dump(model.plain(data), sort_keys=False, allow_unicode=True, width=100)
