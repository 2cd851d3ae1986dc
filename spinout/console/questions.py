"""The wizard's questions, described as data: key, prompt, help, kind, choices, default, when.

Nothing here imports questionary (wizard.py does). Defaults come from the archetype and the
answers model, and every value is checked with the model's own field types, so the wizard
holds no second copy of the rules: a value it accepts is a value `spinout build` accepts.
"""

from __future__ import annotations

import re
import typing
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from typing import Any, Callable, Literal

from pydantic import BaseModel, TypeAdapter, ValidationError

from ..answers import model
from ..answers.model import plain
from ..answers.archetypes import load_archetypes, merge
from ..answers.law import name_problems
from ..answers.messages import plain_message
from ..answers.yamlio import number_text_problem

Kind = Literal["text", "int", "decimal", "select", "yesno", "objects", "classes", "founders", "staff",
               "statutory-text"]
Choices = list[tuple[str, Any]]


class State:
    """The answers so far (a raw answers mapping, as saved) plus the wizard's own notes."""

    def __init__(self, answers: dict[str, Any] | None = None, notes: dict[str, Any] | None = None) -> None:
        self.answers: dict[str, Any] = answers or {}
        self.notes: dict[str, Any] = notes or {}

    def archetype_defaults(self) -> dict[str, Any]:
        archetype = load_archetypes().get(lookup(self.answers, "service.archetype"))
        return archetype.defaults if archetype else {}

    def merged(self) -> dict[str, Any]:
        return merge(self.archetype_defaults(), self.answers)

    def get(self, key: str, merged: bool = True) -> Any:
        if key.startswith("wizard."):
            return self.notes.get(key.removeprefix("wizard."), MISSING)
        return lookup(self.merged() if merged else self.answers, key)

    def set(self, key: str, value: Any) -> None:
        if key.startswith("wizard."):
            self.notes[key.removeprefix("wizard.")] = value
            return
        *parents, last = key.split(".")
        target = self.answers
        for part in parents:
            target = target.setdefault(part, {})
        target[last] = value

    def is_coop(self) -> bool:
        return self.get("society.type") == "co-operative"


class _Missing:
    """No answer yet (distinct from None, which is an answer to an optional question)."""

    def __repr__(self) -> str:
        return "MISSING"

    def __bool__(self) -> bool:
        return False


MISSING: Any = _Missing()


def lookup(data: Any, key: str) -> Any:
    for part in key.split("."):
        if not isinstance(data, dict) or part not in data:
            return MISSING
        data = data[part]
    return data


@dataclass(frozen=True)
class Question:
    key: str
    section: str
    prompt: str
    help: str                      # one plain line, shown with the question
    more: str                      # shown on "?": what it means, what most choose, what the law says
    kind: Kind
    choices: Callable[[State], Choices] | None = None
    default: Callable[[State], Any] | None = None     # None: the archetype's or the model's default
    when: Callable[[State], bool] = field(default=lambda state: True)
    check: Callable[[Any, State], str | None] | None = None   # beyond the model's own field type
    optional: bool = False

    def default_value(self, state: State) -> Any:
        if self.default is not None:
            return self.default(state)
        value = state.get(self.key)
        return model_default(self.key) if value is MISSING else value

    def problem(self, value: Any, state: State) -> str | None:
        """Why `value` cannot be the answer, in words; None when it can."""
        if value is MISSING or (value is None and not self.optional):
            return "an answer is needed"
        if value is None:
            return None
        if not self.key.startswith("wizard.") and self.kind not in ("classes", "founders", "objects", "staff"):
            error = field_problem(self.key, value)
            if error:
                return error
        return self.check(value, state) if self.check else None


# ---------------------------------------------------------------- the model's own validation

@cache
def _adapter(key: str) -> TypeAdapter[Any] | None:
    annotation: Any = model.Answers
    parts = key.split(".")
    for index, part in enumerate(parts):
        fields = getattr(annotation, "model_fields", None)
        if not fields or part not in fields:
            return None
        info = fields[part]
        last = index == len(parts) - 1
        # a list of models: the whole list at its own key, one item's field below it
        annotation = _model_or(info.annotation) or (None if last else _model_or(_list_item(info.annotation)))
        if annotation is None:
            return TypeAdapter(typing.Annotated.__class_getitem__((info.annotation, *info.metadata))) if info.metadata else TypeAdapter(info.annotation)
    return TypeAdapter(annotation)


def _list_item(annotation: Any) -> Any:
    return typing.get_args(annotation)[0] if typing.get_origin(annotation) is list else None


def _model_or(annotation: Any) -> Any:
    return annotation if isinstance(annotation, type) and issubclass(annotation, BaseModel) else None


def field_problem(key: str, value: Any) -> str | None:
    """Validate one value with the answers model's type for that field."""
    adapter = _adapter(key)
    if adapter is None:
        return None
    try:
        adapter.validate_python(value)
    except ValidationError as exc:
        return plain_message(exc.errors()[0])
    return None


def model_default(key: str) -> Any:
    owner: Any = model.Answers
    *parents, last = key.split(".")
    for part in parents:
        info = owner.model_fields.get(part)
        owner = _model_or(info.annotation) if info else None
        if owner is None:
            return MISSING
    info = owner.model_fields.get(last)
    if info is None or info.is_required():
        return MISSING
    value = info.get_default(call_default_factory=True)
    return plain(value)


_PLAIN_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")


def parse_number(text: str, kind: Kind) -> Any:
    """Text typed at a number question, as a number; a ValueError says what was wrong.

    Only plain numbers ("25", "12.5", "£25,000", "20%") are read, and only up to a sensible
    length: "1e9999999" or "Infinity" would otherwise take minutes or give no amount at all.
    """
    cleaned = text.strip().replace(",", "").removeprefix("£").removesuffix("%").strip()
    problem = number_text_problem(cleaned)
    if problem:
        raise ValueError(f"that {problem}")
    if not _PLAIN_NUMBER.match(cleaned):
        raise ValueError("type a number, such as 25")
    number = Decimal(cleaned)
    if kind == "int":
        if number != number.to_integral_value():
            raise ValueError("type a whole number")
        return int(number)
    return plain(number)


# ---------------------------------------------------------------- choices and checks

PATHWAYS: Choices = [
    ("Right to request / right to provide (NHS staff propose to run the service)", "right-to-request"),
    ("Right to own (staff buy a provider that is closing or being sold: a proposal, not yet law)", "right-to-own"),
    ("Externalisation (the council or trust transfers the service and staff to you)", "externalisation"),
    ("Competitive tender (you bid for the contract)", "contracting"),
    ("Partnership (set up with a charity or other organisation)", "partnership"),
    ("Society venture (started by an existing co-operative)", "society-venture"),
    ("New start (carers, workers or neighbours starting from scratch)", "new-start"),
]

NATIONS: Choices = [("England", "england"), ("Wales", "wales"), ("Scotland", "scotland"),
                    ("Northern Ireland", "northern-ireland")]

BENEFIT: Choices = [
    ("Mainly the members: the people who work in and use the service", "members"),
    ("The wider community, with the assets locked for good (for example, the commissioner "
     "requires a statutory asset lock)", "community"),
]


def _archetypes(state: State) -> Choices:
    # Social care first: it is the case most groups start from; the rest by title.
    ordered = sorted(load_archetypes().values(), key=lambda a: (a.key != "social-care", a.title))
    return [(f"{a.title}: {a.description}", a.key) for a in ordered]


def _society_types(state: State) -> Choices:
    recommended = "community-benefit" if state.get("wizard.benefit") == "community" else "co-operative"
    titles = {
        "co-operative": "Co-operative society: run by and for its members; may share some surplus with "
                        "them by how much they work or trade (never by shares held)",
        "community-benefit": "Community benefit society: run for the whole community; never pays "
                             "profits to members; can adopt the statutory asset lock",
    }
    return [(titles[key] + ("  (recommended)" if key == recommended else ""), key)
            for key in ("co-operative", "community-benefit")]


def _recommended_type(state: State) -> str:
    return "community-benefit" if state.get("wizard.benefit") == "community" else "co-operative"


def _lock_kinds(state: State) -> Choices:
    if state.is_coop():
        return [("Voluntary asset lock, written into the rules (recommended)", "voluntary"),
                ("No asset lock (members could one day share the assets)", "none")]
    return [("Statutory asset lock: the legal lock for community benefit societies (recommended)", "statutory"),
            ("Charitable: the objects are wholly charitable", "charitable"),
            ("No asset lock", "none")]


def _default_lock(state: State) -> str:
    current = state.get("asset_lock.kind")
    allowed = [value for _, value in _lock_kinds(state)]
    return current if current in allowed else allowed[0]


def _check_name(value: Any, state: State) -> str | None:
    if not _society_rules(state):
        return None  # a trust's name follows company law, not the society name rules
    problems = name_problems(str(value), state.get("society.nation"), state.get("society.type"))
    return problems[0] if problems else None


def _check_nation(value: Any, state: State) -> str | None:
    from ..answers.law import load_statute

    statute = load_statute()
    jurisdiction = statute["jurisdictions"][statute["nations"][value]["jurisdiction"]]
    return None if jurisdiction.get("supported", True) else jurisdiction["refusal"]


def _check_lock(value: Any, state: State) -> str | None:
    allowed = [v for _, v in _lock_kinds(state)]
    return None if value in allowed else f"not available for this type of society: choose one of {', '.join(allowed)}"


def _no_dividend_in_cbs(value: Any, state: State) -> str | None:
    if value and not state.is_coop():
        return "a community benefit society may not share profits among its members"
    return None


def _is_school(state: State) -> bool:
    return state.get("service.archetype") == "school-trust"


def _society_rules(state: State) -> bool:
    """False for a school trust's outline of articles: shares, asset locks and dividends are
    society matters that the outline does not cover."""
    return state.get("service.document") != "trust-outline"


def _when_rules(condition: Callable[[State], bool]) -> Callable[[State], bool]:
    return lambda state: _society_rules(state) and condition(state)


SCHOOL_DOCUMENTS: Choices = [
    ("An outline of co-operative trust articles for the school trust, for a solicitor", "trust-outline"),
    ("Rules for a separate co-operative linked to the school (for example a parents' or community co-op)", "rules"),
]


def _typical_governance(state: State) -> bool:
    return state.get("wizard.governance") == "typical"


def _typical_shares(state: State) -> bool:
    return state.get("wizard.shares") == "typical"


def _step(group: str) -> Callable[[State], bool]:
    return lambda state: state.get(f"wizard.{group}") == "step"


QUESTIONS: tuple[Question, ...] = (
    # ------------------------------------------------------------ the service
    Question("service.archetype", "Service", "What service are you taking into co-operative ownership?",
             "Pick the closest: it sets sensible starting answers you can change later.",
             "Each kind of service starts from a model that co-operatives of that kind use: its "
             "member classes, board seats and voting shares. You can change every one of them.",
             "select", choices=_archetypes),
    Question("service.document", "Service", "What should spinout draft for the school?",
             "A school trust cannot register as a co-operative society today: its articles are company law.",
             "Co-operative trust schools and co-operative academies in England are charitable companies "
             "limited by guarantee under education law (the Education and Inspections Act 2006 and "
             "DfE-approved articles), not societies under the 2014 Act. spinout can draft an outline of "
             "the trust's articles for your solicitor and the DfE / local authority process. It can also "
             "draft real society rules for a separate co-operative linked to the school, such as a "
             "parents' or community co-op. It never presents society rules as the trust's constitution.",
             "select", choices=lambda state: SCHOOL_DOCUMENTS, when=_is_school),
    Question("service.linked_school", "Service", "Which school is the co-operative linked to?",
             "The venture is a separate society; the rules will say it is not the school trust.",
             "The rules name the school so that no one mistakes the venture's rules for the trust's "
             "constitution.", "text",
             when=lambda state: _is_school(state) and state.get("service.document") == "rules"),
    Question("service.pathway", "Service", "How is the service coming to you?",
             "The route decides who approves the move and what the business case must show.",
             "Public service spin-outs follow a few routes. NHS staff use 'right to request' (2008) or "
             "'right to provide' (2011). Councils often transfer a service by negotiation "
             "(externalisation). 'Right to own' is a proposal for staff to take over a provider that is "
             "closing or being sold: it is not law yet.",
             "select", choices=lambda state: PATHWAYS),
    Question("service.parent_body", "Service", "Which council, NHS trust or organisation runs the service now?",
             "Leave blank if there is none (for example, a new start).",
             "The body you are leaving (or contracting with) is named in the rules' independence rule and, "
             "later, in the business case.", "text", optional=True),
    Question("service.description", "Service", "Describe the service in a sentence.",
             "What you do, for whom, and where. For example: home care for 300 older people in Northtown.",
             "This goes into the pack's papers. It is not part of the rules, so plain words are fine.",
             "text"),
    # ------------------------------------------------------------ the society
    Question("society.nation", "Society", "Where will the society's registered office be?",
             "The nation decides some legal terms (Scotland) and the name ending (Wales).",
             "Societies registered in England, Wales and Scotland come under the Co-operative and "
             "Community Benefit Societies Act 2014. Northern Ireland has its own Act, which spinout does "
             "not support yet.", "select", choices=lambda state: NATIONS, check=_check_nation),
    Question("wizard.benefit", "Society", "Who should the society mainly benefit?",
             "Your answer decides which type of society we recommend next.",
             "A co-operative society is run for its members' shared needs. A community benefit society "
             "is run for the wider community, and is the only type that can take the statutory asset "
             "lock that some commissioners ask for.", "select", choices=lambda state: BENEFIT,
             default=lambda state: "members", when=_society_rules),
    Question("society.type", "Society", "Which type of society should it be?",
             "Both are registered by the FCA; the difference is who the society is for.",
             "A co-operative society must be a genuine co-operative run for its members, and may share "
             "surplus with them in proportion to how much they work or trade with it (never by the "
             "capital they hold). A community benefit society works for the whole community: it never "
             "pays profits to members, may not call itself a co-operative, and can adopt the statutory "
             "asset lock, which can never be removed.", "select", choices=_society_types,
             default=_recommended_type, when=_society_rules),
    Question("society.name", "Society", "What will the society be called?",
             "It must end with 'Limited' ('Cyfyngedig' is allowed in Wales).",
             "The FCA refuses a name that is the same as another society's or company's, so check the "
             "registers first. A community benefit society may not use the word 'co-operative'.",
             "text", check=_check_name, when=_society_rules),
    Question("society.name", "Society", "What will the trust be called?",
             "The name of the co-operative trust (company law sets its rules on names, not the 2014 Act).",
             "Your solicitor will check the name with Companies House and the DfE process.",
             "text", when=lambda state: not _society_rules(state)),
    Question("society.registered_office", "Society", "What is the registered office address?",
             "The society's official address for letters from the FCA and others. One line is fine.",
             "It must be in the nation you chose. Many new societies use a supporter's office or a "
             "co-operative development body's address until they have premises.", "text"),
    Question("society.objects", "Society", "What is the society for (its objects)?",
             "We start from the usual objects for this kind of service: keep them or edit them.",
             "The objects say what the society exists to do. Keep them broad enough for the services you "
             "may add later. A community benefit society's objects must benefit the community.",
             "objects"),
    # ------------------------------------------------------------ members
    Question("member_classes", "Members", "Who can be a member, and how are votes and seats shared?",
             "Start from the usual classes; add, remove or change them. With fixed shares, they must add up "
             "to 100%.",
             "Multi-stakeholder co-operatives give each group (workers, people who use the service, "
             "families, supporters) a class with its own board seats and share of the votes, so no group "
             "can shut the others out. Staff membership must always be voluntary.", "classes"),
    # ------------------------------------------------------------ shares
    Question("wizard.shares", "Shares", "Use the typical share terms?",
             "The typical terms are below. Most societies keep them.",
             "Every member holds at least one share; shares never carry extra votes and never grow in "
             "value. The law caps an individual's withdrawable shares at £100,000.",
             "select", choices=lambda state: [("Use the typical share terms", "typical"),
                                              ("Go through them one by one", "step")],
             default=lambda state: "typical", when=_society_rules),
    Question("shares.nominal_value", "Shares", "What is each share worth, in pounds?", "Most societies use £1.",
             "Shares are always issued at this value and paid back at no more than it.", "decimal",
             when=_step("shares")),
    Question("shares.max_holding", "Shares", "What is the most any one member may hold, in pounds?",
             "The law allows up to £100,000 of withdrawable shares; many societies set less.",
             "A lower cap spreads ownership. Registered societies that are members have no cap.", "int",
             when=_step("shares")),
    Question("shares.withdrawable", "Shares", "May members ask for their money back (withdraw shares)?",
             "Usual: yes, with notice, and the board may pause withdrawals to protect the society.",
             "Withdrawable shares let members get their money out, at face value. The board's power to "
             "suspend withdrawals lets the capital count as the society's own.", "yesno", when=_step("shares")),
    Question("shares.withdrawal_notice_months", "Shares", "How many months' notice to withdraw?", "Usual: 3.",
             "Notice gives the society time to find the money.", "int",
             when=lambda state: _step("shares")(state) and state.get("shares.withdrawable") is True),
    Question("shares.interest_max_percent", "Shares", "What is the most interest the society may pay on shares (% a year)?",
             "Usual: 5%, or 2 points above the Bank of England base rate if that is more.",
             "Interest is a limited reward for the use of members' money, never a share of profits.",
             "decimal", when=_step("shares")),
    # ------------------------------------------------------------ governance
    Question("wizard.governance", "Governance", "Use the typical governance settings?",
             "The typical settings are below: most societies keep them.",
             "These follow well-used multi-stakeholder models: a 14-day notice, a quorum of 3 members or "
             "25%, rule changes by 75% of votes cast, a third of the board retiring each year.",
             "select", choices=lambda state: [("Use the typical settings", "typical"),
                                              ("Go through them one by one", "step")],
             default=lambda state: "typical"),
    Question("governance.meetings.quorum_members", "Governance", "Quorum: the fewest members who must be at a general meeting?",
             "The quorum is this number or the percentage next, whichever is greater.",
             "Too high and meetings fail; too low and a few people decide for everyone. The founders must "
             "be able to reach it.", "int", when=_step("governance")),
    Question("governance.meetings.quorum_percent", "Governance", "Quorum: what percentage of members?",
             "Usual: 25% (10% in large societies).", "The greater of the two numbers applies.", "decimal",
             when=_step("governance")),
    Question("governance.meetings.notice_days", "Governance", "How many clear days' notice of a general meeting?",
             "Usual: 14.", "Shorter notice is allowed when 90% of the votes agree.", "int",
             when=_step("governance")),
    Question("governance.board.min_size", "Governance", "Smallest number of directors?", "At least 3.",
             "The law needs a board; three is the minimum most regulators and funders accept.", "int",
             when=_step("governance")),
    Question("governance.board.max_size", "Governance", "Largest number of directors?", "Usual: up to 12.",
             "It must hold every class's seats.", "int", when=_step("governance")),
    Question("governance.board.term_years", "Governance", "How many years does a director serve before standing again?",
             "Usual: 3, with a third of the board retiring each year.", "Staggered terms keep experience on the board.",
             "int", when=_step("governance")),
    Question("governance.majorities.rule_change", "Governance", "What percentage of votes cast is needed to change the rules?",
             "Usual: 75%. It must be at least as high as any other majority.",
             "Rule changes, dissolution and mergers need the highest majorities so members keep control.",
             "decimal", when=_step("governance")),
    # ------------------------------------------------------------ asset lock and profits
    Question("asset_lock.kind", "Assets", "How should the society's assets be protected?",
             "An asset lock stops the society being sold off and the proceeds shared out.",
             "A community benefit society can adopt the statutory lock (it can never be removed). A "
             "co-operative society can only write a voluntary lock into its rules, changed only by the "
             "highest majority.", "select", choices=_lock_kinds, default=_default_lock, check=_check_lock,
             when=_society_rules),
    Question("asset_lock.statutory_text", "Assets", "Path to a text file holding the prescribed asset-lock rule",
             "Leave blank to add it later: the checks will fail until it is there.",
             "The statutory lock must be in the exact words set out in the Community Benefit Societies "
             "(Restriction on Use of Assets) Regulations 2006. spinout never writes them: copy them from "
             "legislation.gov.uk into a text file.", "statutory-text", optional=True,
             when=_when_rules(lambda state: state.get("asset_lock.kind") == "statutory")),
    Question("asset_lock.recipient", "Assets", "If the society closes, who should receive what is left?",
             "Usual: another co-operative or community benefit society with a similar lock.",
             "Under a lock, leftover assets never go to members: they pass to a like-minded body.", "text",
             when=_when_rules(lambda state: state.get("asset_lock.kind") == "voluntary")),
    Question("profits.patronage_dividend", "Profits", "May members share a surplus in proportion to how much they work with the society?",
             "Co-operative societies may; the share is never by capital held.",
             "A 'patronage dividend' is paid by hours worked or trade done. Many care co-ops allow it but "
             "put reserves and the community first.", "yesno", when=_when_rules(State.is_coop),
             check=_no_dividend_in_cbs),
    Question("profits.participation_basis", "Profits", "How is each member's share of a dividend measured?",
             "For example: the hours each worker member has worked in the year.",
             "It must measure taking part in the society's business, never money invested.", "text",
             when=_when_rules(lambda state: state.is_coop() and state.get("profits.patronage_dividend") is True)),
    Question("profits.community_purposes", "Profits", "May members vote to use some surplus for community or co-operative causes?",
             "Most say yes.", "This supports the co-operative principle of concern for community.", "yesno",
             when=_society_rules),
    # ------------------------------------------------------------ commitments
    Question("commitments.ethical_employment", "Commitments", "Commit to ethical employment in the rules?",
             "At least the real living wage, paid travel time, no zero-hours contracts by default.",
             "Writing these into the rules means only the members can remove them.", "yesno"),
    Question("commitments.trade_union", "Commitments", "Recognise a trade union?",
             "Unions are usually involved from the start of a spin-out.",
             "Recognition means the society bargains collectively with the union for its workers.", "yesno"),
    Question("commitments.union_name", "Commitments", "Which union? (leave blank to decide later)",
             "For example: UNISON or GMB.", "The rules name it if you give one.", "text", optional=True,
             when=lambda state: state.get("commitments.trade_union") is True),
    Question("commitments.social_accounting", "Commitments", "Report each year on the society's social value?",
             "A short social account to members and the public.",
             "It shows commissioners and members what the co-operative model is achieving.", "yesno"),
    Question("has_seal", "Commitments", "Will the society have a company seal?", "Most new societies do not.",
             "The rules must say how a seal is kept and used, if there is one.", "yesno", when=_society_rules),
    # ------------------------------------------------------------ the business case
    Question("business_case.contract_value", "Finances", "What is the main contract (or main income) worth a year, in pounds?",
             "The figure shown is only an example for this kind of service: type your own estimate.",
             "The business case projects five years from this figure, growing each year by the income "
             "growth assumption. For a new start with no contract, enter the income you expect from "
             "selling the service.", "decimal"),
    Question("business_case.contract_years", "Finances", "How many years will the first contract run?",
             "Ask for at least five: shorter contracts make it hard to plan, borrow and invest.",
             "Policy backing public service mutuals argues for five-year initial contracts. Contracts "
             "reserved for public service mutuals under the Procurement Act 2023 last at most five years.",
             "int"),
    Question("business_case.staff", "Finances", "Who will the society employ?",
             "The team shown is only an example: change it to your own roles, numbers and salaries.",
             "Pay is usually the largest cost. Use full-time equivalents (two half-time posts are 1 FTE) "
             "and current salaries; on-costs and pension are added separately.", "staff"),
    Question("business_case.pension_scheme", "Finances", "Which pension scheme will transferring staff keep?",
             "NHS staff can keep the NHS Pension Scheme; council staff usually need an LGPS admission agreement.",
             "Under New Fair Deal, NHS staff who transfer keep access to the NHS Pension Scheme. Council "
             "staff keep the Local Government Pension Scheme through an admission agreement, often with a "
             "bond. A new start usually offers a workplace pension.", "select",
             choices=lambda state: [("NHS Pension Scheme (New Fair Deal)", "nhs"),
                                    ("Local Government Pension Scheme (admission agreement)", "lgps")]
             + ([("Teachers' Pension Scheme (teachers in a school trust)", "tps")] if _is_school(state) else [])
             + [("A workplace or other pension", "other"),
                ("No pension scheme yet (the plan charges the legal minimum)", "none")]),
    Question("wizard.finance", "Finances", "Use the typical assumptions for the rest of the figures?",
             "The typical assumptions are below: on-costs, pension rate, overheads, VAT, start-up, growth.",
             "They are starting points only: an accountant should check every figure before the business "
             "case goes to the host body.", "select",
             choices=lambda state: [("Use the typical assumptions", "typical"), ("Go through them one by one", "step")],
             default=lambda state: "typical"),
    Question("business_case.other_income", "Finances", "Other income a year, in pounds (grants, other sales)?",
             "Press Enter to keep the figure shown.", "Every figure feeds the five-year projection.",
             "decimal", when=_step("finance")),
    Question("business_case.on_costs_percent", "Finances", "Other staff on-costs (training, cover, checks), as % of pay?",
             "Press Enter to keep the figure shown.", "Every figure feeds the five-year projection.",
             "decimal", when=_step("finance")),
    Question("business_case.pension_percent", "Finances", "Employer pension contribution, as % of pay?",
             "Press Enter to keep the figure shown.", "Every figure feeds the five-year projection.",
             "decimal", when=_step("finance")),
    Question("business_case.overheads", "Finances", "Overheads a year, in pounds (premises, IT, insurance, audit, training)?",
             "Press Enter to keep the figure shown.", "Every figure feeds the five-year projection.",
             "decimal", when=_step("finance")),
    Question("business_case.irrecoverable_vat_percent", "Finances", "VAT you cannot reclaim, as % of overheads?",
             "Press Enter to keep the figure shown.", "Every figure feeds the five-year projection.",
             "decimal", when=_step("finance")),
    Question("business_case.start_up_costs", "Finances", "One-off start-up costs in year 1, in pounds?",
             "Press Enter to keep the figure shown.", "Every figure feeds the five-year projection.",
             "decimal", when=_step("finance")),
    Question("business_case.start_up_funding", "Finances", "Start-up funding you expect (grants, loans, community shares), in pounds?",
             "Press Enter to keep the figure shown.", "Every figure feeds the five-year projection.",
             "decimal", when=_step("finance")),
    Question("business_case.opening_reserves", "Finances", "Cash the society starts with, in pounds?",
             "Press Enter to keep the figure shown.", "Every figure feeds the five-year projection.",
             "decimal", when=_step("finance")),
    Question("business_case.inflation_percent", "Finances", "Yearly rise in costs (%)?",
             "Press Enter to keep the figure shown.", "Every figure feeds the five-year projection.",
             "decimal", when=_step("finance")),
    Question("business_case.income_growth_percent", "Finances", "Yearly rise in income (%)?",
             "Press Enter to keep the figure shown.", "Every figure feeds the five-year projection.",
             "decimal", when=_step("finance")),
    Question("business_case.transferring_staff", "Finances", "How many staff will transfer to the society under TUPE (0 for none)?",
             "Press Enter to keep the figure shown.", "Every figure feeds the five-year projection.",
             "int", when=_step("finance")),
    Question("business_case.five_case", "Finances", "Does the host body want the business case in the five-case model?",
             "Many NHS and council bodies ask for it; the business case then maps its sections to the five cases.",
             "The five cases are strategic, economic, commercial, financial and management.", "yesno",
             when=_step("finance")),
    # ------------------------------------------------------------ people
    Question("founders", "Founders", "Who are the founding members?",
             "At least 3 people, one of them the secretary who signs the application.",
             "The FCA needs the application signed by the secretary and three members. Founders become "
             "the first members of their classes.", "founders"),
    Question("prepared_by", "Founders", "Who is preparing this pack? (optional)",
             "An adviser, a development body or the steering group.", "It is printed as the author.",
             "text", optional=True),
)

SECTIONS: tuple[str, ...] = tuple(dict.fromkeys(q.section for q in QUESTIONS))


def applicable(state: State) -> list[Question]:
    return [q for q in QUESTIONS if q.when(state)]


def typical_summary(group: str, state: State) -> list[str]:
    """The one-screen summary behind "use the typical settings"."""
    merged = state.merged()
    if group == "finance":
        f = merged.get("business_case", {})
        money = lambda key: f"£{float(f.get(key, 0)):,.0f}"
        grants = sum(float(g.get("amount", 0)) for g in f.get("grants") or []) + float(f.get("start_up_funding", 0))
        return [f"Employer National Insurance at the legal rate; other on-costs {f.get('on_costs_percent')}% and "
                f"pension {f.get('pension_percent')}% of pay.",
                f"Overheads {money('overheads')} a year; VAT you cannot reclaim {f.get('irrecoverable_vat_percent')}% of them.",
                f"Start-up costs {money('start_up_costs')}, start-up grants £{grants:,.0f}, "
                f"opening cash {money('opening_reserves')}; other income {money('other_income')} a year.",
                f"Costs rise {f.get('inflation_percent')}% and income {f.get('income_growth_percent')}% a year; "
                f"{f.get('transferring_staff', 0)} staff transfer under TUPE."]
    if group == "shares":
        s = {**plain(model.Shares().model_dump()), **merged.get("shares", {})}
        lines = [f"Each share is worth £{s['nominal_value']}; a member may hold up to £{s['max_holding']:,}.",
                 ("Members may withdraw shares on " f"{s['withdrawal_notice_months']} months' notice; the board may pause withdrawals."
                  if s["withdrawable"] else "Shares cannot be withdrawn."),
                 "Shares cannot be transferred, except on death or bankruptcy." if not s["transferable"] else "Shares may be transferred with the board's approval.",
                 f"Interest on shares: at most {s['interest_max_percent']}% a year"
                 + (f", or {s['interest_above_base']} points above base rate if more." if s.get("interest_above_base") is not None else ".")]
        return lines
    g = merge(plain(model.Governance().model_dump()), merged.get("governance", {}))
    b, m, j = g["board"], g["meetings"], g["majorities"]
    return [
        f"Board: {b['min_size']} to {b['max_size']} directors, up to {b['co_opted_max']} co-opted; "
        f"{b['term_years']}-year terms" + (", a third retiring each year." if b["rotation"] else "."),
        f"Board quorum: half the directors or {b['quorum_min']}, whichever is more.",
        f"General meetings: {m['notice_days']} clear days' notice; quorum {m['quorum_members']} members or "
        f"{m['quorum_percent']}%, whichever is more; AGM within {m['agm_within_months']} months of the year end.",
        f"Members may call a meeting: {m['requisition_percent']}% of members or {m['requisition_members']}, whichever is fewer.",
        f"Online meetings {'allowed' if m['electronic_meetings'] else 'not allowed'}; proxies "
        f"{'allowed' if m['proxies'] else 'not allowed'}; the chair has {'a' if m['chair_casting_vote'] else 'no'} casting vote.",
        f"Majorities: rule changes {j['rule_change']}%, dissolution {j['dissolution']}%, mergers {j['merger']}%, "
        f"removing a director {j['remove_director']}%.",
    ]


def apply_typical(group: str, state: State) -> None:
    """Write the archetype's (or the model's) settings for a group into the answers, so the
    saved file is complete and a resumed wizard knows the group is answered."""
    if group == "finance":
        from ..answers.resolve import illustrative_inputs

        given = state.answers.get("business_case", {})
        archetype = state.archetype_defaults().get("business_case", {})
        case = merge(state.merged().get("business_case", {}), given)
        # the archetype's example figures are written out, but marked as not the group's own
        case["illustrative"] = illustrative_inputs(given, archetype)
        state.answers["business_case"] = case
        return
    defaults = plain(model.Shares().model_dump()) if group == "shares" else plain(model.Governance().model_dump())
    state.answers[group] = merge(defaults, state.merged().get(group, {}))


def class_problems(classes: list[dict[str, Any]], state: State) -> list[str]:
    """Problems with a list of member classes, using the model's own rules."""
    problems = []
    built = []
    for index, data in enumerate(classes, start=1):
        try:
            built.append(model.MemberClass.model_validate(data))
        except ValidationError as exc:
            problems += [f"class {index} ({data.get('name', '?')}): {'.'.join(map(str, e['loc']))}: {e['msg']}"
                         for e in exc.errors()]
    if not problems:
        governance = state.merged().get("governance", {})
        board = model.Board.model_validate(governance.get("board", {}))
        problems += model.class_problems(built, board, governance.get("voting", "weighted"))
    return problems


def founder_problems(founders: list[dict[str, Any]], state: State) -> list[str]:
    keys = {c.get("key") for c in state.get("member_classes") or []}
    problems = []
    if len(founders) < 3:
        problems.append(f"at least 3 founders are needed ({len(founders)} so far)")
    for data in founders:
        try:
            model.Founder.model_validate(data)
        except ValidationError as exc:
            problems.append(f"{data.get('name', '?')}: {exc.errors()[0]['msg']}")
    problems += model.founder_problems([model.Founder.model_construct(**f) for f in founders], keys)
    return problems
