"""Property tests over generated answers: the engine never crashes, always covers s.14,
numbers contiguously, is deterministic, and treats every user string as literal text."""

from __future__ import annotations

import copy
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from spinout.answers.resolve import dump_answers, resolve_answers
from spinout.engine.assemble import assemble
from spinout.engine.library import load_library
from spinout.render.markdown import render_markdown
from spinout.review.checks import run_checks
from tests.readback import markdown_html, markdown_text, normalise

HOSTILE = ["Smith & Sons <Care>", "{{ 7*7 }}", "{% raw %}", "{# x #}", "Ysgol Gymraeg Llanfair", "Åsa Ødegård",
           "合作社", "x" * 100, "\\n\\t'\"", "<script>alert(1)</script>", "![x](/etc/passwd)", "[link](http://x.example)",
           "# heading", "| a | b |", "1. item", "- item", "*not bold*", "&amp; &#65;"]
# Bidirectional overrides are refused by the model (a name must read as it is written).
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"

# A name: one line, at most 100 characters (the model's limit for people, classes and roles).
name = st.one_of(st.sampled_from(HOSTILE),
                 st.text(st.characters(exclude_categories=("Cc", "Cs"), exclude_characters=BIDI),
                         min_size=1, max_size=80)
                 .filter(lambda s: s.strip() and s.strip() == s))
# A sentence or paragraph: may hold line breaks, and may be long.
text = st.one_of(name, st.sampled_from(["x" * 1500,
                                        "Workers\n\n# INJECTED\n\n[Click](http://evil.example)\n| a |\n|---|"]))


@st.composite
def answers_data(draw: st.DrawFn) -> dict[str, Any]:
    society_type = draw(st.sampled_from(["co-operative", "community-benefit"]))
    lock = draw(st.sampled_from(["voluntary", "none"] if society_type == "co-operative"
                                else ["statutory", "charitable", "none"]))
    n_classes = draw(st.integers(1, 5))
    weights = _weights(draw, n_classes)
    max_size = draw(st.integers(3, 15))
    seats = [draw(st.integers(0, max(0, max_size // n_classes))) for _ in range(n_classes)]
    classes = [{"key": f"class-{i}", "name": draw(name), "eligibility": draw(text), "board_seats": seats[i],
                "vote_share": weights[i], "min_age": draw(st.integers(0, 21)),
                "shares_required": draw(st.integers(1, 5)),
                "membership_share_withdrawable": draw(st.booleans()),
                "votes_on_demutualisation": draw(st.booleans())} for i in range(n_classes)]
    founders = [{"name": draw(name), "member_class": f"class-{draw(st.integers(0, n_classes - 1))}",
                 "secretary": i == 0} for i in range(draw(st.integers(3, 6)))]
    return {
        "schema_version": 1,
        "date": "2026-11-27",
        "society": {"name": draw(name) + " Limited", "type": society_type,
                    "nation": draw(st.sampled_from(["england", "wales", "scotland"])),
                    "registered_office": draw(name), "objects": draw(st.lists(text, min_size=1, max_size=4))},
        "service": {"archetype": "social-care",
                    "pathway": draw(st.sampled_from(["externalisation", "new-start", "right-to-own"])),
                    "description": draw(text), "parent_body": draw(st.one_of(st.none(), name))},
        "shares": {"withdrawable": draw(st.booleans()), "transferable": draw(st.booleans()),
                   "investment_shares": draw(st.booleans()), "max_holding": draw(st.integers(1, 100000)),
                   "interest_above_base": draw(st.one_of(st.none(), st.integers(0, 5)))},
        "governance": {"board": {"min_size": 3, "max_size": max_size, "co_opted_max": draw(st.integers(0, 2)),
                                 "rotation": draw(st.booleans()),
                                 "pay": draw(st.sampled_from(["expenses-only", "members-approve"]))},
                       "meetings": {"proxies": draw(st.booleans()), "electronic_meetings": draw(st.booleans()),
                                    "chair_casting_vote": draw(st.booleans())}},
        "asset_lock": {"kind": lock,
                       "statutory_text": draw(st.one_of(st.none(), text)) if lock == "statutory" else None},
        "profits": {"patronage_dividend": society_type == "co-operative" and draw(st.booleans()),
                    "community_purposes": draw(st.booleans()), "reserves_first": draw(st.booleans())},
        "commitments": {"ethical_employment": draw(st.booleans()), "trade_union": draw(st.booleans()),
                        "union_name": draw(st.one_of(st.none(), name)), "social_accounting": draw(st.booleans())},
        "has_seal": draw(st.booleans()),
        "member_classes": classes,
        "founders": founders,
    }


def _weights(draw: st.DrawFn, n: int) -> list[int]:
    cuts = sorted(draw(st.lists(st.integers(1, 99), min_size=n - 1, max_size=n - 1, unique=True)))
    bounds = [0] + cuts + [100]
    return [bounds[i + 1] - bounds[i] for i in range(n)]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answers_data())
def test_any_valid_answers_build_a_complete_numbered_document(raw: dict[str, Any]) -> None:
    answers = resolve_answers(copy.deepcopy(raw))
    library = load_library()
    document = assemble(answers, library)
    rules = document.rules()
    assert [r.number for r in rules] == [str(n) for n in range(1, len(rules) + 1)]
    for rule in rules:
        numbers = [b.number for b in rule.blocks if hasattr(b, "number")]
        assert numbers == [f"{rule.number}.{n}" for n in range(1, len(numbers) + 1)]
    report = run_checks(answers, document, library)
    assert not [f for f in report.of("fail") if f.id.startswith("s14-")], "an s.14 matter is not covered"
    selected = {r.clause_id for r in rules}
    for rule in rules:
        assert set(library.clause(rule.clause_id).spec.requires) <= selected
    assert assemble(answers, library) == document
    assert resolve_answers(yaml.safe_load(dump_answers(answers))) == answers
    markdown = render_markdown(document)
    shown = markdown_text(markdown)
    assert normalise(answers.society.name) in shown      # literally, whatever Markdown it holds
    assert "49" not in shown or "{{ 7*7 }}" not in answers.society.name or "{{ 7*7 }}" in shown
    assert "<img" not in markdown_html(markdown) and "<a " not in markdown_html(markdown)
