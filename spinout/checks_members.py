"""Checks on who holds power in the society: registration conditions, members' reserved
powers, producer capture, the public-service-mutual test and audit exemption."""

from __future__ import annotations

from decimal import Decimal

from .archetypes import load_archetypes
from .document import Document
from .findings import Finding
from .business import finance_for
from .eligibility import assess_eligibility
from .library import Library
from .model import Answers
from .statute import law_for, load_statute

RESERVED = (("amendments", "changing the rules"), ("amalgamation", "mergers and conversion"),
            ("dissolution", "dissolving the society"), ("board-removal", "removing directors"))


def _covering(document: Document, library: Library) -> dict[str, list[str]]:
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
        covering, findings = _covering(document, library), []
        for key, label in load_statute()["principles"].items():
            rules = covering.get(key)
            findings.append(Finding(f"principle-{key[-1]}", "pass" if rules else "fail",
                                    f"Co-operative principle {key[-1]} ({label}): "
                                    + (("rule " if len(rules) == 1 else "rules ") + ", ".join(rules) + "." if rules
                                       else "no rule gives effect to it, and the "
                                       "FCA judges a co-operative society against these principles."),
                                    law["ica_citation"], f"rule {rules[0]}" if rules else "society.type"))
        return findings
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
                                law_for(answers.society.nation)["amendment_citation"], "governance.majorities"))
    if not any(c.votes_on_demutualisation for c in answers.member_classes):
        findings.append(Finding("member-powers-demutualisation", "fail",
                                "No class votes on dissolution or mergers (votes_on_demutualisation is false for "
                                "every class): nobody could decide them.", subject="member_classes"))
    if answers.governance.majorities.remove_director > 75:
        findings.append(Finding("member-powers-removal", "warn",
                                f"Removing a director needs {answers.governance.majorities.remove_director:g}% of "
                                "votes cast: so high that members could not hold the board to account in practice.",
                                subject="governance.majorities.remove_director"))
    return findings


def check_producer_capture(answers: Answers, document: Document, library: Library) -> list[Finding]:
    classes = answers.member_classes
    seats = sum(c.board_seats for c in classes)
    shut_out = [c.name for c in classes if c.board_seats == 0 and c.vote_share > 0]
    for c in classes:
        if c.vote_share > 50 and seats and c.board_seats * 2 > seats and shut_out:
            return [Finding("producer-capture", "warn",
                            f"{c.name} hold a majority of the votes ({c.vote_share:g}%) and of the board seats "
                            f"({c.board_seats} of {seats}), while {', '.join(shut_out)} have no seat: one group "
                            "could run the society without the others. Give each class seats, or cap the largest.",
                            subject="member_classes")]
    if len(classes) == 1:
        return [Finding("producer-capture", "info", f"Only one class ({classes[0].name}): other stakeholders, such "
                        "as the people who use the service, have no formal voice.", subject="member_classes")]
    return [Finding("producer-capture", "pass", "No single class controls both the votes and the board while "
                    "another class is left without a seat.", subject="member_classes")]


def check_public_service_mutual(answers: Answers, document: Document, library: Library) -> list[Finding]:
    citation = load_statute()["jurisdictions"]["gb"]["psm_citation"]
    regulated = load_archetypes()[answers.service.archetype].regulated_care
    eligibility = assess_eligibility(answers, regulated)
    if eligibility.psm_eligible:
        return [Finding("public-service-mutual", "info", "On these answers the society looks eligible for contracts "
                        "reserved for public service mutuals: its employees control it, it does not distribute "
                        "beyond its members, and the contract is at most five years. The commissioner decides.",
                        citation, "member_classes")]
    return [Finding("public-service-mutual", "info", "Not eligible for contracts reserved for public service mutuals: "
                    + "; ".join(eligibility.psm_reasons) + ". That matters only if the group wants such a contract.",
                    citation, "member_classes")]


def check_audit_exemption(answers: Answers, document: Document, library: Library) -> list[Finding]:
    law = law_for(answers.society.nation)
    limits = law["audit_exemption"]
    turnover = finance_for(answers).years[0].recurring_income
    if turnover <= Decimal(limits["max_turnover"]):
        message = (f"With a first-year turnover of about £{int(turnover):,} (from the business case), the members "
                   f"may vote each year not to have a full audit, if assets are also no more than "
                   f"£{limits['max_assets']:,} and fewer than {limits['max_votes_against_percent']}% of votes cast "
                   f"and {limits['max_members_against_percent']}% of members oppose it.")
    else:
        message = (f"A first-year turnover of about £{int(turnover):,} is above the £{limits['max_turnover']:,} limit: "
                   "the accounts must be audited each year.")
    return [Finding("audit-exemption", "info", message, law["audit_citation"], "business_case")]


MEMBER_CHECKS = (check_registration_condition, check_member_powers, check_producer_capture,
                 check_public_service_mutual, check_audit_exemption)
