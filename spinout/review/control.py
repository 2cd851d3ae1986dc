"""Who can control the society, and what its free text actually says.

Control: in a co-operative the members who use the service must control it, so non-user classes
(supporters, community, investors) must never hold a majority of the votes or of the board,
and investors must not vote on demutualisation. Content: objects, eligibility, the
participation basis, the name and the settings are read, not trusted, so that a rule the
answers make empty or contradictory is found before it is registered. Each finding cites what
it rests on: the Act's section, the FCA's guidance, or co-operative practice said as practice.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal
from typing import Any

from ..answers.archetypes import load_archetypes
from ..answers.law import law_for, load_statute, practice
from ..answers.model import Answers, MemberClass
from ..answers.seats import member_seats, seat_reach
from ..engine.document import Document
from ..engine.library import Library
from .findings import Finding, Severity


def check_control(answers: Answers, document: Document, library: Library) -> list[Finding]:
    """Control by the members who use the service (co-operative societies)."""
    if answers.society.type != "co-operative" or len(answers.member_classes) < 2:
        return _investor_names(answers)
    law = law_for(answers.society.nation)
    findings = _vote_control(answers, law) + _seat_control(answers, law) + _investors(answers, law)
    findings += _investor_names(answers)
    if not any(f.severity in ("fail", "warn") for f in findings):
        findings.append(Finding("control", "pass", "The members who use the service control the society: non-user "
                                "classes hold neither a majority of the votes nor of the board, and investors are "
                                "within practice limits.", law["bona_fide_citation"], "member_classes"))
    return findings


def vote_ceiling(answers: Answers, classes: list[MemberClass]) -> Decimal | None:
    """The most these classes together can carry of the votes (per cent), whatever the turnout
    of the others; None when nothing bounds it (one member, one vote without caps)."""
    if answers.governance.voting == "weighted":
        return sum((c.max_vote_share if c.max_vote_share is not None else c.vote_share or Decimal(0)
                    for c in classes), Decimal(0))
    if all(c.max_vote_share is not None for c in classes):
        return sum((c.max_vote_share for c in classes if c.max_vote_share is not None), Decimal(0))
    return None


def _vote_control(answers: Answers, law: dict[str, Any]) -> list[Finding]:
    non_users = [c for c in answers.member_classes if not c.user]
    if not non_users:
        return []
    names = ", ".join(c.name for c in non_users)
    ceiling = vote_ceiling(answers, non_users)
    if ceiling is None:
        return [Finding("control-non-user-votes", "fail",
                        f"With one member, one vote and no cap, the non-user classes ({names}) would hold a "
                        "majority of the votes as soon as they outnumber the members who use the service. Cap "
                        "them (max_vote_share).", law["bona_fide_citation"], "member_classes")]
    if ceiling > 50:
        return [Finding("control-non-user-votes", "fail",
                        f"The non-user classes ({names}) can hold {ceiling:g}% of the votes, a majority: a "
                        "co-operative must be controlled by the members who use its services.",
                        law["bona_fide_citation"], "member_classes")]
    if ceiling > practice()["non_user_max_vote_percent"]:
        return [Finding("control-non-user-share", "warn",
                        f"The non-user classes ({names}) can hold {ceiling:g}% of the votes, more than a "
                        "quarter. Practice keeps them smaller, so that the people who use the service stay "
                        "in control.", law["bona_fide_practice_citation"], "member_classes")]
    return []


def _seat_control(answers: Answers, law: dict[str, Any]) -> list[Finding]:
    board = answers.governance.board
    non_users = [c for c in answers.member_classes if not c.user]
    if not non_users:
        return []
    open_seats = answers.open_board_seats
    reserved = sum(c.board_seats for c in non_users if c.max_board_seats is None)
    uncapped = any(c.max_board_seats is None for c in non_users)
    capped = sum(c.max_board_seats or 0 for c in non_users)
    # the open seats are elected by everyone: non-user classes can win them up to their maxima
    reach = reserved + min(open_seats, open_seats if uncapped else capped)
    if reach * 2 > board.max_size:
        how = f", counting the {open_seats} open seats they could win" if open_seats and reach > reserved else ""
        return [Finding("control-non-user-seats", "fail",
                        f"The non-user classes ({', '.join(c.name for c in non_users)}) can fill {reach} of the "
                        f"board's {board.max_size} places{how}, a majority: a co-operative's board must be controlled "
                        "by members who use its services. Lower their seats, or give them a maximum "
                        "(max_board_seats).", law["bona_fide_citation"], "member_classes")]
    return []


def _investors(answers: Answers, law: dict[str, Any]) -> list[Finding]:
    findings = []
    investors = [c for c in answers.member_classes if c.investor]
    voting = [c.name for c in investors if c.votes_on_demutualisation]
    if voting:
        findings.append(Finding("control-investor-demutualisation", "fail",
                                f"{', '.join(voting)} would vote on dissolving, merging or converting the society: "
                                "investors must not decide whether it is demutualised. Set "
                                "votes_on_demutualisation to false.", law["bona_fide_citation"], "member_classes"))
    if investors:
        ceiling = vote_ceiling(answers, investors)
        most = practice()["investor_max_vote_percent"]
        if ceiling is None or ceiling > most:
            shown = "with no cap" if ceiling is None else f"{ceiling:g}% of the votes"
            findings.append(Finding("control-investor-share", "warn",
                                    f"Investor classes can hold {shown}: practice keeps investors at {most}% at most "
                                    "(max_vote_share), whatever the turnout.", law["bona_fide_practice_citation"],
                                    "member_classes"))
    return findings


def _investor_names(answers: Answers) -> list[Finding]:
    law = law_for(answers.society.nation)
    named = [c.name for c in answers.member_classes
             if re.search(r"invest", c.name + " " + c.eligibility, re.IGNORECASE) and not c.investor
             and not re.search(r"invest\w*\s+(?:of|in)\s+(?:time|effort)", c.eligibility, re.IGNORECASE)]
    if named:
        return [Finding("investor-class-marked", "warn",
                        f"{', '.join(named)} reads like a class of investors but is not marked as one "
                        "(investor: true): the checks on investor control cannot protect the society until it is.",
                        law["bona_fide_practice_citation"], "member_classes")]
    return []


# ---------------------------------------------------------------- what the text says

_CAPITAL = re.compile(r"\b(shares?|capital|invest\w*|money (?:they|each member) (?:put|paid)|paid[- ]up)\b",
                      re.IGNORECASE)
_COMPULSORY = re.compile(r"(?<!never )(?<!not )(?<!no )\b(must join|required to join|has to join|compulsory|"
                         r"automatically (?:becomes?|made) (?:a )?members?|as a condition of (?:their )?"
                         r"(?:employment|working|work|a job))", re.IGNORECASE)
_MEMBER_BENEFIT = re.compile(r"\b(for the benefit of (?:its|the) members|members' benefit|benefit of members|"
                             r"owning and running|partnership in owning|owned by (?:its|the) members|"
                             r"share (?:in )?the profits?|profits? (?:to|for) (?:its|the) members)\b", re.IGNORECASE)


def check_content(answers: Answers, document: Document, library: Library) -> list[Finding]:
    law = law_for(answers.society.nation)
    findings: list[Finding] = []
    for check in (_participation, _compulsory, _objects, _welsh_name, _interest, _dividend_reach,
                  _charitable_directors):
        findings += check(answers, law)
    return findings


def capital_basis(answers: Answers) -> bool:
    """A co-operative's dividend measured by money or shares held, not by taking part."""
    profits = answers.profits
    return (answers.society.type == "co-operative" and profits.patronage_dividend
            and bool(_CAPITAL.search(profits.participation_basis)))


def compulsory_classes(answers: Answers) -> list[str]:
    """The classes whose eligibility makes membership compulsory."""
    return [c.name for c in answers.member_classes if _COMPULSORY.search(c.eligibility)]


def non_user_control(answers: Answers) -> str | None:
    """Why the non-user classes of a co-operative could control it, if they could."""
    if answers.society.type != "co-operative" or len(answers.member_classes) < 2:
        return None
    law = law_for(answers.society.nation)
    fails = [f for f in _vote_control(answers, law) + _seat_control(answers, law) if f.severity == "fail"]
    return fails[0].message if fails else None


def _participation(answers: Answers, law: dict[str, Any]) -> list[Finding]:
    if not capital_basis(answers):
        return []
    return [Finding("participation-basis", "fail",
                    f"Dividends would be measured by \"{answers.profits.participation_basis}\": a co-operative may "
                    "share its surplus only by how much members take part (hours worked, use of the service, "
                    "trade), never by the money or shares they hold.", law["bona_fide_citation"],
                    "profits.participation_basis")]


def _compulsory(answers: Answers, law: dict[str, Any]) -> list[Finding]:
    findings = []
    for c in answers.member_classes:
        match = _COMPULSORY.search(c.eligibility)
        if match:
            findings.append(Finding("eligibility-compulsory", "fail",
                                    f"{c.name}: the eligibility says \"{match.group(0)}\", which makes membership "
                                    "compulsory; membership must always be a free choice (the first co-operative "
                                    "principle), and the rules say so.", law["ica_citation"],
                                    "member_classes"))
    return findings


def _objects(answers: Answers, law: dict[str, Any]) -> list[Finding]:
    if answers.society.type != "community-benefit":
        return []
    findings = []
    flagged = [found for text in answers.society.objects if (found := _MEMBER_BENEFIT.search(text))]
    if flagged:
        severity: Severity = "fail" if answers.asset_lock.kind == "charitable" else "warn"
        findings.append(Finding("objects-member-benefit", severity,
                                f"An object speaks of benefit to members (\"{flagged[0].group(0)}\"): "
                                "a community benefit society's business must be for the community, not mainly for "
                                "its members" + (", and a charity's objects must be exclusively charitable" if
                                                 severity == "fail" else "") + ". Reword the objects.",
                                law["community_benefit_citation"], "society.objects"))
    if answers.asset_lock.kind == "charitable" and not answers.asset_lock.objects_charitable:
        findings.append(Finding("objects-charitable", "warn",
                                "The rules say the objects are exclusively charitable. Have an adviser confirm "
                                "that they are, and then set asset_lock.objects_charitable to true.",
                                law["community_benefit_citation"], "asset_lock.objects_charitable"))
    return findings


def _welsh_name(answers: Answers, law: dict[str, Any]) -> list[Finding]:
    words = load_statute()["welsh_name_words"]
    if not any(re.search(rf"\b{w}\b", answers.society.name, re.IGNORECASE) for w in words):
        return []
    if answers.society.name_translation:
        return [Finding("name-translation", "pass", f"The name's English translation is given: "
                        f"{answers.society.name_translation}.", law["name_citation"], "society.name_translation")]
    return [Finding("name-translation", "warn",
                    "The name is in Welsh: the FCA asks for an English translation of a name that is not in "
                    "English. Give it in society.name_translation.", law["name_citation"], "society.name_translation")]


def _interest(answers: Answers, law: dict[str, Any]) -> list[Finding]:
    shares = answers.shares
    if not shares.investment_shares:
        return []
    rate, above = shares.interest_max_percent, shares.interest_above_base
    usual = practice()
    far = rate > usual["interest_far_percent"] or (above is not None and above > usual["interest_far_points"])
    high = rate > usual["interest_high_percent"] or (above is not None and above > usual["interest_high_points"])
    if not high:
        return []
    shown = f"{rate:g}%" + (f" or base rate plus {above:g} points" if above is not None else "")
    ceiling = f"{usual['interest_high_percent']}% or base rate plus {usual['interest_high_points']} points"
    return [Finding("share-interest", "fail" if far else "warn",
                    f"Interest on shares may go up to {shown}: " + (
                        "far more than raising capital needs, which the FCA reads as a sign of a society run for "
                        "investors." if far else f"above the usual ceiling of {ceiling}.")
                    + " Lower shares.interest_max_percent or shares.interest_above_base.",
                    law["interest_citation"], "shares.interest_max_percent")]


def _dividend_reach(answers: Answers, law: dict[str, Any]) -> list[Finding]:
    profits = answers.profits
    classes = answers.member_classes
    if answers.society.type != "co-operative" or not profits.patronage_dividend or len(classes) < 2:
        return []
    basis = profits.participation_basis
    work = re.search(r"\b(work|worked|hours|days|wages|pay)\b", basis, re.IGNORECASE)
    use = re.search(r"\b(spen[dt]|spending|purchas\w*|bought|buy\w*|use[sd]?|using|trade[sd]?|trading|"
                    r"customers?|fees|paid for|value of)\b", basis, re.IGNORECASE)
    workers_only = work and not use
    other_users = [c.name for c in classes if c.user and not c.employees]
    if workers_only and other_users:
        return [Finding("dividend-reach", "warn",
                        f"Dividends are measured by \"{profits.participation_basis}\", so only workers can receive "
                        f"one, not {', '.join(other_users)}: consider a basis for each class (for example use of the "
                        "service), or say in the business case why only workers share the surplus.",
                        law["practice_citation"], "profits.participation_basis")]
    return []


def _charitable_directors(answers: Answers, law: dict[str, Any]) -> list[Finding]:
    if answers.asset_lock.kind != "charitable":
        return []
    findings = []
    if answers.governance.board.pay == "members-approve":
        findings.append(Finding("charity-director-pay", "warn",
                                "The rules let the members pay Directors for being Directors, and the society is a "
                                "charity: paying charity trustees for serving needs express authority from charity "
                                "law or the charity regulator. Set governance.board.pay to expenses-only, or take "
                                "advice before registering.", law["charity_trustee_citation"],
                                "governance.board.pay"))
    staff = [c for c in answers.member_classes if c.employees and seat_reach(answers, c)]
    if not staff:
        return findings
    names = ", ".join(c.name for c in staff)
    reach, seats = sum(seat_reach(answers, c) for c in staff), member_seats(answers)
    if reach * 2 >= seats:
        findings.append(Finding("charity-employee-directors", "warn",
                                f"{names} can fill {reach} of the {seats} elected places on a charity's board, but the "
                                "rules let employees be paid only while fewer than half of the Directors are "
                                "employees: give staff fewer seats, or a maximum (max_board_seats).",
                                law["charity_trustee_citation"], "member_classes"))
    else:
        findings.append(Finding("charity-employee-directors", "pass",
                                f"{names} elect directors of a charity: the rules allow staff directors to be paid "
                                "for their jobs only within conditions (fewer than half the board, no part in pay "
                                "decisions). Confirm them with the charity regulator before registering.",
                                law["charity_trustee_citation"], "member_classes"))
    return findings


# ---------------------------------------------------------------- settings that make a right empty

def check_settings(answers: Answers, document: Document, library: Library) -> list[Finding]:
    law = law_for(answers.society.nation)
    expected = load_archetypes()[answers.service.archetype].expected_members
    findings: list[Finding] = []
    for check in (_quorum_sense, _requisition, _low_majorities, _office):
        findings += check(answers, law, expected)
    return findings + _founders_board(answers, document)


def _quorum_sense(answers: Answers, law: dict[str, Any], expected: int) -> list[Finding]:
    meetings = answers.governance.meetings
    if meetings.quorum_members < 2:
        return [Finding("quorum-empty", "fail", "A general meeting would be quorate with one member: that is not a "
                        "meeting. Set governance.meetings.quorum_members to at least 2 (3 is usual).",
                        law["practice_citation"], "governance.meetings.quorum_members")]
    needed = max(meetings.quorum_members, math.ceil(expected * meetings.quorum_percent / 100))
    if needed > practice()["realistic_quorum_members"]:
        return [Finding("quorum-realistic", "warn",
                        f"With about {expected:,} members, a quorum of {meetings.quorum_members} members or "
                        f"{meetings.quorum_percent:g}% means about {needed:,} members at every meeting: few meetings "
                        "will reach it, and every one will adjourn. Large societies use 10% or a fixed number.",
                        law["practice_citation"], "governance.meetings.quorum_percent")]
    return []


def _requisition(answers: Answers, law: dict[str, Any], expected: int) -> list[Finding]:
    meetings = answers.governance.meetings
    needed = min(meetings.requisition_members, math.ceil(expected * meetings.requisition_percent / 100))
    if needed * 2 > expected:
        return [Finding("requisition-reachable", "warn",
                        f"Members could force a general meeting only with about {needed:,} signatures, more than half "
                        f"of the {expected:,} or so members: the right would be empty. The usual threshold is 10% "
                        "of members or 100, whichever is fewer.", law["practice_citation"],
                        "governance.meetings.requisition_percent")]
    return []


def _low_majorities(answers: Answers, law: dict[str, Any], expected: int) -> list[Finding]:
    majorities = answers.governance.majorities
    findings = []
    low = [name.replace("_", " ") for name in ("rule_change", "dissolution", "merger", "asset_disposal", "expulsion")
           if getattr(majorities, name) * 3 < 200]
    if low:
        findings.append(Finding("majority-low", "warn",
                                f"These Extraordinary Resolutions need less than two-thirds of the votes: "
                                f"{', '.join(low)}. A bare majority gives the society no protection against a "
                                "passing majority changing what it is; 75% is usual.", law["practice_citation"],
                                "governance.majorities"))
    if majorities.entrenched <= majorities.rule_change:
        findings.append(Finding("majority-entrenched-empty", "warn",
                                f"Entrenched rules need {majorities.entrenched:g}%, no more than other rule changes "
                                f"({majorities.rule_change:g}%): the entrenchment protects nothing. 90% is usual.",
                                law["practice_citation"], "governance.majorities.entrenched"))
    return findings


def _founders_board(answers: Answers, document: Document) -> list[Finding]:
    board, founders = answers.governance.board, len(answers.founders)
    # a founding society names people to the board, as many as the rules allow: only people count
    if founders >= board.min_size or any(f.registered_society for f in answers.founders):
        return []
    rule = next((r.number for r in document.rules() if r.clause_id == "board-composition"), None)
    # rests on the rules' own minimum: the first directors must satisfy it from the day of registration
    citation = f"These rules, rule {rule} (the smallest board allowed)" if rule else ""
    return [Finding("founders-board", "fail",
                    f"There are {founders} founders but the board must have at least {board.min_size} directors: "
                    "the first board could not be formed lawfully from the members. Add founders, or lower "
                    "governance.board.min_size.", citation, "governance.board.min_size")]


_POSTCODE = re.compile(r"\b([A-Z]{1,2})\d[A-Z\d]?\s*\d[A-Z]{2}\b")


def _office(answers: Answers, law: dict[str, Any], expected: int) -> list[Finding]:
    match = _POSTCODE.search(answers.society.registered_office.upper())
    if not match:
        return []
    nation = answers.society.nation
    areas = load_statute()["postcode_areas"]
    area = match.group(1)
    found = next((name for name, codes in areas.items() if area in codes), None)
    if found and found != nation:
        return [Finding("office-nation", "warn",
                        f"The registered office's postcode ({match.group(0)}) is in {found.title()}, but the rules put "
                        f"the office in {nation.title()}: check society.nation and the address.",
                        law["rules_matters_citation"], "society.registered_office")]
    return []
