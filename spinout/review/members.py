"""Checks on who holds power in the society: registration conditions, members' reserved
powers, producer capture, the public-service-mutual test and audit exemption."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..answers.archetypes import load_archetypes
from ..answers.law import law_for, load_statute, practice
from ..answers.model import Answers
from ..answers.seats import member_seats, seat_reach
from ..business import finance_for
from ..business.eligibility import assess_eligibility
from ..engine.document import Document
from ..engine.library import Library
from ..formats import in_words, pounds
from .control import capital_basis, compulsory_classes, non_user_control, vote_ceiling
from .findings import Finding

RESERVED = (("amendments", "changing the rules"), ("amalgamation", "mergers and conversion"),
            ("dissolution", "dissolving the society"), ("board-removal", "removing directors"))


def covering(document: Document, library: Library) -> dict[str, list[str]]:
    """The rules (by number) that cover each s.14 matter or principle, from the clauses' `covers`."""
    covering: dict[str, list[str]] = {}
    for rule in document.rules():
        for item in library.clause(rule.clause_id).spec.covers:
            covering.setdefault(item, []).append(rule.number)
    return covering


def _rule_of(document: Document, clause_id: str) -> str | None:
    return next((r.number for r in document.rules() if r.clause_id == clause_id), None)


def check_registration_condition(answers: Answers, document: Document, library: Library) -> list[Finding]:
    law = law_for(answers.society.nation)
    if answers.society.type == "co-operative":
        return _principles(answers, document, library, law)
    statement, profits = _rule_of(document, "opening-community-benefit"), _rule_of(document, "profits-cbs")
    if statement and profits:
        return [Finding("community-benefit", "pass",
                        f"The rules say the business is run for the community, not mainly for members (rule "
                        f"{statement}), and never distribute profits to members (rule {profits}).",
                        law["registration_conditions_citation"], f"rule {statement}")]
    return [Finding("community-benefit", "fail",
                    "A community benefit society's rules must say its business is for the benefit of the "
                    "community and must bar distributions to members; these rules do not.",
                    law["registration_conditions_citation"], "society.type")]


# The statement of the principles names all seven; the rules that give them effect are the others.
_STATEMENT = "opening-coop-principles"


def _principles(answers: Answers, document: Document, library: Library, law: dict[str, Any]) -> list[Finding]:
    """Each principle by what the rules and answers do, not only by a clause being present."""
    covered, findings = covering(document, library), []
    statement = _rule_of(document, _STATEMENT)
    for key, label in load_statute()["principles"].items():
        number = key.rsplit(".", 1)[-1]
        rules = [r for r in covered.get(key, []) if r != statement]
        broken = principle_breaches(answers).get(number)
        if broken:
            findings.append(Finding(f"principle-{number}", "fail", f"Co-operative principle {number} ({label}): "
                                    f"{broken}", law["ica_citation"], "member_classes"))
        elif rules:
            findings.append(Finding(f"principle-{number}", "pass", f"Co-operative principle {number} ({label}): "
                                    + ("rule " if len(rules) == 1 else "rules ") + ", ".join(rules) + ".",
                                    law["ica_citation"], f"rule {rules[0]}"))
        elif statement:
            findings.append(Finding(f"principle-{number}", "info", f"Co-operative principle {number} ({label}): "
                                    f"stated in rule {statement}, which the society commits to; no other rule gives "
                                    "it effect.", law["ica_citation"], f"rule {statement}"))
        else:
            findings.append(Finding(f"principle-{number}", "fail", f"Co-operative principle {number} ({label}): no "
                                    "rule gives effect to it, and the FCA judges a co-operative society against "
                                    "these principles.", law["ica_citation"], "society.type"))
    return findings


def principle_breaches(answers: Answers) -> dict[str, str]:
    """What in the answers works against a principle, by principle number."""
    breaches = {}
    compulsory = compulsory_classes(answers)
    if compulsory:
        breaches["1"] = f"membership of {', '.join(compulsory)} is made compulsory by its eligibility."
    control = non_user_control(answers)
    if control:
        breaches["2"] = control
    if capital_basis(answers):
        breaches["3"] = ("the surplus would be shared by the money or shares members hold, not by how much they "
                         "take part.")
    investors = [c.name for c in answers.member_classes if c.investor and c.votes_on_demutualisation]
    if investors:
        breaches["4"] = (f"{', '.join(investors)} (investors) would vote on whether the society is dissolved, "
                         "merged or converted.")
    return breaches


def check_member_powers(answers: Answers, document: Document, library: Library) -> list[Finding]:
    findings = []
    kept = [(label, _rule_of(document, clause)) for clause, label in RESERVED]
    missing = [label for label, rule in kept if rule is None]
    if missing:
        findings.append(Finding("member-powers", "fail", "The members must keep the power over "
                                + ", ".join(missing) + ", but no rule gives it to them.", subject="governance"))
    else:
        shown = "; ".join(f"{label} (rule {rule})" for label, rule in kept)
        findings.append(Finding("member-powers", "pass", f"Members keep the big decisions: {shown}.",
                                subject="governance.majorities"))
    if not any(c.votes_on_demutualisation for c in answers.member_classes):
        findings.append(Finding("member-powers-demutualisation", "fail",
                                "No class votes on dissolution or mergers (votes_on_demutualisation is false for "
                                "every class): nobody could decide them.", subject="member_classes"))
    deciding = [c for c in answers.member_classes if c.votes_on_demutualisation]
    users = [c for c in answers.member_classes if c.user]
    if len(deciding) == 1 and len(users) > 1:
        findings.append(Finding("member-powers-demutualisation-one-class", "fail",
                                f"Only {deciding[0].name} vote on dissolving, merging or converting the society: "
                                f"that class alone could end it, without "
                                f"{', '.join(c.name for c in users if c is not deciding[0])}. Let every class of "
                                "members who use the service vote (votes_on_demutualisation).",
                                subject="member_classes"))
    if answers.governance.majorities.remove_director > practice()["remove_director_max_percent"]:
        findings.append(Finding("member-powers-removal", "warn",
                                f"Removing a director needs {answers.governance.majorities.remove_director:g}% of "
                                "votes cast: so high that members could not hold the board to account in practice.",
                                subject="governance.majorities.remove_director"))
    return findings


def check_producer_capture(answers: Answers, document: Document, library: Library) -> list[Finding]:
    classes = answers.member_classes
    if len(classes) == 1:
        return [Finding("producer-capture", "info", f"Only one class ({classes[0].name}): other stakeholders, such "
                        "as the people who use the service, have no formal voice.", subject="member_classes")]
    seats, capture = member_seats(answers), practice()["capture_vote_percent"]
    shut_out = [c.name for c in classes if seat_reach(answers, c) == 0]
    for c in classes:
        ceiling, reach = vote_ceiling(answers, [c]), seat_reach(answers, c)
        if (ceiling is None or ceiling > capture) and seats and reach * 2 > seats and shut_out:
            votes = ("a majority of the votes whenever it outnumbers the others (one member, one vote, "
                     "with no cap)" if ceiling is None else f"a majority of the votes ({ceiling:g}%)")
            return [Finding("producer-capture", "warn",
                            f"{c.name} can hold {votes} and a majority of the board ({reach} of {seats} elected "
                            f"places), while {', '.join(shut_out)} can win no seat: one group could run the society "
                            "without the others. Give each class seats, or cap the largest.",
                            subject="member_classes")]
    return [Finding("producer-capture", "pass", "No single class controls both the votes and the board while "
                    "another class is left without a seat.", subject="member_classes")]


def check_public_service_mutual(answers: Answers, document: Document, library: Library) -> list[Finding]:
    law = law_for(answers.society.nation)
    citation, longest = law["psm_citation"], law["reserved_contract"]["max_years"]
    archetype = load_archetypes()[answers.service.archetype]
    if archetype.host == "none":
        return [Finding("public-service-mutual", "info", "Contracts reserved for public service mutuals are for "
                        "bodies that deliver public services; this society is not set up to deliver one, so the "
                        "test is not applied. If it bids for public contracts later, check its class weights "
                        "against it then.", citation, "service.archetype")]
    eligibility = assess_eligibility(answers, archetype.regulated_care)
    if eligibility.psm_eligible:
        return [Finding("public-service-mutual", "info", "On these answers the society looks eligible for contracts "
                        "reserved for public service mutuals: its employees control it, it does not distribute "
                        f"beyond its members, and the contract is at most {in_words(longest)} years. The commissioner "
                        "decides.",
                        citation, "member_classes")]
    return [Finding("public-service-mutual", "info", "Not eligible for contracts reserved for public service mutuals: "
                    + "; ".join(eligibility.psm_reasons) + ". That matters only if the group wants such a contract.",
                    citation, "member_classes")]


def check_audit_exemption(answers: Answers, document: Document, library: Library) -> list[Finding]:
    law = law_for(answers.society.nation)
    limits = law["audit_exemption"]
    turnover = finance_for(answers).years[0].recurring_income
    charity = answers.asset_lock.kind == "charitable"
    if charity and turnover > Decimal(limits["charity_max_income"]):
        message = (f"A first-year income of about {pounds(turnover)} is above the "
                   f"{pounds(limits['charity_max_income'])} limit for a charitable society: the accounts must be "
                   "audited each year.")
    elif turnover <= Decimal(limits["max_turnover"]):
        message = (f"With a first-year turnover of about {pounds(turnover)} (from the business case), the members "
                   "may vote each year not to have a full audit, if assets are also no more than "
                   f"{pounds(limits['max_assets'])} and fewer than {limits['max_votes_against_percent']}% of votes "
                   f"cast and {limits['max_members_against_percent']}% of members oppose it.")
    else:
        message = (f"A first-year turnover of about {pounds(turnover)} is above the "
                   f"{pounds(limits['max_turnover'])} limit: the accounts must be audited each year.")
    return [Finding("audit-exemption", "info", message, law["audit_citation"], "business_case")]


MEMBER_CHECKS = (check_registration_condition, check_member_powers, check_producer_capture,
                 check_public_service_mutual, check_audit_exemption)
