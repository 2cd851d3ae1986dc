"""The business case: figures recomputed independently from the inputs, eligibility signals,
and the organisational form following the answers."""

from __future__ import annotations

import copy
import re

import pytest

from spinout.answers.resolve import load_example, resolve_answers
from spinout.engine.assemble import assemble
from spinout.engine.document import Figure, Table
from spinout.engine.kinds import BUSINESS_CASE
from spinout.errors import AnswersError
from spinout.render.markdown import render_markdown
from tests.conftest import SharedPack


def case_of(answers):
    return assemble(answers, kind=BUSINESS_CASE)


def table(document, caption: str) -> Table:
    return next(b for r in document.rules() for b in r.blocks if isinstance(b, Table) and b.caption == caption)


HOSTILE = {
    "falling income": {"income_growth_percent": -5},
    "deficit covered by a big grant": {"overheads": 700000,
                                       "grants": [{"name": "Big grant", "amount": 900000, "month": 0}]},
    "no pension scheme": {"pension_scheme": "none"},
    "a £50m contract": {"contract_value": 50000000},
    "start-up above funding": {"start_up_costs": 400000, "grants": [], "opening_reserves": 0, "loans": [],
                               "overdraft": 0},
    "every year a deficit": {"overheads": 900000},
    "invoice 60 days and bad debt": {"payment_terms": "invoice", "payment_days": 60, "bad_debt_percent": 3},
    "VAT registered": {"vat_registered": True, "taxable_income_percent": 60},
    "loan and shares": {"loans": [{"name": "Loan", "amount": 250000, "rate_percent": 8, "term_years": 3, "month": 0}],
                        "community_shares": {"amount": 100000, "month": 2, "interest_percent": 4,
                                             "withdrawal_percent": 20}},
    "pay below the wage floor": {"staff": [{"role": "Care workers", "fte": 60, "salary": 21000}]},
    "no employees": {"staff": []},
}


def hostile(raw_example, change: dict) -> object:
    raw = copy.deepcopy(raw_example)
    raw.setdefault("business_case", {})
    example = load_example("social-care").business_case.model_dump(mode="json")
    raw["business_case"] = {**example, **change}
    raw["business_case"].pop("illustrative")
    return resolve_answers(raw)


@pytest.mark.parametrize("name", ["social-care", "nhs-community", "micro-care", "supply-teachers", "music-teachers",
                                  "direct-payments", "school-trust", "school-trust-venture", "social-care-wales"])
def test_every_example_reads_true_to_its_tables(name: str) -> None:
    from tests.truth import check

    assert check(render_markdown(case_of(load_example(name)))) == []


@pytest.mark.parametrize("label", sorted(HOSTILE))
def test_hostile_inputs_never_make_a_sentence_contradict_its_tables(raw_example, label: str) -> None:
    from tests.truth import check

    text = render_markdown(case_of(hostile(raw_example, HOSTILE[label])))
    assert check(text) == []


def test_a_deficit_covered_by_a_grant_is_never_called_break_even(raw_example) -> None:
    text = render_markdown(case_of(hostile(raw_example, HOSTILE["deficit covered by a big grant"])))
    assert "Recurring income does not cover recurring costs" in text
    assert not re.search(r"(?<!not )breaks even", text)


def test_a_sparse_answers_file_marks_every_example_figure(raw_example) -> None:
    from tests.truth import check

    raw = copy.deepcopy(raw_example)
    raw["business_case"] = {"contract_value": 500000, "overheads": 40000}
    answers = resolve_answers(raw)
    assert "contract_value" not in answers.business_case.illustrative
    assert {"staff", "grants", "opening_reserves", "go_live"} <= set(answers.business_case.illustrative)
    text = render_markdown(case_of(answers))
    assert "all given by the group" not in text and "(illustrative: replace with your own figure" in text
    assert "Warning:" in text and "illustrative figures for this kind of service" in text
    assert check(text) == []
    from spinout.pack.build import prepare
    warned = [f for f in prepare(answers).report.of("warn") if f.id == "illustrative-figures"]
    assert warned and "business_case.staff" in warned[0].message


def test_illustrative_marks_survive_a_rebuild_from_the_pack(raw_example) -> None:
    from spinout.answers.resolve import dump_answers
    from spinout.answers.yamlio import parse_yaml

    raw = copy.deepcopy(raw_example)
    raw["business_case"] = {"contract_value": 500000, "overheads": 40000}
    first = resolve_answers(raw)
    again = resolve_answers(parse_yaml(dump_answers(first), "answers.yml")[0])
    assert again.business_case.illustrative == first.business_case.illustrative


def test_charts_in_every_format(social_care_pack: SharedPack) -> None:
    document = case_of(load_example("social-care"))
    figures = [b for r in document.rules() for b in r.blocks if isinstance(b, Figure)]
    assert [f.caption for f in figures] == ["Recurring income and costs", "Surplus after tax and year-end cash",
                                            "What each driver does to the five-year result"]
    from spinout.render.chart import chart_png
    assert all(chart_png(f.chart).startswith(b"\x89PNG") and f.alt for f in figures)
    # the same business case as rendered into the social-care pack (built once per session)
    pack = social_care_pack.folder
    assert (pack / "business-case.md").read_text(encoding="utf-8") == render_markdown(document)
    import zipfile
    media = [n for n in zipfile.ZipFile(pack / "business-case.docx").namelist() if n.startswith("word/media/")]
    assert len(media) == 3
    import hashlib

    from pypdf import PdfReader
    images = {hashlib.sha256(image.data).hexdigest()         # the pictures themselves, on any page
              for page in PdfReader(str(pack / "business-case.pdf")).pages for image in page.images}
    assert len(images) == 3, "the PDF should hold the three charts"


def test_checks_flag_an_unfunded_cash_gap_pay_below_the_floor_and_unscored_options(raw_example) -> None:
    from spinout.pack.build import prepare

    answers = hostile(raw_example, {**HOSTILE["start-up above funding"], **HOSTILE["pay below the wage floor"],
                                    "appraisal": None})
    report = prepare(answers).report
    failed = {f.id for f in report.of("fail")}
    warned = {f.id for f in report.of("warn")}
    assert "cash-funded" in failed and "wage-floor" in warned and "options-scored" in warned


def test_organisational_form_follows_the_answers(raw_example) -> None:
    def form_text(raw) -> str:
        document = case_of(resolve_answers(copy.deepcopy(raw)))
        part = next(p for p in document.parts for r in p.rules if "organisational form" in r.title.lower())
        return " ".join(getattr(b, "text", "") + " ".join(getattr(b, "items", ()))
                        + " ".join(" ".join(row) for row in getattr(b, "rows", ()))
                        for r in part.rules for b in r.blocks)

    coop = form_text(raw_example)
    cbs = copy.deepcopy(raw_example)
    cbs["society"].update(type="community-benefit", name="Riverside Care Limited")
    cbs["asset_lock"] = {"kind": "statutory"}
    cbs["profits"] = {"patronage_dividend": False}
    assert "co-operative society" in coop and "community benefit society" in form_text(cbs)
    assert form_text(cbs) != coop
    more = copy.deepcopy(raw_example)
    classes = [c.model_dump(mode="json") for c in load_example("social-care").member_classes]
    classes[0]["vote_share"] = float(classes[0]["vote_share"]) - 10    # make room for investors at 10%
    classes.append({"key": "investors", "name": "Investor members", "eligibility": "Anyone who invests",
                    "board_seats": 0, "vote_share": 10, "votes_on_demutualisation": False})
    more["member_classes"] = classes
    assert "Investor members" in form_text(more) and "Investor members" not in coop


def test_reserved_contract_signal_names_the_answer(raw_example) -> None:
    social = case_of(load_example("social-care"))
    text = render_markdown(social)
    assert "Procurement Act 2023" in text and "member_classes" in text      # workers hold 40%: not employee-controlled
    staffed = copy.deepcopy(raw_example)
    classes = [c.model_dump(mode="json") for c in load_example("social-care").member_classes]
    shares, seats = (60, 20, 10, 10), (6, 2, 1, 1)
    for c, share, seat in zip(classes, shares, seats, strict=True):
        c.update(vote_share=share, board_seats=seat)
    staffed["member_classes"] = classes
    answers = resolve_answers(staffed)
    from spinout.engine.context import answers_context
    assert answers_context(answers)["eligibility"].psm_eligible


@pytest.mark.parametrize("change,field,words", [
    ({"staff": [{"role": "Carers", "fte": 10, "salary": -24000}]}, "business_case.staff (item 1).salary",
     "must be more than 0"),
    ({"contract_years": 0}, "business_case.contract_years", "must be at least 1"),
    ({"overheads": "lots"}, "business_case.overheads", "'lots'"),
])
def test_bad_financial_input_names_the_field(raw_example, change: dict, field: str, words: str) -> None:
    raw_example["business_case"] = change
    with pytest.raises(AnswersError) as refused:
        resolve_answers(raw_example)
    message = str(refused.value)
    assert field in message and words in message


def test_short_contract_is_flagged(raw_example) -> None:
    raw_example["business_case"] = {"contract_years": 2}
    text = render_markdown(case_of(resolve_answers(raw_example)))
    assert "five" in text.lower() and "2 years" in text
