"""The answers: one typed, validated model of everything spinout asks.

An answers file, the wizard and the tests all end up here. `extra="forbid"` everywhere, so a
misspelt field is reported rather than silently ignored. Cross-field rules that make a set of
answers impossible to build (a secretary who is not a founder, a patronage dividend in a CBS)
are validators here; rules that make a draft weak or unregistrable but still buildable are
checks (checks.py), so the user sees the draft and the reason together.
"""

from __future__ import annotations

import datetime as dt
import re
import typing
import unicodedata
from decimal import Decimal
from typing import Annotated, Any, Final, Literal, overload

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    field_validator,
    model_validator,
)

from .law import founding_law

SCHEMA_VERSION: Final = 1

# Bidirectional embedding, override and isolate characters reorder the text around them on
# screen: a name holding one can read differently from what it says.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _no_control_characters(value: str) -> str:
    # Control characters (other than line breaks and tabs) are invisible, break YAML round trips and
    # Word documents, and are never meant: refuse them rather than pass them into the rules.
    bad = next((ch for ch in value if (unicodedata.category(ch) == "Cc" and ch not in "\n\t")
                or ch in _BIDI_CONTROLS), None)
    if bad is not None:
        what = "a right-to-left or left-to-right override" if bad in _BIDI_CONTROLS else "an invisible control"
        raise ValueError(f"contains {what} character (U+{ord(bad):04X}): retype the text without it")
    return value


def _unix_breaks(value: str) -> str:
    # text pasted from Windows ends its lines "\r\n": a line break, not a control character
    return value.replace("\r\n", "\n").replace("\r", "\n")


def _one_line(value: str) -> str:
    if "\n" in value or "\r" in value:
        raise ValueError("must be on one line: remove the line breaks (use commas between the parts of an address)")
    return value


def _length(max_length: int) -> StringConstraints:
    """Trimmed, not empty, at most `max_length` characters. Lengths fit the documents: a name
    must fit a title line and a Word file's properties."""
    return StringConstraints(strip_whitespace=True, min_length=1, max_length=max_length)


_VISIBLE = AfterValidator(_no_control_characters)
_ONE_LINE = AfterValidator(_one_line)

# Free text, spelt out (not built by a function) so that a type checker reads each as `str`.
Text = Annotated[str, _length(2000), _VISIBLE]                   # a sentence or a paragraph: objects, eligibility
LongText = Annotated[str, _length(10000), _VISIBLE]              # pasted legal text
Name = Annotated[str, _length(100), _VISIBLE, _ONE_LINE]         # a person, a class, a role, a school
SocietyName = Annotated[str, _length(160), _VISIBLE, _ONE_LINE]  # the register's names are rarely over 100 characters
Line = Annotated[str, _length(300), _VISIBLE, _ONE_LINE]         # an address, or a phrase set inside a sentence
Key = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9-]{0,39}$")]
# A "To write" box: its library, clause and id ("business-case/market#payers"), and the group's
# own words for it, in Markdown-lite (engine/words.py). Windows line endings are read as line breaks.
BoxId = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9-]{0,39}/[a-z][a-z0-9-]{0,59}#[a-z][a-z0-9-]{0,59}$")]
OwnWords = Annotated[str, BeforeValidator(lambda v: _unix_breaks(v) if isinstance(v, str) else v),
                     _length(10000), _VISIBLE]
Percent = Annotated[Decimal, Field(gt=0, le=100, decimal_places=2)]

SocietyType = Literal["co-operative", "community-benefit"]
Nation = Literal["england", "wales", "scotland", "northern-ireland"]
Pathway = Literal[
    "right-to-request",
    "right-to-provide",
    "right-to-own",
    "externalisation",
    "contracting",
    "partnership",
    "society-venture",
    "new-start",
]
LockKind = Literal["statutory", "voluntary", "charitable", "none"]
BoardPay = Literal["expenses-only", "members-approve"]

_MONTHS = (
    "january february march april may june july august september october november december".split()
)
_YEAR_END = re.compile(r"^(\d{1,2}) ([A-Za-z]+)$")


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, validate_default=True)

    @field_validator("*", mode="before")
    @classmethod
    def _yes_no_is_not_a_number(cls, value: object, info: ValidationInfo) -> object:
        # pydantic would read `true` as 1: a contract of "yes" years is a slip, not an answer
        field = cls.model_fields.get(info.field_name or "")
        if isinstance(value, bool) and field is not None and _is_number(field.annotation):
            raise ValueError("should be a number, not yes or no (true or false)")
        return value


def _is_number(annotation: object) -> bool:
    if annotation in (int, Decimal):
        return True
    return any(_is_number(arg) for arg in typing.get_args(annotation) if arg is not type(None))


_NORTHERN_IRELAND_POSTCODE = re.compile(r"\bBT\d{1,2}\s*\d[A-Z]{2}\b", re.IGNORECASE)


class Society(Strict):
    name: SocietyName
    name_translation: Name | None = None     # in English, when the name is not (the FCA asks for it)
    name_exemption: bool = False             # a charity using the exemption from ending its name "limited"
    type: SocietyType
    nation: Nation
    registered_office: Line
    objects: list[Text] = Field(min_length=1, max_length=20)
    year_end: Name = "31 March"

    @field_validator("type", "nation", mode="before")
    @classmethod
    def _forgive_case(cls, value: object) -> object:
        # "England" or "Community benefit" mean what they say: match the choices without fuss
        return value.strip().lower().replace(" ", "-") if isinstance(value, str) else value

    @field_validator("registered_office")
    @classmethod
    def _not_in_northern_ireland(cls, value: str) -> str:
        if _NORTHERN_IRELAND_POSTCODE.search(value):
            raise ValueError("this address is in Northern Ireland, where societies come under their own Act "
                             "(the Co-operative and Community Benefit Societies Act (Northern Ireland) 1969), which "
                             "spinout does not support: a society under the 2014 Act must have its registered office "
                             "in England, Wales or Scotland")
        return value

    @field_validator("year_end")
    @classmethod
    def _valid_year_end(cls, value: str) -> str:
        match = _YEAR_END.match(value)
        if not match or match.group(2).lower() not in _MONTHS:
            raise ValueError("write the financial year end as a day and a month, such as '31 March'")
        day, month = int(match.group(1)), _MONTHS.index(match.group(2).lower()) + 1
        try:
            dt.date(2001, month, day)  # a non-leap year: 29 February is not a safe year end
        except ValueError:
            raise ValueError(f"{value!r} is not a day of the year") from None
        return f"{day} {_MONTHS[month - 1].capitalize()}"


DocumentKind = Literal["rules", "trust-outline"]


class Service(Strict):
    archetype: Key
    pathway: Pathway
    parent_body: Name | None = None
    description: Text
    # A school trust cannot register under the 2014 Act: its pack is an outline of trust
    # articles for a solicitor, or the rules of a separate venture linked to the school.
    document: DocumentKind = "rules"
    linked_school: Name | None = None

    @model_validator(mode="after")
    def _school_documents(self) -> Service:
        if self.document == "trust-outline" and self.archetype != "school-trust":
            raise ValueError("document 'trust-outline' is only for the school-trust archetype")
        if self.archetype == "school-trust" and self.document == "rules" and not self.linked_school:
            raise ValueError(
                "a school trust cannot register as a society, so society rules are only for a separate "
                "venture linked to the school (a parents' or community co-operative): give linked_school, "
                "or set document: trust-outline for an outline of the trust's articles")
        return self


class MemberClass(Strict):
    key: Key
    name: Name
    eligibility: Text
    min_age: int = Field(default=16, ge=0, le=120)
    organisations: bool = False  # the class admits organisations (schools, charities), not only people
    shares_required: int = Field(default=1, ge=1, le=1000)
    membership_share_withdrawable: bool = False
    # Who the class is. A user class works in, receives or pays for the service (workers, people
    # supported, families, parents, teachers); a non-user class does not (supporters, community,
    # partner organisations, investors). Investors are always non-users.
    user: bool = True
    investor: bool = False
    board_seats: int = Field(default=0, ge=0, le=20)       # seats the class elects itself
    max_board_seats: int | None = Field(default=None, ge=0, le=20)   # at most this many directors from it
    vote_share: Percent | None = None      # weighted voting: the class's fixed share of the votes
    max_vote_share: Percent | None = None  # a ceiling on the class's share of the votes cast, whatever the turnout
    votes_on_demutualisation: bool = True
    employees: bool = False      # the class is made up of the society's own staff (for the s.33 test)

    @model_validator(mode="before")
    @classmethod
    def _investors_are_not_users(cls, data: object) -> object:
        if isinstance(data, dict) and data.get("investor") is True and "user" not in data:
            return {**data, "user": False}
        return data

    @model_validator(mode="after")
    def _consistent(self) -> MemberClass:
        problems = []
        if self.investor and self.user:
            problems.append("an investor class is never a user class: set user to false")
        if self.max_board_seats is not None and self.board_seats:
            problems.append("give either board_seats (seats the class elects) or max_board_seats (a limit on "
                            "directors from the class, elected by all members), not both")
        if self.max_vote_share is not None and self.vote_share is not None and self.vote_share > self.max_vote_share:
            problems.append(f"vote_share ({self.vote_share:g}%) is above the class's own cap, max_vote_share "
                            f"({self.max_vote_share:g}%)")
        _raise_if(problems)
        return self


class Shares(Strict):
    nominal_value: Decimal = Field(default=Decimal("1"), gt=0, le=1000, decimal_places=2)
    investment_shares: bool = True
    max_holding: int = Field(default=30000, gt=0)
    withdrawable: bool = True
    withdrawal_notice_months: int = Field(default=3, ge=0, le=24)
    transferable: bool = False
    interest_max_percent: Decimal = Field(default=Decimal("5"), ge=0, le=20, decimal_places=2)
    interest_above_base: Decimal | None = Field(default=Decimal("2"), ge=0, le=20, decimal_places=2)

    @property
    def pays_interest(self) -> bool:
        """Whether the rules allow any interest on shares (a rate, or a margin over base rate)."""
        return self.interest_max_percent > 0 or self.interest_above_base is not None


class CombinedMaximum(Strict):
    """At most `max` directors, between them, from the classes listed."""

    classes: list[Key] = Field(min_length=2, max_length=10)
    max: int = Field(ge=0, le=30)


class Board(Strict):
    min_size: int = Field(default=3, ge=3, le=30)
    max_size: int = Field(default=12, ge=3, le=30)
    co_opted_max: int = Field(default=2, ge=0, le=10)
    term_years: int = Field(default=3, ge=1, le=5)
    rotation: bool = True
    quorum_min: int = Field(default=3, ge=1, le=30)
    director_min_age: int = Field(default=18, ge=16, le=120)
    pay: BoardPay = "expenses-only"
    combined_maxima: list[CombinedMaximum] = Field(default_factory=list, max_length=5)

    @model_validator(mode="after")
    def _sizes_in_order(self) -> Board:
        if self.max_size < self.min_size:
            raise ValueError(f"max_size ({self.max_size}) must be at least min_size ({self.min_size})")
        if self.quorum_min > self.min_size:
            raise ValueError(
                f"quorum_min ({self.quorum_min}) is more than the smallest board allowed "
                f"({self.min_size}): a board that small could never meet"
            )
        return self


class Meetings(Strict):
    notice_days: int = Field(default=14, ge=7, le=60)
    short_notice_percent: Percent = Decimal("90")
    agm_within_months: int = Field(default=6, ge=1, le=6)
    quorum_members: int = Field(default=3, ge=1)
    quorum_percent: Percent = Decimal("25")
    requisition_percent: Percent = Decimal("10")
    requisition_members: int = Field(default=100, ge=1)
    proxies: bool = False
    proxy_limit: int = Field(default=1, ge=1, le=20)      # members one proxy may represent
    proxy_anyone: bool = False      # a proxy may be any person the member chooses, not only a member
    extra_meetings: int = Field(default=0, ge=0, le=12)   # general meetings a year besides the AGM
    electronic_meetings: bool = True
    electronic_voting_days: int = Field(default=14, ge=7, le=60)
    chair_casting_vote: bool = False


class Majorities(Strict):
    """Percentages of votes cast needed to pass each kind of decision."""

    rule_change: Percent = Decimal("75")
    entrenched: Percent = Decimal("90")
    dissolution: Percent = Decimal("75")
    merger: Percent = Decimal("75")
    asset_disposal: Percent = Decimal("75")
    expulsion: Percent = Decimal("75")
    remove_director: Percent = Decimal("50")
    # Before any conversion or transfer to a company (co-operative practice, beyond the Act)
    conversion_notice_months: int = Field(default=2, ge=1, le=12)
    conversion_quorum_percent: Percent = Decimal("50")
    conversion_quorum_members: int = Field(default=150, ge=1)


VotingModel = Literal["weighted", "one-member-one-vote"]


class Governance(Strict):
    # weighted: each class carries a fixed share of the votes; one-member-one-vote: every member's
    # vote counts the same across classes, with any class caps (max_vote_share) as ceilings.
    voting: VotingModel = "weighted"
    board: Board = Board()
    meetings: Meetings = Meetings()
    majorities: Majorities = Majorities()
    standing_orders: bool = True       # members and board may make standing orders under the rules
    entrenched_objects: bool = False   # the objects change only by the entrenched majority


class Membership(Strict):
    lapse_years: int | None = Field(default=3, ge=1, le=10)   # membership ends after this long with no contact
    commitment: bool = False           # members commit to take part (attend, keep in touch)


class AssetLock(Strict):
    kind: LockKind
    statutory_text: LongText | None = None
    # the adviser has compared the pasted text word for word with SI 2006/264 Schedule 1 as amended
    statutory_text_compared: bool = False
    # the adviser confirms the objects are exclusively charitable (a charitable lock asserts it)
    objects_charitable: bool = False
    recipient: Line = (
        "one or more bodies with a similar asset lock whose purposes include promoting co-operation "
        "or community benefit"
    )


class Profits(Strict):
    reserves_first: bool = True
    community_purposes: bool = True
    patronage_dividend: bool = False
    participation_basis: Line = "the hours each member has worked for the society"


class Commitments(Strict):
    ethical_employment: bool = False
    trade_union: bool = False
    union_name: Name | None = None
    social_accounting: bool = False


Money = Annotated[Decimal, Field(ge=0, le=Decimal("1000000000"), decimal_places=2)]
Rate = Annotated[Decimal, Field(ge=0, le=100, decimal_places=2)]          # a percentage, 0 to 100
Month = Annotated[int, Field(ge=0, le=60)]        # 0: before go-live; 1 to 60: the projection's months
PensionScheme = Literal["nhs", "lgps", "tps", "other", "none"]
PaymentTerms = Literal["monthly-in-advance", "monthly-in-arrears", "invoice"]


class StaffRole(Strict):
    role: Name
    fte: Decimal = Field(gt=0, le=10000, decimal_places=2)
    salary: Decimal = Field(gt=0, le=Decimal("1000000"), decimal_places=2)
    variable: bool = False          # paid by volume (sessional staff, bookings): moves with the units sold
    pension_percent: Decimal | None = Field(default=None, ge=0, le=50, decimal_places=2)   # this role's own rate


class Grant(Strict):
    name: Name
    amount: Decimal = Field(gt=0, le=Decimal("1000000000"), decimal_places=2)
    month: Month = 0
    from_host: bool = False         # transitional funding from the host body


class Loan(Strict):
    name: Name
    amount: Decimal = Field(gt=0, le=Decimal("1000000000"), decimal_places=2)
    rate_percent: Decimal = Field(ge=0, le=30, decimal_places=2)
    term_years: int = Field(ge=1, le=30)
    month: Month = 0                # when it is drawn


class CommunityShares(Strict):
    amount: Decimal = Field(gt=0, le=Decimal("1000000000"), decimal_places=2)
    month: Month = 0
    interest_percent: Decimal = Field(default=Decimal("3"), ge=0, le=20, decimal_places=2)
    withdrawal_percent: Decimal = Field(default=Decimal("10"), ge=0, le=100, decimal_places=2)   # a year, from year 3


class Criterion(Strict):
    key: Key
    name: Name
    weight: int = Field(ge=0, le=100)


class Option(Strict):
    key: Key
    name: Name
    description: Text
    annual_cost: Money | None = None            # the host's yearly cost, for options spinout cannot cost itself
    scores: dict[Key, int] = Field(default_factory=dict)     # criterion key -> 0 to 10

    @field_validator("scores")
    @classmethod
    def _scores_out_of_ten(cls, scores: dict[str, int]) -> dict[str, int]:
        wrong = [key for key, score in scores.items() if not 0 <= score <= 10]
        if wrong:
            raise ValueError(f"scores run from 0 to 10; check {', '.join(wrong)}")
        return scores


class Appraisal(Strict):
    """The options appraisal: criteria with weights adding up to 100, and the options scored
    against them (the in-house option and the mutual always among them)."""

    criteria: list[Criterion] = Field(min_length=1, max_length=10)
    options: list[Option] = Field(min_length=2, max_length=8)

    @model_validator(mode="after")
    def _consistent(self) -> Appraisal:
        problems = []
        total = sum(c.weight for c in self.criteria)
        if total != 100:
            problems.append(f"the criteria's weights must add up to 100, but they add up to {total}")
        keys = [o.key for o in self.options]
        if len(set(keys)) != len(keys):
            problems.append("each option needs its own key")
        missing = {"in-house", "mutual"} - set(keys)
        if missing:
            problems.append(f"the options must include {' and '.join(sorted(missing))} (key)")
        known = {c.key for c in self.criteria}
        for option in self.options:
            unknown = set(option.scores) - known
            if unknown:
                problems.append(f"option {option.key} scores {', '.join(sorted(unknown))}, which is not a criterion")
        _raise_if(problems)
        return self


class BusinessCase(Strict):
    """The inputs behind the business case's figures (docs/FINANCE.md says how each is used).
    Amounts are pounds a year unless named otherwise; growth, inflation and rates are
    percentages a year."""

    # income
    contract_value: Money
    contract_years: int = Field(ge=1, le=15)
    units_name: Name | None = None               # what the contract buys: "hours of care", "places"
    units_per_year: Decimal | None = Field(default=None, gt=0, le=Decimal("1000000000"), decimal_places=2)
    other_income: Money = Decimal("0")
    cost_of_sales_percent: Rate = Decimal("0")   # of the other income (a shop's stock)
    income_growth_percent: Decimal = Field(default=Decimal("2"), ge=-50, le=50, decimal_places=2)
    payment_terms: PaymentTerms = "monthly-in-arrears"
    payment_days: int = Field(default=30, ge=0, le=180)   # with payment_terms: invoice
    bad_debt_percent: Rate = Decimal("0")
    # staff
    staff: list[StaffRole] = Field(max_length=50)
    hours_per_fte: Decimal = Field(default=Decimal("37.5"), gt=0, le=60, decimal_places=2)   # a week
    pay_award_percent: Decimal = Field(default=Decimal("3"), ge=-10, le=50, decimal_places=2)
    on_costs_percent: Rate = Decimal("2")         # other staff on-costs: training, cover, checks
    pension_percent: Decimal = Field(default=Decimal("20"), ge=0, le=50, decimal_places=2)
    pension_scheme: PensionScheme = "other"
    pension_bond_premium: Money = Decimal("0")
    pension_deficit_contributions: Money = Decimal("0")
    employment_allowance: bool = False
    payroll_deductions_percent: Decimal = Field(default=Decimal("25"), ge=0, le=60, decimal_places=2)
    transferring_staff: int = Field(default=0, ge=0, le=100000)
    # other costs
    overheads: Money
    inflation_percent: Decimal = Field(default=Decimal("3"), ge=-10, le=50, decimal_places=2)
    irrecoverable_vat_percent: Rate = Decimal("15")   # the VAT content of overheads and start-up costs
    vat_registered: bool = False
    taxable_income_percent: Rate = Decimal("0")       # share of income that is standard-rated
    start_up_costs: Money = Decimal("0")
    start_up_month: int = Field(default=0, ge=0, le=1)  # 0: before go-live; 1: in the first month
    # funding and timing
    go_live: dt.date | None = None              # the first day of the service; from the answers' date if not given
    opening_reserves: Money = Decimal("0")
    grants: list[Grant] = Field(default_factory=list, max_length=20)
    loans: list[Loan] = Field(default_factory=list, max_length=10)
    community_shares: CommunityShares | None = None
    overdraft: Money = Decimal("0")              # the facility agreed with a bank
    dividend_percent: Rate = Decimal("0")        # share of the surplus paid out as participation dividends
    # the host body's side, and the choice of options
    host_budget: Money | None = None             # the host's yearly budget for the service today
    stranded_costs: Money = Decimal("0")         # overheads that stay with the host, a year
    host_transition_costs: Money = Decimal("0")  # one-off: TUPE, legal, pension bond or guarantee
    appraisal: Appraisal | None = None
    five_case: bool = False
    # the inputs still at the archetype's illustrative figures (spinout keeps this list)
    illustrative: list[str] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _start_up_funding_is_a_grant(cls, data: object) -> object:
        # Earlier answers files gave one `start_up_funding` figure: it is a grant before go-live.
        if isinstance(data, dict) and "start_up_funding" in data:
            data = dict(data)
            amount = data.pop("start_up_funding")
            if isinstance(amount, (int, float, Decimal)) and not isinstance(amount, bool) and amount > 0:
                data["grants"] = [{"name": "Start-up funding", "amount": amount, "month": 0},
                                  *(data.get("grants") or [])]
            data["illustrative"] = [("grants" if k == "start_up_funding" else k)
                                    for k in data.get("illustrative") or []]
        return data

    @field_validator("go_live")
    @classmethod
    def _first_of_a_month(cls, value: dt.date | None) -> dt.date | None:
        if value is not None and value.day != 1:
            raise ValueError("go-live is the first day of a month, such as 2027-04-01")
        return value

    @field_validator("illustrative")
    @classmethod
    def _known_inputs(cls, names: list[str]) -> list[str]:
        unknown = [n for n in names if n not in cls.model_fields or n in ("illustrative", "appraisal", "five_case")]
        if unknown:
            raise ValueError(f"{', '.join(unknown)}: not a business-case input")
        return sorted(set(names), key=list(cls.model_fields).index)


class Founder(Strict):
    name: Name
    member_class: Key
    secretary: bool = False
    registered_society: bool = False   # the founder is itself a registered society (s.2 allows two such)


class Answers(Strict):
    """Field order matters: a validator may only look at fields declared above it (info.data)."""

    schema_version: Literal[1] = SCHEMA_VERSION
    # The pack's date: the years a Word file's zip entries can carry, and any date a draft means.
    date: dt.date = Field(ge=dt.date(2000, 1, 1), le=dt.date(2099, 12, 31))
    society: Society
    service: Service
    shares: Shares = Shares()
    governance: Governance = Governance()
    asset_lock: AssetLock
    profits: Profits = Profits()
    commitments: Commitments = Commitments()
    has_seal: bool = False
    business_case: BusinessCase
    member_classes: list[MemberClass] = Field(min_length=1, max_length=10)
    membership: Membership = Membership()
    secretary: Name | None = None      # the secretary, when not one of the founders
    founders: list[Founder] = Field(min_length=1, max_length=50)   # how many the law needs: founder_problems
    prepared_by: Name | None = None
    # the group's own words for the "To write" boxes, by box id (README: own_words); a box left out
    # (or blank) stays a "To write" note
    own_words: dict[BoxId, OwnWords] = Field(default_factory=dict, max_length=200)

    @field_validator("own_words", mode="before")
    @classmethod
    def _blank_is_unwritten(cls, value: object) -> object:
        if isinstance(value, dict):
            return {k: v for k, v in value.items() if not (isinstance(v, str) and not v.strip()) and v is not None}
        return value

    @property
    def open_board_seats(self) -> int:
        """Board places the members elect all together: those not reserved for a class or kept
        for co-opted directors. None with a single class, whose members elect every seat."""
        if len(self.member_classes) < 2:
            return 0
        board = self.governance.board
        return max(0, board.max_size - board.co_opted_max - sum(c.board_seats for c in self.member_classes))

    @field_validator("asset_lock")
    @classmethod
    def _lock_fits_type(cls, lock: AssetLock, info: ValidationInfo) -> AssetLock:
        society = info.data.get("society")
        if society is not None:
            _raise_if(_lock_problems(lock, society.type))
            if society.name_exemption and lock.kind != "charitable":
                raise ValueError("society.name_exemption (a name without 'Limited') is only for a society whose "
                                 "objects are wholly charitable: it needs asset_lock.kind charitable")
        return lock

    @field_validator("profits")
    @classmethod
    def _profits_fit_type(cls, profits: Profits, info: ValidationInfo) -> Profits:
        society = info.data.get("society")
        if society is not None and society.type == "community-benefit" and profits.patronage_dividend:
            raise ValueError("a community benefit society may not share profits among its members: "
                             "set patronage_dividend to false")
        return profits

    @field_validator("member_classes")
    @classmethod
    def _classes_consistent(cls, classes: list[MemberClass], info: ValidationInfo) -> list[MemberClass]:
        governance = info.data.get("governance")
        _raise_if(class_problems(classes, governance.board if governance else None,
                                 governance.voting if governance else "weighted"))
        return classes

    @field_validator("founders")
    @classmethod
    def _founders_consistent(cls, founders: list[Founder], info: ValidationInfo) -> list[Founder]:
        classes, society = info.data.get("member_classes"), info.data.get("society")
        _raise_if(founder_problems(founders, {c.key for c in classes} if classes else None,
                                   info.data.get("secretary"), society.nation if society else None))
        return founders


def _raise_if(problems: list[str]) -> None:
    if problems:
        raise ValueError("; ".join(problems))


def class_problems(classes: list[MemberClass], board: Board | None, voting: str = "weighted") -> list[str]:
    problems = []
    keys = [c.key for c in classes]
    duplicates = sorted({k for k in keys if keys.count(k) > 1})
    if duplicates:
        problems.append(f"each class needs its own key; repeated: {', '.join(duplicates)}")
    problems += _vote_problems(classes, voting)
    seats = sum(c.board_seats for c in classes)
    if board is not None and seats > board.max_size:
        problems.append(
            f"the classes have {seats} board seats between them, more than the {board.max_size} "
            "places on the board (governance.board.max_size): lower board_seats or raise max_size"
        )
    if board is not None:
        for combined in board.combined_maxima:
            unknown = [k for k in combined.classes if k not in keys]
            if unknown:
                problems.append(f"governance.board.combined_maxima names {', '.join(unknown)}, which "
                                f"{'is not a class' if len(unknown) == 1 else 'are not classes'}")
    return problems


def _vote_problems(classes: list[MemberClass], voting: str) -> list[str]:
    if voting == "one-member-one-vote":
        weighted = [c.key for c in classes if c.vote_share is not None]
        if weighted:
            return [f"with one member, one vote the classes carry no fixed share of the votes: remove vote_share "
                    f"from {', '.join(weighted)} (use max_vote_share for a cap)"]
        caps = sum(c.max_vote_share for c in classes if c.max_vote_share is not None)
        if classes and all(c.max_vote_share is not None for c in classes) and caps < 100:
            return [f"every class is capped and the caps add up to only {caps:g}%: leave at least one class "
                    "uncapped, or make the caps add up to 100% or more"]
        return []
    missing = [c.key for c in classes if c.vote_share is None]
    if missing:
        return [f"with weighted voting every class needs its vote_share: give one for {', '.join(missing)}, or "
                "set governance.voting to one-member-one-vote"]
    total = sum(c.vote_share for c in classes if c.vote_share is not None)
    if total != 100:
        shares = ", ".join(f"{c.key} {c.vote_share:g}%" for c in classes)
        return [f"the vote_share of the classes must add up to 100%, but they add up to {total:g}% ({shares})"]
    return []


def _lock_problems(lock: AssetLock, society_type: str) -> list[str]:
    kind = lock.kind
    if kind in ("statutory", "charitable") and society_type != "community-benefit":
        return [f"a {kind} asset lock is only for a community benefit society; "
                "a co-operative society can use kind 'voluntary' or 'none'"]
    if kind == "voluntary" and society_type != "co-operative":
        return ["a community benefit society uses kind 'statutory' "
                "(or 'charitable' if its objects are wholly charitable), not 'voluntary'"]
    if lock.statutory_text and kind != "statutory":
        return ["statutory_text is only used with kind 'statutory': remove it or change the kind"]
    return []


def founder_problems(founders: list[Founder], class_keys: set[str] | None, secretary: str | None = None,
                     nation: str | None = None) -> list[str]:
    problems = []
    if class_keys is not None:
        problems += [
            f"{f.name} is in member class {f.member_class!r}, which is not one of the classes "
            f"({', '.join(sorted(class_keys))})"
            for f in founders if f.member_class not in class_keys
        ]
    law = founding_law(nation)
    least = law["min_founders_societies"] if all(f.registered_society for f in founders) else law["min_founders"]
    if len(founders) < least:
        problems.append(f"a society needs at least {law['min_founders']} founding members, or "
                        f"{law['min_founders_societies']} that are both registered societies "
                        f"({law['founders_citation']}): add founders")
    secretaries = sum(f.secretary for f in founders)
    if secretaries > 1 or (secretaries == 1 and secretary):
        problems.append("name one secretary: mark one founder (secretary: true) or give secretary, not both")
    elif secretaries == 0 and not secretary:
        problems.append("name the secretary: mark one founder (secretary: true), or give the secretary's name "
                        "(secretary) if they are not a founder")
    return problems


@overload
def plain(value: dict[str, Any]) -> dict[str, Any]: ...
@overload
def plain(value: object) -> object: ...
def plain(value: object) -> object:
    """A value as it is written in YAML: Decimals as numbers, models as mappings."""
    if isinstance(value, BaseModel):
        return plain(value.model_dump())
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def allowed_lock_kinds(society_type: str) -> list[str]:
    """The asset-lock kinds a society of this type may have (the rule _lock_problems applies)."""
    return [kind for kind in typing.get_args(LockKind) if not _lock_problems(AssetLock(kind=kind), society_type)]
