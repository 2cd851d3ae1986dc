"""The business case: figures recomputed independently from the inputs, eligibility signals,
and the organisational form following the answers."""

from __future__ import annotations

import copy
import re
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest

from spinout.answers import load_example, resolve_answers
from spinout.assemble import assemble
from spinout.document import Figure, Table
from spinout.errors import AnswersError
from spinout.kinds import BUSINESS_CASE
from spinout.render.markdown import render_markdown



def case_of(answers):
    return assemble(answers, kind=BUSINESS_CASE)


def table(document, caption: str) -> Table:
    return next(b for r in document.rules() for b in r.blocks if isinstance(b, Table) and b.caption == caption)


def money(text: str) -> Decimal:
    return Decimal(text.replace("£", "").replace(",", ""))


def r(value: Decimal) -> Decimal:
    return value.quantize(Decimal(1), rounding=ROUND_HALF_UP)


def expected(bc) -> list[dict[str, Decimal]]:
    """The projection worked out again from the inputs, separately from spinout.finance."""
    d = {k: Decimal(str(getattr(bc, k))) for k in (
        "contract_value", "other_income", "on_costs_percent", "pension_percent", "overheads",
        "irrecoverable_vat_percent", "start_up_costs", "start_up_funding", "opening_reserves",
        "inflation_percent", "income_growth_percent")}
    base_pay = sum(Decimal(str(s.fte)) * Decimal(str(s.salary)) for s in bc.staff)
    years, cash = [], r(d["opening_reserves"])
    for n in range(5):
        grow = (1 + d["income_growth_percent"] / 100) ** n
        inflate = (1 + d["inflation_percent"] / 100) ** n
        pay, overheads = r(base_pay * inflate), r(d["overheads"] * inflate)
        y = {"contract": r(d["contract_value"] * grow), "other": r(d["other_income"] * grow), "pay": pay,
             "on_costs": r(pay * d["on_costs_percent"] / 100), "pension": r(pay * d["pension_percent"] / 100),
             "overheads": overheads, "vat": r(overheads * d["irrecoverable_vat_percent"] / 100),
             "start_up": r(d["start_up_costs"]) if n == 0 else Decimal(0),
             "funding": r(d["start_up_funding"]) if n == 0 else Decimal(0), "opening": cash}
        y["income"] = y["contract"] + y["other"]
        y["spend"] = sum(y[k] for k in ("pay", "on_costs", "pension", "overheads", "vat", "start_up"))
        y["surplus"] = y["income"] - y["spend"]
        y["closing"] = cash = cash + y["surplus"] + y["funding"]
        years.append(y)
    return years


@pytest.mark.parametrize("name", ["social-care", "nhs-community", "micro-care", "supply-teachers"])
def test_every_figure_recomputes_from_the_inputs(name: str) -> None:
    answers = load_example(name)
    want = expected(answers.business_case)
    document = case_of(answers)
    projection = {row[0]: [money(c) for c in row[1:]] for row in table(document, "Five-year income and expenditure").rows}
    for label, key in (("Contract income", "contract"), ("Other income", "other"), ("Total income", "income"),
                       ("Pay", "pay"), ("Employer on-costs", "on_costs"), ("Employer pension", "pension"),
                       ("Overheads", "overheads"), ("Irrecoverable VAT", "vat"), ("Start-up costs", "start_up"),
                       ("Total expenditure", "spend"), ("Surplus (deficit)", "surplus")):
        assert projection[label][:5] == [y[key] for y in want], label
        assert projection[label][5] == sum(projection[label][:5]), f"{label}: five-year total"
    cash = {row[0]: [money(c) for c in row[1:]] for row in table(document, "Cash flow").rows}
    assert cash["Closing cash"] == [y["closing"] for y in want]
    assert cash["Opening cash"][1:] == cash["Closing cash"][:-1]
    running, break_even = Decimal(0), None
    for n, y in enumerate(want, 1):
        running += y["surplus"] + y["funding"]
        if running >= 0 and break_even is None:
            break_even = n
    text = render_markdown(document)
    if break_even:
        assert re.search(rf"breaks? even[^.]*year {break_even}", text, re.IGNORECASE), "break-even year"
    sensitivity = {row[0]: row for row in table(document, "Sensitivity").rows}
    assert money(sensitivity["Base case"][2]) == sum(y["surplus"] for y in want)


def test_chart_in_every_format(tmp_path: Path) -> None:
    from spinout.render.docx import render_docx
    from spinout.render.pdf import render_pdf

    document = case_of(load_example("social-care"))
    figures = [b for r in document.rules() for b in r.blocks if isinstance(b, Figure)]
    assert len(figures) == 1 and figures[0].png.startswith(b"\x89PNG")
    render_docx(document, tmp_path / "c.docx")
    render_pdf(document, tmp_path / "c.pdf")
    import zipfile
    assert any(n.startswith("word/media/") for n in zipfile.ZipFile(tmp_path / "c.docx").namelist())
    from pypdf import PdfReader
    images = [img for page in PdfReader(str(tmp_path / "c.pdf")).pages for img in page.images]
    assert images, "the PDF has no chart image"
    assert "Figure: Five-year projection" in render_markdown(document)


def test_organisational_form_follows_the_answers(raw_example) -> None:
    def form_text(raw) -> str:
        document = case_of(resolve_answers(copy.deepcopy(raw)))
        part = next(p for p in document.parts for r in p.rules if "organisational form" in r.title.lower())
        return " ".join(getattr(b, "text", "") + " ".join(getattr(b, "items", ())) + " ".join(" ".join(row) for row in getattr(b, "rows", ()))
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
    classes[-1]["vote_share"] = 5
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
    for c, share, seat in zip(classes, shares, seats):
        c.update(vote_share=share, board_seats=seat)
    staffed["member_classes"] = classes
    answers = resolve_answers(staffed)
    from spinout.context import answers_context
    assert answers_context(answers)["eligibility"].psm_eligible


@pytest.mark.parametrize("change,field,words", [
    ({"staff": [{"role": "Carers", "fte": 10, "salary": -24000}]}, "business_case.staff (item 1).salary", "must be more than 0"),
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
