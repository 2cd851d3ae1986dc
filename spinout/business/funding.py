"""Loans and community shares, month by month (docs/FINANCE.md: Funding)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..answers.model import BusinessCase, CommunityShares, Loan
from .money import whole

MONTHS = 60


@dataclass(frozen=True)
class Schedule:
    """Money in and out by month (index 0 to MONTHS), and what is owed at each month end."""

    drawn: tuple[int, ...]        # money received
    interest: tuple[int, ...]     # interest paid
    repaid: tuple[int, ...]       # capital paid back (a loan) or withdrawn (shares)
    balance: tuple[int, ...]      # owed at the month end


def loan_schedule(loan: Loan) -> Schedule:
    drawn, interest, repaid, balance = ([0] * (MONTHS + 1) for _ in range(4))
    amount = whole(loan.amount)
    drawn[loan.month] = amount
    payments = loan.term_years * 12
    rate = loan.rate_percent / 1200
    payment = whole(amount * rate / (1 - (1 + rate) ** -payments)) if rate else whole(Decimal(amount) / payments)
    owed = amount
    for month in range(loan.month, MONTHS + 1):
        number = month - loan.month          # payments made so far, counting this month's
        if 1 <= number <= payments and owed > 0:
            charge = whole(owed * rate)
            capital = owed if number == payments else min(owed, payment - charge)
            interest[month], repaid[month] = charge, capital
            owed -= capital
        balance[month] = owed
    return Schedule(tuple(drawn), tuple(interest), tuple(repaid), tuple(balance))


def share_schedule(shares: CommunityShares) -> Schedule:
    """Shares raised in their month; interest paid at each year end on the balance held through
    the year's months; from year 3, a share of the balance at the start of the year withdrawn at
    its end."""
    drawn, interest, repaid, balance = ([0] * (MONTHS + 1) for _ in range(4))
    amount = whole(shares.amount)
    drawn[shares.month] = amount
    held, accrued = 0, Decimal(0)
    start_of_year = 0
    for month in range(0, MONTHS + 1):
        if month >= 1:
            accrued += held * shares.interest_percent / 1200
        if month == shares.month:
            held += amount
        if month >= 1 and month % 12 == 0:
            year = month // 12
            interest[month] = whole(accrued)
            accrued = Decimal(0)
            if year >= 3:
                withdrawn = min(held, whole(start_of_year * shares.withdrawal_percent / 100))
                repaid[month] = withdrawn
                held -= withdrawn
            start_of_year = held
        if month == 0:
            start_of_year = held
        balance[month] = held
    return Schedule(tuple(drawn), tuple(interest), tuple(repaid), tuple(balance))


def combined(schedules: list[Schedule]) -> Schedule:
    def total(field: str) -> tuple[int, ...]:
        return tuple(sum(getattr(s, field)[m] for s in schedules) for m in range(MONTHS + 1))

    return Schedule(total("drawn"), total("interest"), total("repaid"), total("balance"))


def loans(case: BusinessCase) -> Schedule:
    return combined([loan_schedule(loan) for loan in case.loans])


def shares(case: BusinessCase) -> Schedule:
    return combined([share_schedule(case.community_shares)] if case.community_shares else [])


def yearly(values: tuple[int, ...], year: int) -> int:
    """The sum of a monthly series over year `year` (months 12y-11 to 12y; month 0 in year 1)."""
    first = 0 if year == 1 else 12 * (year - 1) + 1
    return sum(values[first:12 * year + 1])
