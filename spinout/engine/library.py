"""The clause library: load clauses/*.yml, validate every clause, and report all problems at once."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Annotated, Any, Literal

import jinja2
from jinja2 import TemplateSyntaxError
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError, model_validator

from ..answers.law import load_statute
from ..answers.yamlio import LineMap, YamlSyntaxError, read_yaml
from ..errors import LibraryError, Problem
from ..resources import data_path
from .cache import has_stamp, write_stamp
from .names import check_names
from .precompiled import ClauseLoader
from .tables import FIGURES, TABLES

Id = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9-]*$")]
Expr = Annotated[str, StringConstraints(min_length=1)]


class _Spec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class BodySpec(_Spec):
    """One body entry: a paragraph (text), a computed table, or user text inserted verbatim."""

    id: Id | None = None
    when: Expr | None = None
    text: str | None = None
    items: list[str] = []
    items_from: Literal["definitions", "objects"] | None = None   # items computed from the answers
    table: str | None = None
    figure: str | None = None
    verbatim: str | None = None
    prompt: str | None = None    # what the group must write here, and why (shown as a marked note)

    @model_validator(mode="after")
    def _one_kind(self) -> BodySpec:
        kinds = [k for k in ("text", "table", "figure", "verbatim", "prompt") if getattr(self, k) is not None]
        if len(kinds) != 1:
            raise ValueError("a body entry needs exactly one of text, table, figure, verbatim or prompt")
        if (self.items or self.items_from) and self.text is None:
            raise ValueError("items belong to a text paragraph")
        if self.items and self.items_from:
            raise ValueError("give items or items_from, not both")
        if self.prompt is not None and self.id is None:
            # the id names the box in the answers (own_words), so the group's words find it again
            raise ValueError("a prompt needs an id: a short stable name such as `id: payers` (answers own_words "
                             "use it, so never change it once released)")
        return self


class ClauseSpec(_Spec):
    id: Id
    title: Annotated[str, StringConstraints(min_length=1)]
    order: int
    when: Expr = "true"
    covers: list[str] = []
    citation: str | None = None
    requires: list[Id] = []
    conflicts: list[Id] = []
    defines: dict[str, str] = {}
    guidance: Annotated[str, StringConstraints(min_length=20)]
    body: list[str | BodySpec] = Field(min_length=1)


class PartSpec(_Spec):
    key: Id
    title: str          # may use Jinja (with `member_class` in a repeated part)
    order: int
    repeat: Literal["member_classes"] | None = None   # the whole part once per member class


class PartFile(_Spec):
    part: PartSpec
    clauses: list[ClauseSpec] = Field(min_length=1)


VERBATIM_SOURCES = ("asset_lock.statutory_text",)


class _Compiled:
    """A template source of the library, compiled on first use (most packs use only some of
    each library). A source with no Jinja in it is never compiled: it is its own output."""

    def __init__(self, library_env: ClauseEnvironment, name: str) -> None:
        self._env, self._name = library_env, name
        self._compiled: jinja2.Template | None = None
        self._text = plain_output(library_env.sources[name])

    def _render(self, context: dict[str, Any]) -> str:
        if self._text is not None:
            return self._text
        if self._compiled is None:
            self._compiled = self._env.jinja.get_template(self._name)
        return self._compiled.render(**context)


def plain_output(source: str) -> str | None:
    """What Jinja would render from a source with no tag, expression or comment in it (all of
    which start with "{"), or None if it has one. Compiling costs ~0.6 ms a template, and about
    a third of a pack's sources (and every `when: true`) are plain: together ~0.3 s a build.
    Jinja's own handling, in this environment: newlines made "\n", one final newline dropped."""
    if "{" in source:
        return None
    text = source.replace("\r\n", "\n").replace("\r", "\n")
    return text[:-1] if text.endswith("\n") else text


class Template(_Compiled):
    """A clause template: its text."""

    def __call__(self, **context: Any) -> str:
        return self._render(context)


class Expression(_Compiled):
    """A `when` condition, stored as a tiny template so that it is cached like the bodies."""

    def __call__(self, **context: Any) -> bool:
        return self._render(context) == "1"


class ClauseEnvironment:
    """The sandboxed Jinja environment of one library, with every template source registered
    (a shipped library's templates come compiled: precompiled.py)."""

    def __init__(self, library: str) -> None:
        from .context import configure_environment

        self.sources: dict[str, str] = {}
        self.jinja = configure_environment(ClauseLoader(self.sources, library))

    def template(self, name: str, source: str) -> Template:
        self.sources[name] = source
        return Template(self, name)

    def expression(self, name: str, source: str) -> Expression:
        # a constant condition (`when: "true"`, every clause's default) is its answer, uncompiled
        constant = {"true": "1", "false": "0"}.get(source.strip())
        self.sources[name] = constant or "{{ '1' if (%s) else '0' }}" % source
        return Expression(self, name)


@dataclass(frozen=True)
class Block:
    """A compiled body entry."""

    spec: BodySpec
    text: Template | None
    items: tuple[Template, ...]
    when: Expression | None


@dataclass(frozen=True)
class Clause:
    spec: ClauseSpec
    part: PartSpec
    source: str
    when: Expression
    blocks: tuple[Block, ...]

    @property
    def id(self) -> str:
        return self.spec.id


@dataclass(frozen=True)
class Library:
    parts: tuple[PartSpec, ...]
    clauses: tuple[Clause, ...]   # sorted by (part order, clause order)
    environment: ClauseEnvironment
    name: str = "rules"           # the library's folder under clauses/ ("rules" for the main one)

    def boxes(self) -> list[str]:
        """The id of every "To write" box in the library, in document order."""
        return [box_id(self.name, clause.id, block.spec.id)
                for clause in self.clauses for block in clause.blocks
                if block.spec.prompt is not None and block.spec.id is not None]

    def part_title(self, part: PartSpec, context: dict[str, Any]) -> str:
        return self.part_title_template(part)(**context).strip()

    def part_title_template(self, part: PartSpec) -> Template:
        return self.environment.template(f"{part.key}/part-title", part.title)

    def clause(self, clause_id: str) -> Clause:
        return next(c for c in self.clauses if c.id == clause_id)


def box_id(library: str, clause_id: str, block_id: str) -> str:
    """A "To write" box's id, the key of its answer in own_words: "business-case/market#payers"."""
    return f"{library}/{clause_id}#{block_id}"


def load_library(folder: Path | None = None) -> Library:
    """Load and validate every part file; one LibraryError lists every problem found."""
    folder = folder or data_path("clauses")
    return _load_library(folder.resolve())


@cache
def _load_library(folder: Path) -> Library:
    problems: list[Problem] = []
    files: list[tuple[PartFile, LineMap]] = []
    paths = sorted(folder.glob("*.yml"))
    for path in paths:
        parsed = _read_part_file(path, problems)
        if parsed:
            files.append(parsed)
            problems += _block_id_problems(*parsed)
    stamp = _library_stamp(paths)
    name = "rules" if folder == data_path("clauses").resolve() else folder.name
    env = ClauseEnvironment(name)
    clauses = [c for part_file, lines in files for c in _compile_part(env, part_file, lines)]
    if not has_stamp(stamp):
        # Full validation (every name, every template compiled) the first time a library is seen.
        problems += _validate_deeply(env, clauses)
    problems += _cross_problems(clauses)
    if problems:
        raise LibraryError(f"The clause library in {folder} has {len(problems)} problem(s).", problems)
    write_stamp(stamp)
    parts = sorted((pf.part for pf, _ in files), key=lambda p: p.order)
    clauses.sort(key=lambda c: (c.part.order, c.spec.order))
    return Library(tuple(parts), tuple(clauses), env, name)


def _library_stamp(paths: list[Path]) -> str:
    """The key of a library's "validated" stamp: its files and the statute data they name (the
    cache adds the code that validates them)."""
    digest = hashlib.sha256()
    for path in paths + [data_path("clauses") / "law" / "statute.yml"]:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return f"library {digest.hexdigest()}"


@cache
def library_digest() -> tuple[str, int]:
    """The SHA-256 of the whole clause library (every file under clauses/: each kind's clauses
    and the statute figures), and how many files it covers: what a manifest names as the
    library a pack was made from. Same files, same digest, wherever spinout is installed."""
    root = data_path("clauses")
    paths = sorted(p for p in root.rglob("*") if p.is_file()
                   and not any(part.startswith((".", "__")) for part in p.relative_to(root).parts))
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest(), len(paths)


def _read_part_file(path: Path, problems: list[Problem]) -> tuple[PartFile, LineMap] | None:
    try:
        data, lines = read_yaml(path)
    except YamlSyntaxError as exc:
        problems.append(exc.problem)
        return None
    try:
        return PartFile.model_validate(data), lines
    except ValidationError as exc:
        for error in exc.errors():
            loc = _clause_loc(data, error["loc"])
            problems.append(Problem(lines.where(tuple(error["loc"])), f"{loc}{error['msg']}"))
        return None


def _block_id_problems(part_file: PartFile, lines: LineMap) -> list[Problem]:
    """Two body entries of one clause with the same id: a reference or a "To write" box's
    answer could not tell them apart."""
    problems = []
    for index, clause in enumerate(part_file.clauses):
        seen: set[str] = set()
        for n, entry in enumerate(clause.body):
            if isinstance(entry, BodySpec) and entry.id is not None:
                if entry.id in seen:
                    problems.append(Problem(lines.where(("clauses", index, "body", n)),
                                            f"clause {clause.id}: id {entry.id!r} is used twice in this clause"))
                seen.add(entry.id)
    return problems


def _clause_loc(data: Any, loc: tuple[Any, ...]) -> str:
    if len(loc) >= 2 and loc[0] == "clauses" and isinstance(loc[1], int):
        try:
            return f"clause {data['clauses'][loc[1]]['id']}: {'.'.join(map(str, loc[2:]))}: "
        except (KeyError, IndexError, TypeError):
            pass
    return ".".join(map(str, loc)) + ": "


def _compile_part(env: ClauseEnvironment, part_file: PartFile, lines: LineMap) -> list[Clause]:
    compiled = []
    for index, spec in enumerate(part_file.clauses):
        where = f"{lines.where(('clauses', index))}, clause {spec.id}"
        when = env.expression(f"{spec.id}/when", spec.when)
        blocks = [_compile_block(env, spec.id, n, entry) for n, entry in enumerate(spec.body)]
        compiled.append(Clause(spec, part_file.part, where, when, tuple(blocks)))
    return compiled


def _compile_block(env: ClauseEnvironment, clause_id: str, n: int, entry: str | BodySpec) -> Block:
    spec = BodySpec(text=entry) if isinstance(entry, str) else entry
    name = f"{clause_id}/{n}"
    source = spec.text if spec.text is not None else spec.prompt
    text = env.template(name, source) if source is not None else None
    items = tuple(env.template(f"{name}/item{i}", item) for i, item in enumerate(spec.items))
    when = env.expression(f"{name}/when", spec.when) if spec.when else None
    return Block(spec, text, items, when)


def _validate_deeply(env: ClauseEnvironment, clauses: list[Clause]) -> list[Problem]:
    problems: list[Problem] = []
    for clause in clauses:
        for block in clause.blocks:
            if block.spec.table is not None and block.spec.table not in TABLES:
                problems.append(Problem(clause.source,
                                        f"unknown table {block.spec.table!r}: use one of {', '.join(TABLES)}"))
            if block.spec.figure is not None and block.spec.figure not in FIGURES:
                problems.append(Problem(clause.source,
                                        f"unknown figure {block.spec.figure!r}: use one of {', '.join(FIGURES)}"))
            if block.spec.verbatim is not None and block.spec.verbatim not in VERBATIM_SOURCES:
                problems.append(Problem(clause.source, f"verbatim must name one of {', '.join(VERBATIM_SOURCES)}"))
        prefix = f"{clause.id}/"
        for name in [n for n in env.sources if n.startswith(prefix)]:
            try:
                env.jinja.get_template(name)
            except TemplateSyntaxError as exc:
                what = "when" if name.endswith("when") else "body"
                problems.append(Problem(clause.source, f"{what}: Jinja syntax error: {exc.message}"))
        problems += [Problem(clause.source, msg) for msg in check_names(env.jinja, clause.spec)]
    return problems


def _cross_problems(clauses: list[Clause]) -> list[Problem]:
    statute = load_statute()
    known_covers = set(statute["s14_matters"]) | set(statute["principles"])
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    terms: dict[str, str] = {}
    for clause in clauses:
        if clause.id in seen:
            problems.append(Problem(clause.source, f"clause id {clause.id!r} is also used at {seen[clause.id]}"))
        seen[clause.id] = clause.source
        problems += [Problem(clause.source, f"covers {c!r}: not an s.14 matter or principle id")
                     for c in clause.spec.covers if c not in known_covers]
        for term in clause.spec.defines:
            if term in terms:
                problems.append(Problem(clause.source, f"term {term!r} is already defined by clause {terms[term]}"))
            terms[term] = clause.id
    ids = set(seen)
    for clause in clauses:
        for other in clause.spec.requires + clause.spec.conflicts:
            if other not in ids:
                problems.append(Problem(clause.source, f"requires/conflicts names unknown clause {other!r}"))
    return problems
