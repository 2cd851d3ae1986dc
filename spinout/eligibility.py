"""Signals for contracts reserved for public service mutuals (Procurement Act 2023, s.33):
employee management and control, and a contract of at most five years."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .model import Answers

YEARS = 5   # the longest contract that can be reserved

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
