"""Cash month by month, and the balance sheet at each year end (docs/FINANCE.md: Cash, month by
month; Balance sheet)."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from decimal import Decimal

from ..answers.model import BusinessCase
from .funding import MONTHS, Schedule
from .law import in_force
from .money import percent_of, spread, whole
from .projection import Lines, reclaimable_share, vat_content
from .scenario import Scenario

OFFSETS = {"monthly-in-advance": 0, "monthly-in-arrears": 1}


@dataclass(frozen=True)
class MonthCash:
    number: int          # 0: before go-live
    receipts: int        # income received, with any VAT charged on it
    funding: int         # grants, loans drawn and shares raised
    staff: int           # net pay, then (a month later) deductions, employer NI, pension, levy; on-costs
    other_costs: int     # overheads with their VAT, cost of sales, start-up costs
    vat: int             # VAT returns (a refund is negative)
    finance: int         # loan payments, share interest and withdrawals
    tax: int
    dividends: int
    closing: int

    @property
    def payments(self) -> int:
        return self.staff + self.other_costs + self.vat + self.finance + self.tax + self.dividends


@dataclass(frozen=True)
class BalanceSheet:
    year: int
    cash: int
    debtors: int          # income earned, not yet received
    payroll_owed: int     # deductions, employer NI, pension and levy for the last month
    vat_owed: int         # negative: due back
    tax_owed: int
    dividends_owed: int
    loans: int
    share_capital: int
    reserves: int

    @property
    def net_assets(self) -> int:
        return (self.cash + self.debtors - self.payroll_owed - self.vat_owed - self.tax_owed
                - self.dividends_owed - self.loans)

    @property
    def funds(self) -> int:
        return self.share_capital + self.reserves


@dataclass(frozen=True)
class YearEnd:
    """What the yearly results add to the monthly flows: the tax, dividends and share interest
    of each year, and the retained surplus."""

    tax: tuple[int, ...]
    dividends: tuple[int, ...]
    retained: tuple[int, ...]


def payment_offset(case: BusinessCase, scenario: Scenario) -> int:
    base = OFFSETS.get(case.payment_terms)
    if base is None:
        base = math.ceil(case.payment_days / 30)
    return base + scenario.payment_delay_months


def _by_month(lines: tuple[Lines, ...], field: str) -> list[int]:
    """A yearly line spread over its months (index 1 to 60; index 0 unused)."""
    return _spread({year.number: getattr(year, field) for year in lines})


def _spread(yearly: dict[int, int]) -> list[int]:
    series = [0] * (MONTHS + 1)
    for year, amount in yearly.items():
        series[12 * (year - 1) + 1:12 * year + 1] = spread(amount)
    return series


class _Flows:
    """The monthly flows, kept as lists so the balance sheet can look back at them."""

    def __init__(self, case: BusinessCase, lines: tuple[Lines, ...], scenario: Scenario, on: dt.date) -> None:
        self.case, self.lines = case, lines
        self.offset = payment_offset(case, scenario)
        self.earned = [a - b for a, b in zip(_by_month(lines, "contract_income"), _by_month(lines, "bad_debts"),
                                             strict=True)]
        self.other = _by_month(lines, "other_income")
        self.pay = _by_month(lines, "pay")
        self.deductions = [percent_of(p, case.payroll_deductions_percent) for p in self.pay]
        self.later = [a + b + c for a, b, c in zip(_by_month(lines, "employer_ni"),
                                                  _by_month(lines, "employer_pension"), _by_month(lines, "levy"),
                                                  strict=True)]
        self.now_staff = [a + b for a, b in zip(_by_month(lines, "other_on_costs"), _by_month(lines, "pension_extras"),
                                                strict=True)]
        overheads = _by_month(lines, "overheads")
        # the VAT content is worked out for the year, like the irrecoverable part, so that with
        # nothing to reclaim the two are equal to the pound
        content = _spread({year.number: whole(year.overheads * vat_content(case)) for year in lines})
        self.reclaimable_overheads = [c - i for c, i in zip(content, _by_month(lines, "irrecoverable_vat"),
                                                            strict=True)]
        self.overheads_paid = [o + c for o, c in zip(overheads, content, strict=True)]
        self.cost_of_sales = _by_month(lines, "cost_of_sales")
        self.vat_rate = Decimal(str(in_force("vat", on)["standard_rate"])) / 100 if case.vat_registered else Decimal(0)
        self.taxable = case.taxable_income_percent / 100
        start_up = whole(case.start_up_costs)
        start_content = whole(start_up * vat_content(case))
        start_kept = whole(start_up * vat_content(case) * (1 - reclaimable_share(case)))
        self.start_up = [0] * (MONTHS + 1)
        self.start_up_reclaimable = [0] * (MONTHS + 1)
        self.start_up[case.start_up_month] = start_up + start_content
        self.start_up_reclaimable[case.start_up_month] = start_content - start_kept

        self.received = [0] + [(self.earned[m - self.offset] if m - self.offset >= 1 else 0) + self.other[m]
                               for m in range(1, MONTHS + 1)]
        share = self.taxable * self.vat_rate
        self.output_vat = [whole(r * share) if share else 0 for r in self.received]
        self.reclaimable = [a + b for a, b in zip(self.reclaimable_overheads, self.start_up_reclaimable, strict=True)]


def closings_by_month(case: BusinessCase, lines: tuple[Lines, ...], loans: Schedule, shares: Schedule,
                      year_end: YearEnd, scenario: Scenario, on: dt.date) -> list[int]:
    """Only the month-end balances: the same sums as cash_by_month, for a sensitivity search."""
    flows = _Flows(case, lines, scenario, on)
    grants = _grants(case)
    vat_returns = _vat_returns(flows)
    tax = [_due(year_end.tax, m, 10) + _due(year_end.dividends, m, 6) for m in range(MONTHS + 1)]
    later = [0, 0] + [owed + due for owed, due in zip(flows.deductions[1:-1], flows.later[1:-1], strict=True)]
    cash, closings = whole(case.opening_reserves), []
    for m in range(MONTHS + 1):
        cash += (flows.received[m] + flows.output_vat[m] + grants[m] + loans.drawn[m] + shares.drawn[m]
                 - flows.pay[m] + flows.deductions[m] - flows.now_staff[m] - later[m]
                 - flows.overheads_paid[m] - flows.cost_of_sales[m] - flows.start_up[m] - vat_returns[m]
                 - loans.interest[m] - loans.repaid[m] - shares.interest[m] - shares.repaid[m] - tax[m])
        closings.append(cash)
    return closings


def _grants(case: BusinessCase) -> list[int]:
    grants = [0] * (MONTHS + 1)
    for grant in case.grants:
        grants[grant.month] += whole(grant.amount)
    return grants


def cash_by_month(case: BusinessCase, lines: tuple[Lines, ...], loans: Schedule, shares: Schedule,
                  year_end: YearEnd, scenario: Scenario,
                  on: dt.date) -> tuple[tuple[MonthCash, ...], _Flows]:
    flows = _Flows(case, lines, scenario, on)
    grants = _grants(case)
    vat_returns = _vat_returns(flows)
    months, cash = [], whole(case.opening_reserves)
    for m in range(MONTHS + 1):
        receipts = flows.received[m] + flows.output_vat[m]
        funding = grants[m] + loans.drawn[m] + shares.drawn[m]
        staff = (flows.pay[m] - flows.deductions[m] + flows.now_staff[m]
                 + (flows.deductions[m - 1] + flows.later[m - 1] if m >= 2 else 0))
        other = flows.overheads_paid[m] + flows.cost_of_sales[m] + flows.start_up[m]
        finance = loans.interest[m] + loans.repaid[m] + shares.interest[m] + shares.repaid[m]
        tax = _due(year_end.tax, m, 10)
        dividends = _due(year_end.dividends, m, 6)
        cash += receipts + funding - staff - other - vat_returns[m] - finance - tax - dividends
        months.append(MonthCash(m, receipts, funding, staff, other, vat_returns[m], finance, tax, dividends, cash))
    return tuple(months), flows


def _due(yearly: tuple[int, ...], month: int, after: int) -> int:
    """What falls due in `month` when each year's amount is paid `after` months past its end."""
    year, rest = divmod(month - after, 12)
    return yearly[year - 1] if rest == 0 and 1 <= year <= len(yearly) else 0


def _vat_returns(flows: _Flows) -> list[int]:
    """Net VAT for each quarter, paid in the second month after it ends."""
    paid = [0] * (MONTHS + 1)
    if not flows.case.vat_registered:
        return paid
    for quarter in range(1, MONTHS // 3 + 1):
        months = range(0 if quarter == 1 else 3 * quarter - 2, 3 * quarter + 1)
        net = sum(flows.output_vat[m] - flows.reclaimable[m] for m in months)
        due = 3 * quarter + 2
        if due <= MONTHS:
            paid[due] = net
    return paid


def balance_sheets(case: BusinessCase, months: tuple[MonthCash, ...], flows: _Flows, loans: Schedule,
                   shares: Schedule, year_end: YearEnd) -> tuple[BalanceSheet, ...]:
    sheets = []
    for year in range(1, len(year_end.tax) + 1):
        end = 12 * year
        debtors = sum(flows.earned[a] for a in range(max(1, end - flows.offset + 1), end + 1))
        vat_charged = sum(flows.output_vat[:end + 1]) - sum(flows.reclaimable[:end + 1])
        vat_paid = sum(month.vat for month in months[:end + 1])
        sheets.append(BalanceSheet(
            year=year,
            cash=months[end].closing,
            debtors=debtors,
            payroll_owed=flows.deductions[end] + flows.later[end],
            vat_owed=vat_charged - vat_paid,
            tax_owed=sum(t for y, t in enumerate(year_end.tax[:year], 1) if 12 * y + 10 > end),
            dividends_owed=sum(d for y, d in enumerate(year_end.dividends[:year], 1) if 12 * y + 6 > end),
            loans=loans.balance[end],
            share_capital=shares.balance[end],
            reserves=whole(case.opening_reserves) + sum(year_end.retained[:year]),
        ))
    return tuple(sheets)
