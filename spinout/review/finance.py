"""Checks on the business case's figures: a plan that runs out of cash, pays below the wage
floor, does not pay its way, rests on example figures or has an unscored appraisal is flagged
before it reaches a decision maker (docs/FINANCE.md says how each figure is worked out)."""

from __future__ import annotations

from decimal import Decimal

from ..answers.model import Answers
from ..business import Finance, finance_for
from ..business.law import finance_law
from ..engine.document import Document
from ..engine.library import Library
from ..formats import pounds
from .findings import Finding

MARGIN_HIGH = Decimal(15)      # per cent of income: above this, check the inputs


def check_finance(answers: Answers, document: Document, library: Library) -> list[Finding]:
    finance = finance_for(answers)
    cite = finance_law()["citations"]
    findings: list[Finding] = []
    for check in (_cash, _viability, _wages, _illustrative, _appraisal, _plausibility, _staff_numbers):
        findings += check(answers, finance, cite)
    return findings


def _cash(answers: Answers, finance: Finance, cite: dict[str, str]) -> list[Finding]:
    low, facility = finance.lowest_cash, answers.business_case.overdraft
    if finance.funded:
        words = ("Cash never falls below zero" if low >= 0 else
                 f"The agreed overdraft of {pounds(facility)} covers the lowest month-end cash "
                 f"({pounds(low)}, {finance.lowest_when})")
        findings = [Finding("cash-funded", "pass", f"{words}.", cite["cash"], "business_case.overdraft")]
    else:
        cover = (f"the overdraft of {pounds(facility)} does not cover it" if facility
                 else "nothing in the plan covers it")
        findings = [Finding("cash-funded", "fail",
                            f"Cash falls to {pounds(low)} {finance.lowest_when}, and {cover}: "
                            f"arrange an overdraft or loan of at least {pounds(finance.peak_need)} before go-live "
                            "(business_case.overdraft or loans), or change the plan.", cite["cash"],
                            "business_case.overdraft")]
    if finance.plan.reserve_months(3) < 1:
        findings.append(Finding("reserves", "warn",
                                f"Cash at the end of year 3 is {finance.plan.reserve_months(3)} months of running "
                                "costs: one bad month could empty it. Plan to build reserves.", cite["reserves"],
                                "business_case"))
    return findings


def _viability(answers: Answers, finance: Finance, cite: dict[str, str]) -> list[Finding]:
    findings = []
    if finance.operating_break_even_year is None:
        findings.append(Finding("operating-break-even", "warn",
                                "Recurring income does not cover recurring costs in every year up to year 5: as "
                                "planned, the service does not pay its way. Change the price, the costs or the scope.",
                                cite["viability"], "business_case"))
    else:
        findings.append(Finding("operating-break-even", "pass",
                                "Recurring income covers recurring costs from year "
                                f"{finance.operating_break_even_year}.",
                                cite["viability"], "business_case"))
    if finance.five_year_surplus < 0:
        findings.append(Finding("five-year-result", "warn",
                                f"The five-year result after tax is a deficit of {pounds(-finance.five_year_surplus)}.",
                                cite["viability"], "business_case"))
    if answers.business_case.income_growth_percent < 0:
        findings.append(Finding("income-falls", "warn",
                                f"Income is assumed to fall by {abs(answers.business_case.income_growth_percent):g}% "
                                "a year: say why, and what the plan does about it.", cite["viability"],
                                "business_case.income_growth_percent"))
    return findings


def _wages(answers: Answers, finance: Finance, cite: dict[str, str]) -> list[Finding]:
    hours = answers.business_case.hours_per_fte
    findings = []
    national = finance.national_living_wage
    for wage in finance.wages:
        if wage.below_national:
            findings.append(Finding("wage-floor", "warn",
                                    f"{wage.role}: £{wage.hourly} an hour (at {hours:g} hours a week) is below the "
                                    f"National Living Wage of £{national['hourly']} from {national['from']:%d %B %Y}. "
                                    "Raise the salary, or check the hours, unless every post holder is under 21 "
                                    "or an apprentice.", cite["wage_floor"], "business_case.staff"))
        elif wage.below_real:
            findings.append(Finding("real-living-wage", "warn",
                                    f"{wage.role}: £{wage.hourly} an hour is below the real Living Wage of "
                                    f"£{finance.real_living_wage['hourly']} that the draft rules commit the society "
                                    "to.",
                                    cite["real_living_wage"], "business_case.staff"))
    if answers.business_case.staff and not findings:
        findings.append(Finding("wage-floor", "pass", "Every salary is at least the National Living Wage an hour.",
                                cite["wage_floor"], "business_case.staff"))
    if not answers.business_case.staff:
        findings.append(Finding("no-employees", "info",
                                "The plan has no employees: check that everyone who works for the organisation "
                                "is genuinely self-employed or a volunteer.", cite["viability"], "business_case.staff"))
    return findings


def _illustrative(answers: Answers, finance: Finance, cite: dict[str, str]) -> list[Finding]:
    names = finance.illustrative
    if not names:
        return [Finding("illustrative-figures", "pass", "Every business-case figure is the group's own.",
                        cite["illustrative"], "business_case")]
    shown = ", ".join(f"business_case.{name}" for name in names)
    return [Finding("illustrative-figures", "warn",
                    f"{len(names)} business-case input{'s are' if len(names) != 1 else ' is'} still the archetype's "
                    f"illustrative figure{'s' if len(names) != 1 else ''}, not the group's own: {shown}. Replace "
                    "each with your own figure (and remove it from business_case.illustrative).",
                    cite["illustrative"], "business_case.illustrative")]


def _appraisal(answers: Answers, finance: Finance, cite: dict[str, str]) -> list[Finding]:
    economic = finance.economic
    deciding = answers.service.parent_body or answers.business_case.five_case
    if answers.service.document == "trust-outline" or not deciding:
        return []               # no host body choosing between options
    if economic is None:
        return [Finding("options-scored", "warn", "There is no options appraisal (business_case.appraisal is "
                        "empty): compare staying in-house, outsourcing and the mutual against weighted criteria.",
                        cite["appraisal"], "business_case.appraisal")]
    if not economic.scored:
        missing = [o.option.name for o in economic.options if o.weighted is None]
        return [Finding("options-scored", "warn",
                        f"The options appraisal is not scored yet ({', '.join(missing)}): score every option "
                        "against every criterion (business_case.appraisal) so the economic case is made.",
                        cite["appraisal"], "business_case.appraisal")]
    return [Finding("options-scored", "pass", "Every option in the appraisal is scored.", cite["appraisal"],
                    "business_case.appraisal")]


def _plausibility(answers: Answers, finance: Finance, cite: dict[str, str]) -> list[Finding]:
    margin = finance.year1_margin
    if margin > MARGIN_HIGH:
        return [Finding("margin", "warn",
                        f"Year 1's operating margin is {margin}% of income: unusually high for a public service. "
                        "Check the income and the costs for a slip.", cite["plausibility"], "business_case")]
    return []


def _staff_numbers(answers: Answers, finance: Finance, cite: dict[str, str]) -> list[Finding]:
    case = answers.business_case
    moving, posts = case.transferring_staff, finance.staff_fte
    if moving and (posts < Decimal(moving) / 2 or posts > Decimal(moving) * 3 / 2):
        return [Finding("staff-numbers", "warn",
                        f"{moving} staff are expected to transfer, but the plan pays for {posts} full-time "
                        "equivalent posts: check the staff list and the transfer figure agree.", cite["viability"],
                        "business_case.transferring_staff")]
    return []
