"""Check that a clause only names answers and statute fields that exist.

Done at load time, so a misspelt `shares.withdrawble` fails the library load with the clause
id, rather than failing one user's build months later.
"""

from __future__ import annotations

import dataclasses
import typing
from typing import Any

from jinja2 import Environment, TemplateSyntaxError, meta, nodes
from pydantic import BaseModel

from ..answers.law import load_statute
from .schema import CONTEXT_MODELS


def check_names(env: Environment, spec: Any) -> list[str]:
    problems: list[str] = []
    for label, source in _sources(spec):
        try:
            ast = env.parse(source)
        except TemplateSyntaxError:
            continue  # reported by the compiler with its line
        problems += [f"{label}: {message}" for message in _problems_in(ast)]
    return sorted(set(problems))


def _sources(spec: Any) -> list[tuple[str, str]]:
    sources = [("when", "{{ %s }}" % spec.when)]
    for entry in spec.body:
        if isinstance(entry, str):
            sources.append(("body", entry))
            continue
        if entry.text:
            sources.append(("body", entry.text))
        if entry.prompt:
            sources.append(("prompt", entry.prompt))
        sources += [("items", item) for item in entry.items]
        if entry.when:
            sources.append(("body when", "{{ %s }}" % entry.when))
    return sources


def _problems_in(ast: nodes.Template) -> list[str]:
    loops: dict[str, Any] = {}
    for loop in ast.find_all(nodes.For):
        item = _list_item(_type_of(loop.iter, loops))
        if isinstance(loop.target, nodes.Name) and item is not None:
            loops[loop.target.name] = item
    problems = [f"unknown name {name!r}: see docs/CLAUSES.md for the names a clause may use"
                for name in meta.find_undeclared_variables(ast) if name not in CONTEXT_MODELS]
    for node in ast.find_all(nodes.Getattr):
        owner = _type_of(node.node, loops)
        if not _has_attr(owner, node.attr):
            problems.append(f"{_dotted(node)!r} is not a field spinout knows")
    return problems


def _type_of(node: nodes.Node, loops: dict[str, Any]) -> Any:
    """What a name or attribute chain stands for: a model class, list[...], a statute dict, or None."""
    if isinstance(node, nodes.Name):
        if node.name == "law":
            return _statute_keys("jurisdictions")
        if node.name == "nation_law":
            return _statute_keys("nations")
        if node.name == "archetype":
            return {"key": True, "title": True, "regulated_care": True, "host": True, "main_income": True,
                    "payer": True, "expected_members": True, "safeguarding": True}
        return loops.get(node.name, CONTEXT_MODELS.get(node.name))
    if isinstance(node, nodes.Getattr):
        owner = _type_of(node.node, loops)
        if isinstance(owner, dict):
            return owner.get(node.attr)
        if isinstance(owner, type) and issubclass(owner, BaseModel) and node.attr in owner.model_fields:
            return _unwrap(owner.model_fields[node.attr].annotation)
    return None


def _has_attr(owner: Any, attr: str) -> bool:
    if isinstance(owner, dict):
        return attr in owner
    if isinstance(owner, type) and issubclass(owner, BaseModel):
        return attr in owner.model_fields or hasattr(owner, attr)
    if isinstance(owner, type) and dataclasses.is_dataclass(owner):
        return attr in {f.name for f in dataclasses.fields(owner)} or hasattr(owner, attr)
    return True  # not something we can check (a loop variable of unknown type, a string method ...)


def _statute_keys(section: str) -> dict[str, Any]:
    """The union of the keys of every jurisdiction (or nation), so any of them may be named."""
    merged: dict[str, Any] = {}
    for entry in load_statute()[section].values():
        for key, value in entry.items():
            merged[key] = value if isinstance(value, dict) else True
    return merged


def _unwrap(annotation: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin is list:
        return annotation
    for arg in typing.get_args(annotation):
        found = _unwrap(arg)
        if found is not None:
            return found
    return None


def _list_item(annotation: Any) -> Any:
    if typing.get_origin(annotation) is list:
        return _unwrap(typing.get_args(annotation)[0])
    return None


def _dotted(node: nodes.Node) -> str:
    if isinstance(node, nodes.Getattr):
        return f"{_dotted(node.node)}.{node.attr}"
    if isinstance(node, nodes.Name):
        return node.name
    return "..."
