"""DOCX and PDF carry the same rule numbers and text as the Markdown; a real word processor opens the DOCX."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from spinout.answers.resolve import load_example
from spinout.engine.assemble import assemble
from spinout.engine.document import Paragraph
from spinout.engine.kinds import MEMBER_SUMMARIES
from spinout.render.docx import render_docx
from spinout.render.pdf import Attachment
from tests.conftest import SharedPack
from tests.readback import docx_text, normalise


@pytest.fixture(scope="module")
def document():
    return assemble(load_example("social-care"))


@pytest.fixture(scope="module")
def rendered(social_care_pack: SharedPack) -> dict[str, Path]:
    """The rules as `spinout build` wrote them into the social-care pack (built once per
    session, read-only; the PDF laid out by the build's worker process)."""
    return {"docx": social_care_pack.folder / "constitution.docx", "pdf": social_care_pack.folder / "constitution.pdf"}


@pytest.fixture(scope="module")
def in_process(document, rendered, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The same rules rendered again, in this process (the PDF as the archive the build makes,
    carrying the same files: see pack/archive.py)."""
    from spinout.render.pdf import pdf_bytes

    folder = tmp_path_factory.mktemp("render")
    paths = {"docx": folder / "c.docx", "pdf": folder / "c.pdf"}
    render_docx(document, paths["docx"])
    paths["pdf"].write_bytes(pdf_bytes(document, carried(rendered["pdf"])))
    return paths


def carried(pdf: Path) -> tuple[Attachment, ...]:
    """The files a rules PDF carries, as the build hands them to the layout."""
    from pypdf import PdfReader

    from spinout.pack.archive import archive_attachments

    files = {f.name: f.content.decode("utf-8") for f in PdfReader(str(pdf)).attachment_list}
    return archive_attachments(files["answers.yml"], files["manifest.json"])


@pytest.fixture(scope="module")
def pdf_pages(rendered) -> list[str]:
    """The text of each page of the rules PDF, extracted once (it takes seconds)."""
    from pypdf import PdfReader

    return [page.extract_text() or "" for page in PdfReader(str(rendered["pdf"])).pages]


def expected_lines(document) -> list[str]:
    lines = []
    for rule in document.rules():
        lines.append(f"{rule.number}. {rule.title}")
        for block in rule.blocks:
            if isinstance(block, Paragraph):
                lines.append(f"{block.number} {block.text}")
                lines += [f"{label} {text}" for label, text in block.item_labels()]
    return lines


def test_docx_has_every_rule_number_and_text_in_order(document, rendered) -> None:
    text = docx_text(rendered["docx"])
    position = 0
    for rule in document.rules():
        for block in rule.blocks:
            if isinstance(block, Paragraph):
                found = text.find(normalise(f"{block.number}"), position)
                assert found >= 0, f"{block.number} missing from DOCX"
                assert normalise(block.text) in text, f"text of {block.number} missing from DOCX"
                position = found


def test_docx_uses_real_word_styles(rendered, document) -> None:
    import docx

    from tests.readback import list_labels

    word = docx.Document(str(rendered["docx"]))
    styles = {p.style.name for p in word.paragraphs}
    assert {"Heading 1", "Heading 2"} <= styles
    labels = [label for p, label in zip(word.paragraphs, list_labels(word), strict=True) if p.style.name == "Heading 2"]
    assert labels == [r.number for r in document.rules()]


def test_docx_has_the_member_class_table(rendered, document) -> None:
    import docx

    tables = docx.Document(str(rendered["docx"])).tables
    assert tables, "no table in the DOCX"
    cells = [[c.text for c in row.cells] for row in tables[0].rows]
    names = [c.name for c in load_example("social-care").member_classes]
    assert [row[0] for row in cells[1:]] == names
    assert cells[1][-1] == "40%"


def test_pdf_has_every_rule_number_and_text(document, pdf_pages) -> None:
    text = normalise(" ".join(pdf_pages))      # as readback.pdf_text reads it
    for rule in document.rules():
        assert normalise(f"{rule.number}. {rule.title}") in text or normalise(f"{rule.number} {rule.title}") in text
        for block in rule.blocks:
            if isinstance(block, Paragraph):
                assert normalise(block.text)[:80] in text, f"text of {block.number} missing from PDF"


def test_pdf_metadata_notice_and_page_furniture(document, rendered, pdf_pages) -> None:
    from pypdf import PdfReader

    reader = PdfReader(str(rendered["pdf"]))
    assert reader.metadata.title == document.title
    assert reader.metadata.author
    pages = [normalise(text) for text in pdf_pages]
    total = len(pages)
    assert total > 5
    assert "not legal advice" in pages[0].lower()
    assert f"page 2 of {total}".lower() in pages[1].lower()
    assert document.society_name in pages[2]
    assert "Contents" in " ".join(pages[:3])


def test_same_document_same_bytes(rendered, in_process) -> None:
    # rendered twice, by the build and again in this process
    assert in_process["docx"].read_bytes() == rendered["docx"].read_bytes()
    assert in_process["pdf"].read_bytes() == rendered["pdf"].read_bytes()


def test_pdfs_from_the_pool_match_the_in_process_pdfs(document, in_process) -> None:
    from spinout.pack.workers import Job, start_pdf_pool
    from spinout.render.pdf import document_page, make_pdf

    pool = start_pdf_pool(2)
    if pool is None:
        pytest.skip("no fork on this platform")
    summary = assemble(load_example("social-care"), kind=MEMBER_SUMMARIES)
    try:
        pool.submit([Job("rules.pdf", document_page(document, archive=True)),
                     Job("summary.pdf", document_page(summary))])
        assert pool.result("summary.pdf") == make_pdf(document_page(summary))
        assert pool.finish_archive("rules.pdf", carried(in_process["pdf"])) == in_process["pdf"].read_bytes()
        with pytest.raises(KeyError):
            pool.result("never-asked-for.pdf")                   # said at once, never waited for
    finally:
        pool.close()


def forked_worker_pid(pool, number: int) -> int:
    import time

    for _ in range(200):                        # the first worker forks the others once loaded
        pid = pool._workers[number]._forked_pid()
        if pid is not None:
            return pid
        time.sleep(0.05)
    raise AssertionError("the first worker never said which workers it forked")


def test_a_forked_worker_that_dies_is_said_not_waited_for() -> None:
    import os
    import signal

    from spinout.pack.workers import Job, WorkerStopped, start_pdf_pool
    from spinout.render.pdf import document_page

    pool = start_pdf_pool(2)
    if pool is None:
        pytest.skip("no fork on this platform")
    try:
        pid = forked_worker_pid(pool, 1)
        assert pool.healthy()
        os.kill(pid, signal.SIGKILL)
        summary = document_page(assemble(load_example("social-care"), kind=MEMBER_SUMMARIES))
        with pytest.raises(WorkerStopped, match="stopped unexpectedly"):
            pool.submit([Job("a.pdf", summary), Job("b.pdf", summary)])    # one each
            pool.result("a.pdf")
            pool.result("b.pdf")
        assert not pool.healthy()
    finally:
        pool.close()


def test_a_finished_pool_ends_every_worker_it_forked() -> None:
    from spinout.pack.workers import start_pdf_pool

    pool = start_pdf_pool(3)
    if pool is None:
        pytest.skip("no fork on this platform")
    pids = [forked_worker_pid(pool, number) for number in (1, 2)]
    pool.close(finished=True)
    assert not pool._workers[0]._first.is_alive()
    assert [Path(f"/proc/{pid}").exists() for pid in pids] == [False, False]     # reaped, not zombies


_FIRST_WORKER_ONLY = """
import json, os
from pathlib import Path
from spinout.answers.resolve import load_example
from spinout.engine.assemble import assemble
from spinout.engine.kinds import MEMBER_SUMMARIES
from spinout.pack.workers import Job, start_pdf_pool
from spinout.render.pdf import Page, document_page
from tests.test_renders import forked_worker_pid

def loaded(pid):                       # weasyprint's text layout library mapped in
    return "libpango" in Path(f"/proc/{pid}/maps").read_text()

pool = start_pdf_pool(2)
said = {"before": loaded(os.getpid())}
try:
    pids = [pool._workers[0]._first.pid, forked_worker_pid(pool, 1)]
    summary = assemble(load_example("social-care"), kind=MEMBER_SUMMARIES)
    pool.submit([Job("summary.pdf", document_page(summary))])
    pool.result("summary.pdf")
    said["documents"] = [loaded(pid) for pid in pids]
    pages = [Job(f"page{n}.pdf", Page(f"<h1>Page {n}</h1>" * (10 - n), "guide.css")) for n in range(3)]
    pool.submit(pages)
    said["owners"] = sorted({pool._owner[job.name].number for job in pages})
    said["made"] = all(pool.result(job.name).startswith(b"%PDF-") for job in pages)
    said["pages"] = [loaded(pid) for pid in pids]
finally:
    pool.close()
print(json.dumps(said))
"""


def test_only_the_first_worker_loads_weasyprint_and_only_for_an_html_page() -> None:
    """HTML pages (the guides) all go to the first worker, which loads weasyprint for the first of
    them; a pool given none never loads it (a build whose guides come from the cache). In a fresh
    process: a test process that loaded weasyprint would pass it on to its workers."""
    import json
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    done = subprocess.run([sys.executable, "-c", _FIRST_WORKER_ONLY], capture_output=True, text=True, timeout=120,
                          cwd=root, env={**os.environ, "PYTHONPATH": str(root)})
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"before": False, "documents": [False, False], "owners": [0], "made": True,
                                       "pages": [True, False]}


@pytest.mark.parametrize("answers, manifest", [
    (b"", b"{}"),                                                       # an empty file
    ("society:\n  name: Café “Ŵ” & <Co> {{ 7*7 }} #set $x$ \\\n".encode() * 400, b"{}"),  # long, not ASCII, markup
    (bytes(range(256)), b"\xff\xfe not UTF-8"),                         # not text at all
])
def test_an_archive_carries_its_files_byte_for_byte(document, answers: bytes, manifest: bytes) -> None:
    from dataclasses import replace

    from pypdf import PdfReader

    from spinout.pack.archive import archive_attachments
    from spinout.render.pdf import pdf_bytes

    slots = archive_attachments("", "")
    files = (replace(slots[0], data=answers), replace(slots[1], data=manifest))
    data = pdf_bytes(document, files)
    assert pdf_bytes(document, files) == data                         # same files, same bytes
    carried = {f.name: f.content for f in PdfReader(io.BytesIO(data)).attachment_list}
    assert carried == {"answers.yml": answers, "manifest.json": manifest}


def test_documents_assembled_by_the_workers_are_the_documents_assembled_here(tmp_path: Path) -> None:
    from spinout.pack.build import build_pack, prepare
    from spinout.pack.workers import start_pdf_pool

    answers = load_example("social-care")
    pool = start_pdf_pool(2)
    if pool is None:
        pytest.skip("no fork on this platform")
    try:
        ahead = build_pack(answers, tmp_path / "pooled", pdf_pool=pool)
    finally:
        pool.close()
    here = build_pack(answers, tmp_path / "here", pdf_pool=None)
    assert ahead.files == here.files
    for name in here.files:
        assert (tmp_path / "pooled" / name).read_bytes() == (tmp_path / "here" / name).read_bytes(), name
    assert prepare(answers).extras.keys() == {"business-case", "registration", "member-summaries"}


def test_a_document_that_cannot_be_assembled_in_a_worker_fails_the_build_as_it_would_here(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import spinout.pack.build as assembly
    from spinout.engine.kinds import BUSINESS_CASE
    from spinout.errors import AssemblyError
    from spinout.pack.build import build_pack
    from spinout.pack.workers import start_pdf_pool

    real = assembly.assemble

    def failing(answers, library=None, kind=None):
        if kind == BUSINESS_CASE:
            raise AssemblyError("The business case could not be put together.", hint="Check the figures.")
        return real(answers, library, kind)

    monkeypatch.setattr(assembly, "assemble", failing)       # before the fork: the workers have it too
    pool = start_pdf_pool(2)
    if pool is None:
        pytest.skip("no fork on this platform")
    try:
        with pytest.raises(AssemblyError, match="business case could not be put together"):
            build_pack(load_example("social-care"), tmp_path / "pack", pdf_pool=pool)
        assert pool.healthy()                                 # the pool carries on for the next build
    finally:
        pool.close()
    assert list(tmp_path.iterdir()) == []                     # nothing written
