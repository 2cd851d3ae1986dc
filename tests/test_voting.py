"""The vote-counting rules as code (spinout/voting.py), proved over every attendance pattern:
no single class, and no group of non-user classes, can pass a protected decision (a rule change, dissolution,
merger or conversion) alone;
a cap on a class's votes holds whatever the turnout; an absent class's share is passed on only
for ordinary business. The rules' words are checked to say the same (test at the end)."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from spinout.answers.voting import Stance, passes, share_in_favour


@st.composite
def meetings(draw: st.DrawFn, weighted: bool) -> tuple[list[Stance], list[bool]]:
    """A set of classes (shares adding to 1, some capped, some non-users) and one meeting:
    who came, and how each class's members voted."""
    n = draw(st.integers(2, 6))
    parts = [draw(st.integers(1, 20)) for _ in range(n)]
    total = sum(parts)
    stances, users = [], []
    for i, part in enumerate(parts):
        share = Fraction(part, total) if weighted else None
        cap = draw(st.one_of(st.none(), st.integers(1, 60).map(lambda c: Fraction(c, 100))))
        if weighted and cap is not None and cap < share:
            cap = share        # a class's own share never exceeds its cap (the model refuses it)
        present = draw(st.booleans())
        votes_for = draw(st.integers(0, 500)) if present else 0
        votes_against = draw(st.integers(0, 500)) if present else 0
        stances.append(Stance(f"c{i}", share, cap, votes_for, votes_against))
        users.append(draw(st.booleans()))
    # at least one class of each kind: a co-operative always has members who use the service
    flip = draw(st.integers(0, n - 1))
    if all(users) or not any(users):
        users[flip] = not users[flip]
    return stances, users


needed = st.fractions(min_value=Fraction(1, 2), max_value=1)
either = st.booleans()


@settings(max_examples=400, deadline=None)
@given(st.data(), either, needed)
def test_no_single_class_passes_a_protected_decision_alone(data, weighted, need) -> None:
    stances, _ = data.draw(meetings(weighted))
    alone = data.draw(st.integers(0, len(stances) - 1))
    # the class that turned up votes for; every other class stays away or has no majority for
    others_for = data.draw(st.integers(0, 50))
    meeting = [s if i == alone else Stance(s.key, s.share, s.cap, min(s.votes_for, others_for),
                                           max(s.votes_against, min(s.votes_for, others_for)))
               for i, s in enumerate(stances)]
    meeting[alone] = Stance(stances[alone].key, stances[alone].share, stances[alone].cap, 1000, 0)
    assert not passes(meeting, weighted, need, protected=True)


@settings(max_examples=400, deadline=None)
@given(st.data(), either, needed)
def test_non_user_classes_cannot_pass_a_protected_decision_without_the_users(data, weighted, need) -> None:
    stances, users = data.draw(meetings(weighted))
    # every non-user member votes for; every user class is absent or split evenly
    even = data.draw(st.integers(0, 100))
    meeting = [Stance(s.key, s.share, s.cap, 1000, 0) if not user else Stance(s.key, s.share, s.cap, even, even)
               for s, user in zip(stances, users, strict=True)]
    assert not passes(meeting, weighted, need, protected=True)


@settings(max_examples=400, deadline=None)
@given(st.data(), either)
def test_a_cap_holds_under_any_attendance(data, weighted) -> None:
    stances, _ = data.draw(meetings(weighted))
    capped = [i for i, s in enumerate(stances) if s.cap is not None]
    if not capped:
        return
    i = data.draw(st.sampled_from(capped))
    # the capped class votes for to a member; whoever else came votes against
    meeting = [Stance(s.key, s.share, s.cap, s.votes_for + s.votes_against or 1, 0) if j == i
               else Stance(s.key, s.share, s.cap, 0, s.votes_for + s.votes_against)
               for j, s in enumerate(stances)]
    assert share_in_favour(meeting, weighted) <= stances[i].cap


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_ordinary_business_passes_an_absent_class_share_to_the_uncapped_classes(data) -> None:
    stances, _ = data.draw(meetings(True))
    present = [s for s in stances if s.voted]
    if not present:
        return
    unanimous = [Stance(s.key, s.share, s.cap, 1, 0) if s.voted else s for s in stances]
    favour = share_in_favour(unanimous, True)
    if any(s.cap is None for s in present):
        assert favour == 1           # nothing is lost while an uncapped class voted
    else:
        assert favour <= sum((s.cap for s in present if s.cap is not None), Fraction(0))


def test_a_worked_example_of_each_count() -> None:
    # workers 40%, people supported 40%, investors 20% capped at 10%... as the rules describe
    workers = Stance("workers", Fraction(45, 100), None, 30, 10)
    users = Stance("users", Fraction(45, 100), None, 0, 0)
    investors = Stance("investors", Fraction(10, 100), Fraction(10, 100), 2, 0)
    # ordinary: the users' share goes to the workers only (investors are at their cap)
    assert share_in_favour([workers, users, investors], True) == Fraction(90, 100) * Fraction(3, 4) + Fraction(10, 100)
    # a rule change: the absent users block it, however large the majority
    assert not passes([workers, users, investors], True, Fraction(3, 4), protected=True)
    # one member, one vote with a 10% cap: 50 investors among 100 votes count as 10 votes' worth
    many = [Stance("workers", None, None, 20, 30), Stance("investors", None, Fraction(1, 10), 50, 0)]
    assert share_in_favour(many, False) == Fraction(10 + 20, 100)


def test_every_shipped_rule_set_protects_a_class_that_stays_away() -> None:
    """The reviewer's M1 meeting, on every example: one class turns up alone and votes to change
    the rules. The count (voting.py) refuses it, and the rules say why in words."""
    from spinout.answers.examples import list_examples
    from spinout.answers.resolve import load_example
    from spinout.engine.assemble import assemble
    from spinout.engine.kinds import kind_of
    from spinout.engine.library import load_library
    from spinout.render.markdown import render_markdown

    for name, _ in list_examples():
        answers = load_example(name)
        if len(answers.member_classes) < 2 or not kind_of(answers).registrable:
            continue
        weighted = answers.governance.voting == "weighted"
        need = Fraction(answers.governance.majorities.rule_change) / 100
        for alone in answers.member_classes:
            meeting = [Stance(c.key, Fraction(c.vote_share) / 100 if weighted and c.vote_share else None,
                              Fraction(c.max_vote_share) / 100 if c.max_vote_share else None,
                              50 if c is alone else 0, 0) for c in answers.member_classes]
            assert not passes(meeting, weighted, need, protected=True), (name, alone.key)
        library = load_library(kind_of(answers).library_path())
        text = " ".join(render_markdown(assemble(answers, library)).split())
        assert "in every Member Class entitled to vote on it more of the class's Members who vote are in favour" \
            in text, name
