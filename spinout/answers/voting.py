"""How the rules count votes at a general meeting, as code: the rule on voting says the same in
words, and the property tests use this to prove what the words promise (no class alone, and no
group of non-user classes, can pass a protected decision; a cap holds under any turnout).

Weighted voting: each class carries a fixed share of the votes, split between for and against
as its members voted. For ordinary business, the share of a class none of whose members voted
passes to the classes that did, in proportion to their shares, but never taking a capped class
above its cap; any share that cannot be passed on counts against. One member, one vote: every
vote counts the same, except that a capped class's votes count for at most its cap of all the
votes cast. The decisions that change what the society is (rule changes, dissolution, mergers,
transfers, conversion, disposing of a third of the assets) also need more members for than
against in every class entitled to vote, and no share is passed on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction


@dataclass(frozen=True)
class Stance:
    """A class at one vote: its members' votes for and against (abstentions are not counted)."""

    key: str
    share: Fraction | None     # weighted voting: the class's share of the votes, as a fraction
    cap: Fraction | None       # a ceiling on the class's share of the votes counted
    votes_for: int
    votes_against: int

    @property
    def voted(self) -> bool:
        return self.votes_for + self.votes_against > 0


def share_in_favour(stances: Sequence[Stance], weighted: bool) -> Fraction:
    """The share of the votes in favour (0 to 1), counting as the rules say."""
    return _weighted(stances) if weighted else _headcount(stances)


def passes(stances: Sequence[Stance], weighted: bool, needed: Fraction, protected: bool) -> bool:
    """Whether a resolution needing `needed` (a fraction of the votes) passes."""
    if protected:
        if not all(s.votes_for > s.votes_against for s in stances):
            return False                       # a majority in every class entitled to vote
    favour = share_in_favour(stances, weighted)
    return favour >= needed and (needed > Fraction(1, 2) or favour > Fraction(1, 2))


def _weighted(stances: Sequence[Stance]) -> Fraction:
    voting = [s for s in stances if s.voted]
    shares = {s.key: s.share or Fraction(0) for s in voting}
    spare = sum((s.share or Fraction(0) for s in stances if not s.voted), Fraction(0))
    while spare > 0:
        takers = [s for s in voting if s.cap is None or shares[s.key] < s.cap]
        base = sum((s.share or Fraction(0) for s in takers), Fraction(0))
        if not takers or base == 0:
            break                              # nobody can take it: it counts against
        handed = Fraction(0)
        for s in takers:
            offer = spare * (s.share or Fraction(0)) / base
            room = offer if s.cap is None else min(offer, s.cap - shares[s.key])
            shares[s.key] += room
            handed += room
        spare -= handed
        if handed == 0:
            break
    return sum((shares[s.key] * Fraction(s.votes_for, s.votes_for + s.votes_against) for s in voting), Fraction(0))


def _headcount(stances: Sequence[Stance]) -> Fraction:
    cast = sum(s.votes_for + s.votes_against for s in stances)
    if not cast:
        return Fraction(0)
    favour = Fraction(0)
    for s in stances:
        votes = s.votes_for + s.votes_against
        counted = Fraction(votes) if s.cap is None else min(Fraction(votes), s.cap * cast)
        if votes:
            favour += counted * Fraction(s.votes_for, votes)
    return favour / cast
