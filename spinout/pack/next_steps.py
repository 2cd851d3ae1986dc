"""What a group does with a pack it has just built: where it is, what to open first, what to
send to whom, and how to rebuild. Said only of files the pack really holds."""

from __future__ import annotations

from pathlib import Path

from ..answers.law import law_for
from ..answers.model import Answers

# file, who it goes to, why; in the order a group needs them
_SENDS = (
    ("constitution.pdf", "every founder, and a co-operative development body or a solicitor",
     "to read and agree the draft rules before anyone signs"),
    ("trust-outline.pdf", "your solicitor and the governors",
     "to draft the trust's articles through the DfE and local authority process"),
    ("business-case.pdf", "{host}", "with your proposal, once an accountant has checked the figures"),
    ("member-summaries.pdf", "staff and the people who use the service",
     "so each member class knows what joining means"),
    ("member-summaries-large-print.pdf", "anyone who finds small print hard to read",
     "so they can read the same summaries in large print"),
    ("review.pdf", "your mentor or adviser", "with the draft rules: it lists what to fix and what to check"),
    ("registration.pdf", "the FCA, when the rules are agreed",
     "after the secretary and {signers} members have signed the application"),
)


def next_steps(directory: Path, files: tuple[str, ...], answers: Answers, answers_file: Path | None, *,
               say_where: bool = True) -> list[str]:
    """The end of a build, as plain lines; a command is a line of its own, starting "spinout "."""
    folder = directory.resolve()
    first = _present("trust-outline.pdf", files) or _present("constitution.pdf", files) or "constitution.md"
    draft = "outline of the articles" if first.startswith("trust") else "rules"
    lines = [f"Your pack is in {folder}"] if say_where else []
    lines += [f"Open {first} first: it is the draft {draft}.",
              "The PDFs are for reading and sending; the Word files (.docx) are for editing.", "Then send:"]
    host = answers.service.parent_body or "the body that commissions the service"
    signers = law_for(answers.society.nation)["min_founders"] if _present("registration.pdf", files) else 0
    for name, who, why in _SENDS:
        present = _present(name, files)
        if present:
            lines.append(f"  - {present} to {who.format(host=host)}, {why.format(signers=signers)}.")
    if answers_file is not None:
        lines += ["To change an answer and rebuild:", f"spinout new --resume {answers_file.resolve()}",
                  "Or rebuild from the answers file as it is:",
                  f"spinout build {answers_file.resolve()} -o {folder} --force"]
    return lines


def _present(pdf: str, files: tuple[str, ...]) -> str | None:
    """The PDF if the pack has it, else its Word file (a pack built without PDFs)."""
    docx = pdf.removesuffix(".pdf") + ".docx"
    return pdf if pdf in files else docx if docx in files else None
