"""The Word file behaves like a legal document: Word's own list numbering gives spinout's
numbers, every cross-reference is a REF field to a bookmark on its target holding the number
spinout computed, and a contents field holds the headings (tests/test_libreoffice.py has a
real word processor lay the same files out)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from spinout.answers.resolve import load_example
from spinout.engine.assemble import assemble
from spinout.engine.document import Document, Paragraph, Part, Reference, Rule
from spinout.engine.kinds import BUSINESS_CASE, MEMBER_SUMMARIES, REGISTRATION, kind_of
from spinout.render.docx import render_docx
from spinout.render.wordfields import LEGAL_LIST, MAX_BOOKMARK
from tests.readback import list_labels

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BOOKMARK = re.compile(r"^(_Ref|_Toc)_[A-Za-z0-9_]+$")

# (example, kind): every numbered kind of document, the rules of an example whose definitions run
# past (z), and a school trust's outline ("point" numbers)
CASES = [("social-care", None), ("social-care", BUSINESS_CASE), ("social-care", REGISTRATION),
         ("direct-payments", None), ("school-trust", None)]


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], tuple[Document, Path]]:
    folder = tmp_path_factory.mktemp("word")
    out = {}
    for name, kind in CASES + [("social-care", MEMBER_SUMMARIES)]:
        answers = load_example(name)
        kind = kind or kind_of(answers)
        document = assemble(answers, kind=kind)
        path = folder / f"{name}.{kind.stem}.docx"
        render_docx(document, path)
        out[(name, kind.stem)] = (document, path)
    return out


def _case_ids() -> list[str]:
    return [f"{name}-{kind.stem if kind else 'main'}" for name, kind in CASES]


def _get(rendered, name: str, kind) -> tuple[Document, Path]:
    return rendered[(name, (kind or kind_of(load_example(name))).stem)]


def expected_numbers(document: Document) -> list[str]:
    """The numbers the Document gives, in the order the Word file lays them out."""
    numbers = []
    for rule in document.rules():
        numbers.append(rule.number)
        for block in rule.blocks:
            if isinstance(block, Paragraph) and not block.prompt:
                numbers.append(block.number)
                if not block.verbatim:
                    numbers += [label for label, _ in block.item_labels()]
    return numbers


def expected_references(document: Document) -> list[Reference]:
    refs = []
    for rule in document.rules():
        for block in rule.blocks:
            if isinstance(block, Paragraph) and not block.verbatim:
                refs += block.refs
                refs += [ref for index in range(len(block.items)) for ref in block.references_of_item(index)]
    return refs


def fields(body) -> list[tuple[str, str]]:
    """Every complex field in the body: (instruction, stored result), in document order."""
    found, stack = [], []
    for element in body.iter():
        if element.tag == f"{W}fldChar":
            kind = element.get(f"{W}fldCharType")
            if kind == "begin":
                stack.append({"code": "", "result": "", "in_result": False})
            elif kind == "separate":
                stack[-1]["in_result"] = True
            elif kind == "end":
                field = stack.pop()
                found.append((" ".join(field["code"].split()), field["result"]))
        elif element.tag == f"{W}instrText" and stack:
            stack[-1]["code"] += element.text or ""
        elif element.tag == f"{W}t" and stack and stack[-1]["in_result"]:
            stack[-1]["result"] += element.text or ""
    assert not stack, "a field is never ended"
    return found


@pytest.mark.parametrize("name,kind", CASES, ids=_case_ids())
def test_word_numbers_every_rule_paragraph_and_item_as_spinout_does(rendered, name, kind) -> None:
    import docx

    document, path = _get(rendered, name, kind)
    word = docx.Document(str(path))
    labels = [label for label in list_labels(word) if label]
    assert labels == expected_numbers(document)
    numbering = word.part.numbering_part.element
    # one abstract definition for the legal numbering, and every list paragraph uses it
    legal = [a for a in numbering.findall(f"{W}abstractNum") if a.find(f"{W}name").get(f"{W}val") == "Rules"]
    num = next(n for n in numbering.findall(f"{W}num") if n.get(f"{W}numId") == str(LEGAL_LIST))
    assert len(legal) == 1 and num.find(f"{W}abstractNumId").get(f"{W}val") == legal[0].get(f"{W}abstractNumId")
    styles = {p.style.name for p, label in zip(word.paragraphs, list_labels(word), strict=True) if label}
    assert styles <= {"Heading 2", "Rule Paragraph", "Rule Item"}
    for style in styles:
        num_pr = word.styles[style].element.pPr.find(f"{W}numPr")
        assert num_pr.find(f"{W}numId").get(f"{W}val") == str(LEGAL_LIST)
    assert not any(p._p.pPr is not None and p._p.pPr.find(f"{W}numPr") is not None for p in word.paragraphs), \
        "numbering comes from the styles, so a paragraph a solicitor styles Heading 2 is a new rule"
    assert all(not re.match(r"^(\d+(\.\d+)?|\([a-z]+\))\t", p.text) for p in word.paragraphs
               if not p.style.name.startswith("toc")), "a typed number is left"


@pytest.mark.parametrize("name,kind", CASES, ids=_case_ids())
def test_every_reference_is_a_ref_field_to_a_bookmark_on_its_target(rendered, name, kind) -> None:
    import docx

    document, path = _get(rendered, name, kind)
    word = docx.Document(str(path))
    body = word.element.body
    label_of = {p._p: label for p, label in zip(word.paragraphs, list_labels(word), strict=True)}
    bookmarks = {b.get(f"{W}name"): b.getparent() for b in body.iter(f"{W}bookmarkStart")}
    ids = [b.get(f"{W}id") for b in body.iter(f"{W}bookmarkStart")]
    assert len(ids) == len(set(ids)) == len(bookmarks)
    assert sorted(ids) == sorted(b.get(f"{W}id") for b in body.iter(f"{W}bookmarkEnd"))
    for bookmark in bookmarks:
        assert BOOKMARK.match(bookmark) and len(bookmark) <= MAX_BOOKMARK, bookmark

    refs = [(code, result) for code, result in fields(body) if code.startswith("REF ")]
    expected = expected_references(document)
    assert expected or name == "school-trust", "these documents make cross-references"
    assert [result for _, result in refs] == [ref.target for ref in expected]
    for code, result in refs:
        name_, *switches = code.split()[1:]
        assert switches == ["\\w", "\\h"], code
        target = bookmarks[name_]
        while target.tag != f"{W}p":
            target = target.getparent()
        assert label_of[target] == result, f"{code} points at the paragraph numbered {label_of[target]!r}"


@pytest.mark.parametrize("name,kind", CASES, ids=_case_ids())
def test_contents_field_with_the_headings_as_stored_entries(rendered, name, kind) -> None:
    import docx

    document, path = _get(rendered, name, kind)
    word = docx.Document(str(path))
    tocs = [code for code, _ in fields(word.element.body) if code.startswith("TOC ")]
    assert tocs == ['TOC \\o "1-2" \\h \\z \\u']
    entries = [p.text for p in word.paragraphs if p.style.name in ("toc 1", "toc 2")]
    wanted = []
    for part in document.parts:
        wanted.append(f"Part {part.number}: {part.title}")
        wanted += [f"{rule.number}\t{rule.title}" for rule in part.rules]
    if document.signatures is not None:
        wanted.append(document.signatures.heading)
    assert entries == wanted
    headings = [p for p in word.paragraphs if p.style.name in ("Heading 1", "Heading 1 New Page", "Heading 2")]
    assert len(headings) == len(wanted)      # each heading a contents entry, and so after an update too


def test_member_summaries_have_no_legal_numbering(rendered) -> None:
    import docx

    document, path = rendered[("social-care", MEMBER_SUMMARIES.stem)]
    word = docx.Document(str(path))
    labels = [label for label in list_labels(word) if label]
    items = sum(len(b.items) for r in document.rules() for b in r.blocks if isinstance(b, Paragraph))
    assert items and labels == ["\u2022"] * items          # items are bullets; nothing else has a number
    text = "\n".join(p.text for p in word.paragraphs)
    assert not re.search(r"^(Part \d+:|\d+(\.\d+)?\s)", text, re.M)
    assert [p.text for p in word.paragraphs if p.style.name == "Point Heading"] == [r.title for r in document.rules()]
    assert not [code for code, _ in fields(word.element.body)], "no contents, no cross-reference fields"


def test_the_same_document_gives_the_same_bytes(rendered, tmp_path: Path) -> None:
    document, path = rendered[("social-care", BUSINESS_CASE.stem)]
    render_docx(document, tmp_path / "again.docx")
    assert (tmp_path / "again.docx").read_bytes() == path.read_bytes()


def test_referenced_text_is_data_in_word(tmp_path: Path) -> None:
    """Text round a field comes out exactly as written: no XML, no docxtpl tag, and a span that
    does not fit its text leaves the words alone."""
    import docx

    hostile = "Smith & Sons <Care> {{ 7*7 }} {_{ x }_} "
    text = hostile + "see rule 1 and rule 1.1."
    first = text.index("1 and")
    refs = (Reference(first, first + 1, "1"), Reference(text.index("1.1"), text.index("1.1") + 3, "1.1"))
    paragraph = Paragraph("1.1", text, items=(hostile + "rule 1", "plain"),
                          refs=refs, item_refs=((Reference(len(hostile) + 5, len(hostile) + 6, "1"),), ()))
    wrong = Paragraph("1.2", "rule 9", refs=(Reference(0, 4, "9"),))
    document = Document("T", "T", "", "n", "p", (Part(1, "One", (Rule("1", "x", "X", (paragraph, wrong), ""),)),))
    render_docx(document, tmp_path / "t.docx")
    word = docx.Document(str(tmp_path / "t.docx"))
    texts = [p.text for p in word.paragraphs]
    assert text in texts and hostile + "rule 1" in texts and "rule 9" in texts
    refs_found = [result for code, result in fields(word.element.body) if code.startswith("REF ")]
    assert refs_found == ["1", "1.1", "1"]


def test_ref_marks_cannot_be_forged_by_an_answer() -> None:
    from spinout.engine.assemble import _Marks

    marks = _Marks()
    forged = "\ue000000000000000\ue001 12 \ue002000000000000\ue001"
    assert marks.split(forged) == (forged, ())
    text, refs = marks.split(f"see rule {marks.wrap('12')} and {marks.wrap('3.4')}.")
    assert text == "see rule 12 and 3.4." and refs == (Reference(9, 11, "12"), Reference(16, 19, "3.4"))


def test_the_assembler_keeps_each_reference_as_a_span(tmp_path: Path, example_answers) -> None:
    from tests.test_library import clause, library_from

    library = library_from(tmp_path, {
        "one": [clause("alpha", "See {{ ref('beta') }} and {{ ref('beta', 'second') | upper }}.",
                       {"text": "Items:", "items": ["plain", "under {{ ref('beta', 'second') }}"]})],
        "two": [clause("beta", "First.", {"id": "second", "text": "Second."})],
    })
    first, items = assemble(example_answers, library).rules()[0].blocks[:2]
    assert first.text == "See rule 2 and RULE 2.2."
    assert first.refs == (Reference(9, 10, "2"), Reference(20, 23, "2.2"))
    assert items.items == ("plain", "under rule 2.2") and items.item_refs == ((), (Reference(11, 14, "2.2"),))


def test_a_clause_that_garbles_what_ref_prints_is_a_clause_fault(tmp_path: Path, example_answers) -> None:
    from spinout.errors import AssemblyError
    from tests.test_library import clause, library_from

    library = library_from(tmp_path, {"one": [clause("alpha", "See {{ ref('beta') | truncate(25, True) }}.")],
                                      "two": [clause("beta", "First.")]})
    with pytest.raises(AssemblyError, match="changes what ref"):
        assemble(example_answers, library)
