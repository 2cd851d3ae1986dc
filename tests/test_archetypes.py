"""Every service the toolkit serves: each archetype x society type x asset lock x nation either
builds and passes every statutory check, or is refused with a clear reason."""

from __future__ import annotations

import copy
from functools import cache
from itertools import product
from typing import Any

import pytest
import yaml

from spinout.answers.archetypes import load_archetypes
from spinout.answers.examples import list_examples
from spinout.answers.resolve import resolve_answers
from spinout.engine.assemble import assemble
from spinout.engine.kinds import kind_of
from spinout.engine.library import load_library
from spinout.errors import AnswersError
from spinout.resources import data_path
from spinout.review.checks import run_checks

# Not the prescribed wording (spinout never ships that): a stand-in with the key elements the
# checks look for, so the statutory-lock combinations can pass in tests.
STAND_IN_LOCK = ("TEST STAND-IN, NOT THE PRESCRIBED WORDS. " + "This community benefit society restricts the use of "
                 "its assets; a transfer may go to another community benefit society, a community interest company, "
                 "a registered social landlord or a charity. ") * 3

TYPES = ("co-operative", "community-benefit")
LOCKS = ("voluntary", "statutory", "charitable", "none")
NATIONS = ("england", "wales", "scotland")
ALLOWED_LOCKS = {"co-operative": {"voluntary", "none"}, "community-benefit": {"statutory", "charitable", "none"}}


@cache      # parsing the examples was most of the matrix's time; variant() copies the result
def example_for(archetype: str) -> dict[str, Any]:
    """The shipped example of an archetype that builds society rules (shared: do not change it)."""
    for name, _ in list_examples():
        data = yaml.safe_load((data_path("examples") / f"{name}.yml").read_text())
        if data["service"]["archetype"] == archetype and data["service"].get("document", "rules") == "rules":
            return data
    raise AssertionError(f"no rules example for {archetype}")


def variant(archetype: str, society_type: str, lock: str, nation: str) -> dict[str, Any]:
    data = copy.deepcopy(example_for(archetype))
    data["society"].update(type=society_type, nation=nation, name="Northtown Care Test Limited")
    data["asset_lock"] = {"kind": lock}
    if lock == "statutory":
        data["asset_lock"]["statutory_text"] = STAND_IN_LOCK
    if society_type == "community-benefit":
        data.setdefault("profits", {})["patronage_dividend"] = False
        # a community benefit society's objects are for the community, not its members
        data["society"]["objects"] = ["To provide care and support for people in Northtown who need it, and to "
                                      "improve the wellbeing of the local community."]
        data["asset_lock"]["objects_charitable"] = lock == "charitable"
    return data


@pytest.mark.parametrize("archetype,society_type,lock,nation",
                         list(product(sorted(load_archetypes()), TYPES, LOCKS, NATIONS)))
def test_every_combination_builds_or_is_refused_clearly(archetype: str, society_type: str, lock: str,
                                                         nation: str) -> None:
    data = variant(archetype, society_type, lock, nation)
    reason = load_archetypes()[archetype].not_allowed.get(society_type)
    if lock not in ALLOWED_LOCKS[society_type] or reason:
        with pytest.raises(AnswersError) as refused:
            resolve_answers(data)
        message = str(refused.value)
        assert ("asset_lock" in message) if lock not in ALLOWED_LOCKS[society_type] else ("society.type" in message)
        return
    answers = resolve_answers(data)
    library = load_library(kind_of(answers).library_path())
    report = run_checks(answers, assemble(answers, library), library)
    assert report.of("fail") == [], [f.message for f in report.of("fail")]


def test_refusals_say_why_in_words() -> None:
    refused = [(k, a.not_allowed) for k, a in load_archetypes().items() if a.not_allowed]
    assert refused, "some archetypes cannot be a CBS (teachers' and direct-payments co-ops)"
    for key, reasons in refused:
        for reason in reasons.values():
            assert len(reason.split()) >= 12, f"{key}: give the reason in a sentence people can act on"


def test_northern_ireland_is_refused_without_gb_citations() -> None:
    data = variant("social-care", "co-operative", "voluntary", "england")
    data["society"]["nation"] = "northern-ireland"
    with pytest.raises(AnswersError) as refused:
        resolve_answers(data)
    assert "Northern Ireland" in str(refused.value) and "2014" not in str(refused.value)


def test_wales_offers_cyfyngedig_and_cites_the_care_duty() -> None:
    data = variant("social-care", "co-operative", "voluntary", "wales")
    data["society"]["name"] = "Gofal Afon Cyfyngedig"
    answers = resolve_answers(data)
    document = assemble(answers)
    text = " ".join(p.text for r in document.rules() for p in r.blocks if hasattr(p, "text"))
    assert "Gofal Afon Cyfyngedig" in text and "Social Services and Well-being (Wales) Act 2014" in text
    assert "Care Inspectorate Wales" in text
    library = load_library()
    assert not run_checks(answers, document, library).of("fail")


def test_scotland_uses_scottish_terms() -> None:
    answers = resolve_answers(variant("social-care", "co-operative", "voluntary", "scotland"))
    text = " ".join(p.text + " ".join(p.items)
                    for r in assemble(answers).rules() for p in r.blocks if hasattr(p, "text"))
    assert "sequestration" in text and "sheriff court" in text and "the Care Inspectorate" in text
    assert "bankruptcy" not in text.replace("sequestration", "")


def test_every_archetype_has_an_example_and_a_guide() -> None:
    from spinout.pack.guides import load_guides

    guides = load_guides()
    examples = {yaml.safe_load((data_path("examples") / f"{n}.yml").read_text())["service"]["archetype"]
                for n, _ in list_examples()}
    for key, archetype in load_archetypes().items():
        assert key in examples, f"{key} has no shipped example"
        assert archetype.guide in guides, f"{key} names guide {archetype.guide!r}, which does not exist"
        assert key in guides[archetype.guide].archetypes


def test_examples_are_the_promised_names() -> None:
    names = {n for n, _ in list_examples()}
    assert {"social-care", "nhs-community", "school-trust", "supply-teachers", "music-teachers",
            "direct-payments", "micro-care"} <= names
    assert all(description for _, description in list_examples())
