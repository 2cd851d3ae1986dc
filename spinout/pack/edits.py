"""What to tell a group whose pack was edited in Word: how to carry their words into the
answers, so the next build keeps them (own_words), and which "To write" boxes they wrote in,
where that can be told from the edited files."""

from __future__ import annotations

from pathlib import Path

from ..engine.document import Document, Paragraph


def words_hint(folder: Path, changed: list[str]) -> str:
    """A few plain lines after the list of edited files: where the words go in the answers."""
    boxes = edited_boxes(folder, changed)
    lines = ["Words written in a \"To write\" box can go into your answers file instead, under own_words "
             "(the box's id, then your text), or be typed in with `spinout new --resume` or the web app; "
             "a rebuild then keeps them."]
    if boxes:
        lines.append("The boxes written in seem to be: " + ", ".join(boxes) + ".")
    return "\n".join(lines)


def edited_boxes(folder: Path, changed: list[str]) -> list[str]:
    """The ids of the boxes whose "To write" note is gone from (or changed in) an edited Word
    file of the pack: most likely the ones the group wrote in. [] when it cannot be told (no
    answers.yml, a file Word cannot read): this only adds to a message, so it never fails."""
    stems = {Path(name).stem: name for name in changed if name.endswith(".docx") and "/" not in name}
    if not stems:
        return []
    try:
        documents = _built_documents(folder, set(stems))
        return [box for stem, document in documents.items() for box in _missing_boxes(document, folder / stems[stem])]
    except Exception:   # a hint, best effort: an unreadable file must not hide the refusal
        return []


def _built_documents(folder: Path, stems: set[str]) -> dict[str, Document]:
    from ..answers.resolve import load_answers
    from ..engine.assemble import assemble
    from ..engine.kinds import pack_kinds

    answers = load_answers(folder / "answers.yml")
    return {kind.stem: assemble(answers, kind=kind) for kind in pack_kinds(answers) if kind.stem in stems}


def _missing_boxes(document: Document, path: Path) -> list[str]:
    import docx

    texts = {" ".join(p.text.split()) for p in docx.Document(str(path)).paragraphs}
    return [block.box for rule in document.rules() for block in rule.blocks
            if isinstance(block, Paragraph) and block.prompt and block.box
            and " ".join(f"To write: {block.text}".split()) not in texts]
