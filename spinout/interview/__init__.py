"""The interview: the questions as data, and a front-end-free flow through them.

`Interview` (flow.py) asks, takes answers, goes back, changes one answer and plays every answer
back for review; the terminal (spinout.console) and the web only render it. Nothing here does
I/O except progress.py, which saves and loads the answers file.
"""

from .flow import Interview, Outcome, Page, ReviewItem, ReviewSection, SectionProgress
from .questions import Question, QuestionSet, load_questions
from .state import MISSING, State

__all__ = ["Interview", "Outcome", "Page", "ReviewItem", "ReviewSection", "SectionProgress", "Question",
           "QuestionSet", "load_questions", "MISSING", "State"]
