"""The business case's numbers: a five-year projection computed from the answers.

Every line is rounded to whole pounds first and every total is the sum of rounded lines, so
the tables always add up exactly as printed.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from .model import Answers, BusinessCase

YEARS = 5
INCOME = ("contract_income", "other_income")
COSTS = ("pay", "on_costs", "pension", "overheads", "vat", "start_up")


def pounds(value: Decimal) -> Decimal:
    return value.quantize(Decimal("1"), rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Year:
    number: int
    contract_income: Decimal
    other_income: Decimal
    pay: Decimal
    on_costs: Decimal
    pension: Decimal
    overheads: Decimal
    vat: Decimal
    start_up: Decimal
    funding: Decimal          # start-up funding received (cash, not income)
    opening_cash: Decimal

    @property
    def income(self) -> Decimal:
        return sum((getattr(self, name) for name in INCOME), Decimal(0))

    @property
    def expenditure(self) -> Decimal:
        return sum((getattr(self, name) for name in COSTS), Decimal(0))

    @property
    def surplus(self) -> Decimal:
        return self.income - self.expenditure

    @property
    def closing_cash(self) -> Decimal:
        return self.opening_cash + self.surplus + self.funding


@dataclass(frozen=True)
class Projection:
    rows: tuple[Year, ...]
    contract_years: int

    @property
    def years(self) -> list[int]:
        return [y.number for y in self.rows]

    @property
    def income(self) -> list[Decimal]:
        return [y.income for y in self.rows]

    @property
    def expenditure(self) -> list[Decimal]:
        return [y.expenditure for y in self.rows]

    @property
    def surplus(self) -> list[Decimal]:
        return [y.surplus for y in self.rows]

    @property
    def closing_cash(self) -> list[Decimal]:
        return [y.closing_cash for y in self.rows]

    @property
    def five_year_surplus(self) -> Decimal:
        return sum(self.surplus, Decimal(0))

    @property
    def break_even_year(self) -> int | None:
        """The first year by whose end the surpluses so far, with start-up funding, cover the
        start-up costs and any early deficits."""
        running = Decimal(0)
        for year in self.rows:
            running += year.surplus + year.funding
            if running >= 0:
                return year.number
        return None

    @property
    def lowest_cash(self) -> Decimal:
        return min(self.closing_cash)

    @property
    def lowest_cash_year(self) -> int:
        return self.rows[self.closing_cash.index(self.lowest_cash)].number

    @property
    def contract_short(self) -> bool:
        return self.contract_years < YEARS

    @property
    def year1_staff_cost(self) -> Decimal:
        first = self.rows[0]
        return first.pay + first.on_costs + first.pension


def project(case: BusinessCase, income_factor: Decimal = Decimal(1), cost_factor: Decimal = Decimal(1)) -> Projection:
    """Five years from the inputs. The factors scale income and costs for the sensitivity table.
    The contract is assumed to be renewed on the same terms after it ends (the business case says so)."""
    rows: list[Year] = []
    cash = pounds(case.opening_reserves)
    base_pay = sum((role.fte * role.salary for role in case.staff), Decimal(0))
    for number in range(1, YEARS + 1):
        grow = (1 + case.income_growth_percent / 100) ** (number - 1) * income_factor
        inflate = (1 + case.inflation_percent / 100) ** (number - 1) * cost_factor
        pay = pounds(base_pay * inflate)
        overheads = pounds(case.overheads * inflate)
        year = Year(
            number=number,
            contract_income=pounds(case.contract_value * grow),
            other_income=pounds(case.other_income * grow),
            pay=pay,
            on_costs=pounds(pay * case.on_costs_percent / 100),
            pension=pounds(pay * case.pension_percent / 100),
            overheads=overheads,
            vat=pounds(overheads * case.irrecoverable_vat_percent / 100),
            start_up=pounds(case.start_up_costs * cost_factor) if number == 1 else Decimal(0),
            funding=pounds(case.start_up_funding) if number == 1 else Decimal(0),
            opening_cash=cash,
        )
        rows.append(year)
        cash = year.closing_cash
    return Projection(tuple(rows), case.contract_years)


SENSITIVITIES = (
    ("Base case", Decimal(1), Decimal(1)),
    ("Income 10% lower", Decimal("0.9"), Decimal(1)),
    ("Costs 10% higher", Decimal(1), Decimal("1.1")),
    ("Income 10% lower and costs 10% higher", Decimal("0.9"), Decimal("1.1")),
)


def sensitivity(case: BusinessCase) -> list[tuple[str, Projection]]:
    return [(label, project(case, income, cost)) for label, income, cost in SENSITIVITIES]


# ---------------------------------------------------------------- reserved contracts

@dataclass(frozen=True)
class Eligibility:
    psm_eligible: bool
    psm_reasons: tuple[str, ...]
    employee_vote_share: Decimal
    employee_seats: int
    total_seats: int
    wales_care_duty: bool


def assess_eligibility(answers: Answers, regulated_care: bool) -> Eligibility:
    """Signals for the Procurement Act 2023 s.33 test (public service mutuals): employee
    management and control, no distribution beyond members, a contract of at most five years."""
    classes = answers.member_classes
    votes = sum((c.vote_share for c in classes if c.employees), Decimal(0))
    seats = sum(c.board_seats for c in classes if c.employees)
    total_seats = sum(c.board_seats for c in classes)
    reasons = []
    if votes <= 50:
        reasons.append(f"employees do not control the society: the staff classes hold {votes:g}% of the votes "
                       "(member_classes: vote_share and employees)")
    if total_seats and seats * 2 <= total_seats:
        reasons.append(f"employees do not control the board: the staff classes elect {seats} of {total_seats} "
                       "seats (member_classes: board_seats)")
    if answers.business_case.contract_years > YEARS:
        reasons.append(f"a reserved contract lasts at most five years, and the business case assumes "
                       f"{answers.business_case.contract_years} (business_case.contract_years)")
    wales = answers.society.nation == "wales" and regulated_care
    return Eligibility(not reasons, tuple(reasons), votes, seats, total_seats, wales)
