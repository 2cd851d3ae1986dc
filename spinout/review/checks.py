"""The checks run on every build: is this draft registrable and internally consistent?

Each check returns Findings; a pass is recorded too, so the summary can say what was checked.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from ..answers.law import jurisdiction_of, law_for, load_statute, name_problems, practice
from ..answers.model import Answers
from ..answers.seats import member_seats
from ..engine.document import Document
from ..engine.kinds import kind_of
from ..engine.library import Library
from ..formats import in_words, pounds, upper_first
from .control import check_content, check_control, check_settings
from .finance import check_finance
from .findings import Finding, Report
from .members import MEMBER_CHECKS, check_producer_capture, covering

Check = Callable[[Answers, Document, Library], list[Finding]]


def run_checks(answers: Answers, document: Document, library: Library) -> Report:
    findings: list[Finding] = []
    registrable = kind_of(answers).registrable
    for check in CHECKS if registrable else OUTLINE_CHECKS:
        findings += check(answers, document, library)
    if not registrable:
        return Report(tuple(findings))   # a trust's articles are company law: no 2014 Act citations
    law = law_for(answers.society.nation)
    return Report(tuple(_cited(finding, law) for finding in findings))


def _cited(finding: Finding, law: dict[str, Any]) -> Finding:
    """A finding that names no law of its own gets what it rests on (statute.yml, finding_citations)."""
    if finding.citation:
        return finding
    sources = load_statute()["finding_citations"]
    source = next((key for prefix, key in sources.items() if finding.id.startswith(prefix)), None)
    return replace(finding, citation=law[source]) if source else finding


def check_school(answers: Answers, document: Document, library: Library) -> list[Finding]:
    if answers.service.archetype != "school-trust":
        return []
    citation = jurisdiction_of(answers.society.nation)["school_trust_citation"]
    if not kind_of(answers).registrable:
        return [Finding("school-trust", "info",
                        "A co-operative trust school or academy is a charitable company limited by guarantee, "
                        "not a registered society: it cannot register under the 2014 Act. This pack holds an "
                        "outline of trust articles for a solicitor, not rules and not the trust's constitution.",
                        citation, "service.document")]
    return [Finding("school-trust", "info",
                    f"These are the rules of a separate venture linked to {answers.service.linked_school}. They "
                    "are not the school trust's constitution: the trust's articles are company law, for a solicitor.",
                    citation, "service.linked_school")]


def check_s14_coverage(answers: Answers, document: Document, library: Library) -> list[Finding]:
    law = law_for(answers.society.nation)
    covered = covering(document, library)
    findings = []
    for matter, label in load_statute()["s14_matters"].items():
        rules = covered.get(matter)
        if rules:
            where = f"rule {rules[0]}" if len(rules) == 1 else f"rules {', '.join(rules[:-1])} and {rules[-1]}"
            findings.append(Finding(f"s14-{matter[4:]}", "pass", f"{label}: covered by {where}.",
                                    law["rules_matters_citation"], f"rule {rules[0]}"))
        else:
            findings.append(Finding(f"s14-{matter[4:]}", "fail",
                                    f"{label}: no rule covers this, and the Act requires the rules to provide for it.",
                                    law["rules_matters_citation"]))
    return findings


def check_name(answers: Answers, document: Document, library: Library) -> list[Finding]:
    society = answers.society
    citation = law_for(society.nation)["name_citation"]
    problems = name_problems(society.name, society.nation, society.type, society.name_exemption)
    findings = [Finding("name", "fail", upper_first(problem) + ".", citation, "society.name")
                for problem in problems]
    if society.name_exemption:
        findings.append(Finding("name-exemption", "warn",
                                "The name does not end with 'Limited', using the exemption for a society whose "
                                "objects are wholly charitable: the FCA must agree to it, so ask when you apply.",
                                citation, "society.name_exemption"))
    if not findings:
        findings.append(Finding("name", "pass", "The name meets the rules on endings and, for a community benefit "
                                "society, on the word 'co-operative'.", citation, "society.name"))
    return findings


def check_shareholding_cap(answers: Answers, document: Document, library: Library) -> list[Finding]:
    law = law_for(answers.society.nation)
    cap, held = law["max_withdrawable_holding"], answers.shares.max_holding
    if not answers.shares.withdrawable:
        return [Finding("max-shareholding", "pass",
                        "Shares are not withdrawable, so the legal limit on withdrawable holdings "
                        f"({pounds(cap)}) does not apply; the rules set their own limit of {pounds(held)}.",
                        law["max_holding_citation"], "shares.max_holding")]
    if held > cap:
        return [Finding("max-shareholding", "fail",
                        f"The maximum holding ({pounds(held)}) is above the legal limit of {pounds(cap)} for an "
                        f"individual member's withdrawable shares. Lower shares.max_holding to {pounds(cap)} or less.",
                        law["max_holding_citation"], "shares.max_holding")]
    return [Finding("max-shareholding", "pass",
                    f"The maximum holding ({pounds(held)}) is within the {pounds(cap)} limit.",
                    law["max_holding_citation"], "shares.max_holding")]


def check_board_seats(answers: Answers, document: Document, library: Library) -> list[Finding]:
    board = answers.governance.board
    reserved = sum(c.board_seats for c in answers.member_classes)
    elected = member_seats(answers)
    findings = [Finding("board-seats", "pass",
                        f"The members can elect up to {elected} of the board's {board.max_size} places"
                        + (f", {reserved} of them class by class." if reserved and len(answers.member_classes) > 1
                           else "."), subject="member_classes")]
    if reserved + board.co_opted_max > board.max_size:
        findings.append(Finding("board-co-opted-room", "warn",
                                f"{reserved} seats reserved for classes plus up to {board.co_opted_max} co-opted "
                                f"directors is more than the board's maximum of {board.max_size}: the board could not "
                                "co-opt anyone once every seat is filled.", subject="governance.board.co_opted_max"))
    if elected < board.min_size:
        findings.append(Finding("board-min-size", "warn",
                                f"The members can elect at most {elected} directors, but the board needs at least "
                                f"{board.min_size}: it would depend on co-opted directors to be lawful. Give the "
                                "classes more seats or higher maxima.", subject="governance.board.min_size"))
    if board.co_opted_max >= elected:
        findings.append(Finding("board-co-opted-majority", "fail",
                                f"Up to {board.co_opted_max} co-opted directors could match or outnumber the "
                                f"{elected} the members can elect: members would lose control of their board. Keep "
                                "governance.board.co_opted_max below the number of elected seats.",
                                subject="governance.board.co_opted_max"))
    return findings


def check_weights(answers: Answers, document: Document, library: Library) -> list[Finding]:
    classes = answers.member_classes
    if answers.governance.voting == "one-member-one-vote":
        capped = [f"{c.name} at most {c.max_vote_share:g}%" for c in classes if c.max_vote_share is not None]
        return [Finding("class-weights", "pass", "One member, one vote across the classes"
                        + (f", with caps on the votes cast: {'; '.join(capped)}." if capped else "."),
                        subject="governance.voting")]
    # The answers model refuses weights that do not add up to 100% (model.class_problems), so a
    # draft that gets here passes: the finding records that the weights were checked.
    return [Finding("class-weights", "pass", "The classes' shares of the vote add up to 100%.",
                    subject="member_classes")]


def check_quorum(answers: Answers, document: Document, library: Library) -> list[Finding]:
    meetings, founders = answers.governance.meetings, len(answers.founders)
    needed = max(meetings.quorum_members, math.ceil(founders * meetings.quorum_percent / 100))
    findings = []
    if needed > founders:
        findings.append(Finding("quorum-founders", "fail",
                                f"A general meeting needs {needed} members present, but there are only {founders} "
                                "founders: the first meetings could never be quorate. Lower "
                                "governance.meetings.quorum_members or add founders.",
                                subject="governance.meetings.quorum_members"))
    else:
        findings.append(Finding("quorum-founders", "pass",
                                f"The {founders} founders can form a quorum ({needed} needed at the start).",
                                subject="governance.meetings.quorum_members"))
    if answers.governance.board.quorum_min > founders:
        findings.append(Finding("board-quorum-founders", "warn",
                                f"The board quorum ({answers.governance.board.quorum_min}) is more than the number "
                                f"of founders ({founders}): the first board must be larger than the founding group.",
                                subject="governance.board.quorum_min"))
    return findings


def check_majorities(answers: Answers, document: Document, library: Library) -> list[Finding]:
    majorities = answers.governance.majorities
    rule_change = majorities.rule_change
    others = {k: getattr(majorities, k) for k in ("dissolution", "merger", "asset_disposal", "expulsion",
                                                   "remove_director")}
    higher = {k: v for k, v in others.items() if v > rule_change}
    findings = []
    if higher:
        names = ", ".join(f"{k.replace('_', ' ')} ({v:g}%)" for k, v in higher.items())
        findings.append(Finding("majority-order", "fail",
                                f"Changing the rules needs only {rule_change:g}%, less than {names}: members could "
                                "change the rules first and avoid the higher majority. Raise "
                                "governance.majorities.rule_change.", subject="governance.majorities.rule_change"))
    else:
        findings.append(Finding("majority-order", "pass",
                                f"Changing the rules needs {rule_change:g}%, at least as much as any other decision.",
                                subject="governance.majorities.rule_change"))
    if majorities.entrenched < rule_change:
        findings.append(Finding("majority-entrenched", "fail",
                                f"Entrenched rules need only {majorities.entrenched:g}%, less than ordinary rule "
                                f"changes ({rule_change:g}%).", subject="governance.majorities.entrenched"))
    return findings


def check_asset_lock(answers: Answers, document: Document, library: Library) -> list[Finding]:
    lock, statute = answers.asset_lock, load_statute()
    regulations = law_for(answers.society.nation)["asset_lock_regulations"]
    if lock.kind == "none" and answers.society.type == "community-benefit":
        return [Finding("asset-lock", "warn",
                        "There is no asset lock. The rules already bar paying profits to members, but without the "
                        "statutory lock a later general meeting could convert the society and take its assets out "
                        "of community use. Public bodies usually expect a community benefit society spinning out a "
                        "service to adopt the statutory lock.", subject="asset_lock.kind")]
    if lock.kind == "none":
        return [Finding("asset-lock", "warn",
                        "There is no asset lock: members could one day vote to sell up and share the proceeds. "
                        "Spin-outs of public services are usually expected to lock their assets.",
                        subject="asset_lock.kind")]
    if lock.kind != "statutory":
        return [Finding("asset-lock", "pass", f"A {lock.kind} asset lock is in the rules.", subject="asset_lock.kind")]
    if not lock.statutory_text:
        return [Finding("asset-lock-statutory-text", "fail",
                        "The statutory asset lock must be in the exact words prescribed by the regulations, and they "
                        "have not been supplied. Paste them from legislation.gov.uk into asset_lock.statutory_text.",
                        regulations, "asset_lock.statutory_text")]
    text = " ".join(lock.statutory_text.lower().split())
    missing = [e for e in statute["statutory_lock_key_elements"] if e not in text]
    if missing or len(text) < statute["statutory_lock_min_length"]:
        detail = f"it does not mention {', '.join(repr(m) for m in missing)}" if missing else "it is too short"
        return [Finding("asset-lock-statutory-text", "fail",
                        f"The text in asset_lock.statutory_text does not look like the prescribed rule: {detail}. "
                        "Copy it again, word for word.", regulations, "asset_lock.statutory_text")]
    citation = law_for(answers.society.nation)["asset_lock_citation"]
    if not lock.statutory_text_compared:
        return [Finding("asset-lock-statutory-text", "warn",
                        "Prescribed asset-lock text supplied, not yet compared word for word with SI 2006/264 "
                        "Schedule 1 as amended. spinout cannot tell a paraphrase from the prescribed words: have "
                        "someone compare it with legislation.gov.uk, then set asset_lock.statutory_text_compared "
                        "to true.", citation, "asset_lock.statutory_text")]
    return [Finding("asset-lock-statutory-text", "pass",
                    "Prescribed asset-lock text supplied, and recorded as compared word for word with SI 2006/264 "
                    "Schedule 1 as amended.", citation, "asset_lock.statutory_text")]


def check_notice(answers: Answers, document: Document, library: Library) -> list[Finding]:
    days, usual = answers.governance.meetings.notice_days, practice()["usual_notice_days"]
    if days < usual:
        return [Finding("meeting-notice", "warn",
                        f"{days} clear days' notice of general meetings is short; {usual} is usual, so that members "
                        "who are at work or away can take part.", subject="governance.meetings.notice_days")]
    return [Finding("meeting-notice", "pass", f"General meetings get {days} clear days' notice.",
                    subject="governance.meetings.notice_days")]


def check_contract(answers: Answers, document: Document, library: Library) -> list[Finding]:
    case = answers.business_case
    years = case.contract_years
    if case.contract_value == 0:
        return []   # no main contract (a venture living on sales): nothing to flag
    ask = practice()["initial_contract_years"]
    if years < ask:
        return [Finding("contract-length", "warn",
                        f"The business case assumes a {years}-year contract. Ask for at least {in_words(ask)} years: "
                        "a shorter contract makes it hard to plan, borrow and invest, and policy backing public "
                        f"service mutuals argues for {in_words(ask)}-year initial contracts.",
                        subject="business_case.contract_years")]
    return [Finding("contract-length", "pass", f"The business case assumes a {years}-year contract.",
                    subject="business_case.contract_years")]


CHECKS: tuple[Check, ...] = (
    check_school,
    check_s14_coverage,
    check_name,
    check_shareholding_cap,
    check_board_seats,
    check_weights,
    check_quorum,
    check_majorities,
    check_asset_lock,
    check_notice,
    check_contract,
    check_finance,
    check_control,
    check_content,
    check_settings,
    *MEMBER_CHECKS,
)

# An outline of school trust articles is company law, not society rules: only the checks on the
# stakeholder structure apply to it.
OUTLINE_CHECKS: tuple[Check, ...] = (check_school, check_board_seats, check_weights, check_quorum, check_contract,
                                     check_finance, check_producer_capture)
