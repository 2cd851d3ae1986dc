"""The kinds of main document a pack can hold: society rules, or (for a school trust) an
outline of trust articles for a solicitor. Each kind has its own clause library and words."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from ..answers.model import Answers
from ..resources import data_path
from .document import Document


@dataclass(frozen=True)
class Kind:
    key: str
    folder: str            # under clauses/: "" for the main library
    stem: str              # file names in the pack: constitution.md, trust-outline.pdf ...
    title: str
    subtitle: str
    notice: str
    registrable: bool      # society rules the FCA could register (so the society checks apply)
    unit: str = "rule"     # what a numbered section is called: "rule 12", or "point 12" in an outline
    layout: str = ""       # a layout variant: "summary" (member summaries: larger type, short lines)
    name: str = ""         # the document in a sentence: "the rules", "the business case"
    numbered: bool = True  # legal numbering (rule 12.3, item (a)); False for papers written for members
    large_print: bool = False   # the pack also holds a large-print copy (PDF and Word)

    # the subtitle and notice once the group has written every "To write" box ("" : no change)
    subtitle_written: str = ""
    notice_written: str = ""

    def large_print_stem(self) -> str:
        return f"{self.stem}-large-print"

    def library_path(self) -> Path:
        root = data_path("clauses")
        return root / self.folder if self.folder else root


RULES = Kind(
    "rules", "", "constitution", "Rules of {name}", "Rules of a {society_kind} under the {act}",
    "DRAFT - NOT LEGAL ADVICE. These rules were drafted by software from the answers its users gave. "
    "Have them checked by a solicitor or a co-operative development body before you adopt them or "
    "apply to register.",
    registrable=True,
    name="the rules",
)

TRUST_OUTLINE = Kind(
    "trust-outline", "trust-outline", "trust-outline", "Outline of co-operative trust articles: {name}",
    "Company law, not society rules: an outline to instruct a solicitor, for the governing body, the "
    "local authority and the DfE process. It is not the trust's constitution.",
    "DRAFT OUTLINE - NOT LEGAL ADVICE AND NOT A CONSTITUTION. A school trust cannot register as a "
    "society under the Co-operative and Community Benefit Societies Act 2014. Its articles are company "
    "law and must be drafted by a solicitor and approved through the DfE and local authority process.",
    registrable=False,
    unit="point",
    name="the trust outline",
)

BUSINESS_CASE = Kind(
    "business-case", "business-case", "business-case", "Business case: {name}",
    "Drafted from the same answers as the rules, so the two agree. Boxed notes marked 'To write' are "
    "for the group to complete; the figures come from the business-case answers.",
    "DRAFT - NOT LEGAL OR FINANCIAL ADVICE. This business case was drafted by software from the answers "
    "its users gave. The figures are only as good as those answers: have an accountant check them, and "
    "write the sections marked 'To write' before anyone relies on it.",
    registrable=False,
    unit="section",
    name="the business case",
    subtitle_written="Drafted from the same answers as the rules, so the two agree. The group's own words are "
    "from their answers; the figures come from the business-case answers.",
    notice_written="DRAFT - NOT LEGAL OR FINANCIAL ADVICE. This business case was drafted by software from the "
    "answers its users gave. The figures are only as good as those answers: have an accountant check them "
    "before anyone relies on it.",
)

REGISTRATION = Kind(
    "registration", "registration", "registration", "Registering {name}",
    "The FCA registration checklist, the founding meeting's agenda and minutes, and a membership "
    "application form for each class of member.",
    "DRAFT - NOT LEGAL ADVICE. These papers were drafted by software from the answers its users gave. "
    "Check each step with a solicitor or a co-operative development body before you rely on it.",
    registrable=False,
    unit="section",
    name="the registration papers",
)

MEMBER_SUMMARIES = Kind(
    "member-summaries", "member-summary", "member-summaries", "What membership means for you: {name}",
    "A short summary of the draft rules, in plain words, for each class of member.",
    "DRAFT - NOT LEGAL ADVICE. This summary explains the draft rules in plain words. If the summary "
    "and the rules say different things, the rules apply.",
    registrable=False,
    unit="point",
    layout="summary",
    name="the member summaries",
    numbered=False,
    large_print=True,
)

# The layout of a large-print copy: for members who find small print hard to read (UK
# Association for Accessible Formats and RNIB guidance: 16 to 18 point sans-serif type, left
# aligned, no italics, generous spacing).
LARGE_PRINT = "large-print"


def large_print_copy(document: Document) -> Document:
    """The same document, words and all, laid out in large print."""
    return replace(document, layout=LARGE_PRINT, subtitle=f"Large print. {document.subtitle}")


# every kind, in the order a pack holds them
ALL_KINDS = (RULES, TRUST_OUTLINE, BUSINESS_CASE, REGISTRATION, MEMBER_SUMMARIES)

# The main document of a pack; the business case goes with either, and the registration papers
# with society rules.
KINDS = {kind.key: kind for kind in (RULES, TRUST_OUTLINE)}


def kind_of(answers: Answers) -> Kind:
    return KINDS[answers.service.document]


def extra_kinds(main: Kind) -> tuple[Kind, ...]:
    """The business case goes in every pack; the registration papers and member summaries only
    with society rules."""
    return (BUSINESS_CASE, REGISTRATION, MEMBER_SUMMARIES) if main.registrable else (BUSINESS_CASE,)


def pack_kinds(answers: Answers) -> tuple[Kind, ...]:
    """Every document a pack built from these answers holds, the main one first."""
    main = kind_of(answers)
    return (main,) + extra_kinds(main)
