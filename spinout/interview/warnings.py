"""Warnings at the question: the same checks `spinout check` runs, asked as soon as the answers
they look at are given, and shown at the question that gave them (a 3-year contract, a class
left without power), in plain words.

Until the interview ends some answers the checks need do not exist yet (the founders, the name).
The checks then run on stand-ins for those, and only findings about the answer just given are
shown, so a stand-in can never be the subject of a warning.
"""

from __future__ import annotations

from typing import Any

from ..answers.archetypes import merge
from ..answers.model import plain
from ..errors import SpinoutError
from ..review.preview import checked
from ..review.report import in_words as report_words
from .questions import Question, QuestionSet
from .state import State

SHOWN = ("warn", "fail")
# Findings about what the interview does not ask (the scored options appraisal) or about a choice
# the group has just made knowingly (example figures after "use the typical assumptions"): they
# belong in the build's review report, not at a question.
NOT_AT_QUESTION = ("illustrative-figures", "options-scored")
# Where a group of questions is settled at once, the answers it settles.
GROUP_SUBJECTS = {"shares": ("shares",), "governance": ("governance", "member_classes"), "finance": ("business_case",)}
ALSO = {"member_classes": ("governance.voting",)}


def warnings_for(question: Question, state: State, questions: QuestionSet) -> list[str]:
    """Messages of the warning and failing findings about the answer just given."""
    subjects = _subjects(question)
    if not subjects:
        return []
    stand_in_founders = not state.own("founders")
    findings = [f for f in _findings(state) if f.severity in SHOWN and _about(f.subject, subjects)
                and f.id not in NOT_AT_QUESTION and not (stand_in_founders and "founder" in f.id)]
    return [in_words(f.message, questions) for f in findings]


def in_words(message: str, questions: QuestionSet) -> str:
    return report_words(message, {q.key: q.label for q in questions.questions})


def _subjects(question: Question) -> tuple[str, ...]:
    if question.spec.settles:
        return GROUP_SUBJECTS.get(question.spec.settles, ())
    if question.steers:
        return ()
    return (question.key, *ALSO.get(question.key, ()))


def _about(subject: str, subjects: tuple[str, ...]) -> bool:
    return bool(subject) and any(subject == s or subject.startswith(s + ".") for s in subjects)


def _findings(state: State) -> list[Any]:
    try:     # shared with the preview the next page shows, which asks for the same answers
        return list(checked(provisional(state)).report.findings)
    except SpinoutError:
        return []    # not yet buildable: the checks run again at the review and at build time


def provisional(state: State) -> dict[str, Any]:
    """The answers so far, with stand-ins for what is not asked yet."""
    merged = plain(state.merged())
    classes = merged.get("member_classes") or []
    first_class = classes[0].get("key", "members") if classes and isinstance(classes[0], dict) else "members"
    stand_ins = {
        "society": {"name": "Stand-in Co-operative Limited", "registered_office": "Stand-in address"},
        "founders": [{"name": f"Founder {n}", "member_class": first_class, "secretary": n == 1} for n in (1, 2, 3)],
    }
    answers: dict[str, Any] = merge(stand_ins, merged)
    return answers
