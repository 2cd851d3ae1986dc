"""Signals for contracts reserved for public service mutuals (Procurement Act 2023, s.33):
employee management and control, and a contract no longer than the Act allows (the figures are
in clauses/law/statute.yml, `reserved_contract`)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..answers.law import law_for
from ..answers.model import Answers
from ..answers.seats import member_seats
from ..formats import in_words


@dataclass(frozen=True)
class Eligibility:
    psm_eligible: bool
    psm_reasons: tuple[str, ...]
    employee_vote_share: Decimal | None   # the share of the votes staff are sure of; None: it depends on numbers
    employee_seats: int                   # the board places staff are sure of
    total_seats: int                      # the places members elect
    wales_care_duty: bool


def assess_eligibility(answers: Answers, regulated_care: bool) -> Eligibility:
    """Signals for the Procurement Act 2023 s.33 test (public service mutuals): employee
    management and control, no distribution beyond members, a contract short enough."""
    test = law_for(answers.society.nation)["reserved_contract"]
    control, longest = test["employee_control_percent"], test["max_years"]
    votes = staff_vote_share(answers)
    seats, total_seats = _staff_seats(answers), member_seats(answers)
    reasons = []
    if votes is None:
        reasons.append("employees control the votes only while staff members outnumber all the others, because "
                       "every member has one vote and the other classes are not all capped (member_classes: "
                       "max_vote_share)")
    elif votes <= control:
        reasons.append(f"employees do not control the society: the staff classes hold {votes:g}% of the votes "
                       "(member_classes: vote_share and employees)")
    if total_seats and seats * 100 <= total_seats * control:
        reasons.append(f"employees do not control the board: the staff classes are sure of {seats} of the "
                       f"{total_seats} elected seats (member_classes: board_seats)")
    if answers.business_case.contract_years > longest:
        reasons.append(f"a reserved contract lasts at most {in_words(longest)} years, and the business case assumes "
                       f"{answers.business_case.contract_years} (business_case.contract_years)")
    wales = answers.society.nation == "wales" and regulated_care
    return Eligibility(not reasons, tuple(reasons), votes, seats, total_seats, wales)


def staff_vote_share(answers: Answers) -> Decimal | None:
    """The share of the votes the staff classes hold whatever the turnout of the others."""
    classes = answers.member_classes
    if answers.governance.voting == "weighted":
        return sum((c.vote_share or Decimal(0) for c in classes if c.employees), Decimal(0))
    if not any(c.employees for c in classes):
        return Decimal(0)
    others = [c for c in classes if not c.employees]
    if any(c.max_vote_share is None for c in others):
        return None
    return max(Decimal(0), 100 - sum((c.max_vote_share or Decimal(0) for c in others), Decimal(0)))


def _staff_seats(answers: Answers) -> int:
    classes = answers.member_classes
    if len(classes) == 1:
        return member_seats(answers) if classes[0].employees else 0
    return sum(c.board_seats for c in classes if c.employees)
