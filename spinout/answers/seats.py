"""How many board places a class, or the members as a whole, can fill.

Seats are reserved for a class (board_seats), capped for a class (max_board_seats), capped for
classes together (combined maxima), or open to every member. The checks on control and capture
ask the same question of them: at most how many directors can this group elect?
"""

from __future__ import annotations

from .model import Answers, MemberClass


def seat_reach(answers: Answers, member_class: MemberClass) -> int:
    """The most directors this class alone can fill: its own seats, plus any open seats it can
    win up to its maximum."""
    board = answers.governance.board
    if len(answers.member_classes) == 1:
        return min(board.max_size, member_class.board_seats or board.max_size)
    if member_class.max_board_seats is not None:
        return min(member_class.max_board_seats, answers.open_board_seats)
    return member_class.board_seats + answers.open_board_seats


def member_seats(answers: Answers) -> int:
    """The most directors the members can elect between them, within every maximum."""
    classes, board = answers.member_classes, answers.governance.board
    if len(classes) == 1:
        return seat_reach(answers, classes[0])
    reserved = sum(c.board_seats for c in classes)
    capacity = min(board.max_size, reserved + answers.open_board_seats)
    for combined in board.combined_maxima:
        inside = [c for c in classes if c.key in combined.classes]
        outside_reserved = sum(c.board_seats for c in classes if c.key not in combined.classes)
        outside_open = answers.open_board_seats if any(c.key not in combined.classes for c in classes) else 0
        capacity = min(capacity, outside_reserved + outside_open + min(combined.max, sum(seat_reach(answers, c)
                                                                                       for c in inside)))
    return capacity
