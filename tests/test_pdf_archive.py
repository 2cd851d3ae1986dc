"""The rules PDF is an archive (PDF/A-3, still tagged) that carries the pack's answers.yml and
manifest.json, and `spinout build constitution.pdf -o DIR` rebuilds the pack from it. Read back
with pypdf from the shared pack."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from spinout.engine.library import library_digest
from tests.conftest import SharedPack, file_hashes, invoke

RULES = "constitution.pdf"


def attachments(path: Path) -> dict[str, Any]:
    from pypdf import PdfReader

    return {f.name: f for f in PdfReader(str(path)).attachment_list}


def pdf_with(files: dict[str, bytes], path: Path) -> Path:
    """A PDF of one blank page carrying `files`, as any other tool might write it."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    for name, data in files.items():
        writer.add_attachment(name, data)
    writer.write(path)
    return path


@pytest.fixture(scope="module")
def attached(social_care_pack: SharedPack) -> dict[str, Any]:
    return attachments(social_care_pack.folder / RULES)


def test_the_rules_pdf_carries_the_packs_answers(attached, social_care_pack: SharedPack) -> None:
    assert sorted(attached) == ["answers.yml", "manifest.json"]
    answers = attached["answers.yml"]
    assert answers.content == (social_care_pack.folder / "answers.yml").read_bytes()
    # associated files: the answers are the rules' source; the manifest supplements them
    assert answers.associated_file_relationship == "/Source"
    assert attached["manifest.json"].associated_file_relationship == "/Supplement"
    assert (answers.subtype, attached["manifest.json"].subtype) == ("/application/yaml", "/application/json")
    assert all(f.description for f in attached.values())


def test_each_attachment_is_associated_with_the_document_once(social_care_pack: SharedPack) -> None:
    from pypdf import PdfReader

    catalog = PdfReader(str(social_care_pack.folder / RULES)).trailer["/Root"]
    names = [str(spec.get_object()["/UF"]) for spec in catalog["/AF"]]
    assert names == ["answers.yml", "manifest.json"]


def test_the_attached_manifest_is_the_packs_less_the_pdf_itself(attached, social_care_pack: SharedPack) -> None:
    folder = social_care_pack.folder
    inside = json.loads(attached["manifest.json"].content)
    outside = json.loads((folder / "manifest.json").read_text())
    # a file cannot hold its own hash: the copy inside lists every file but the PDF
    pdf_entry = next(f for f in outside["files"] if f["path"] == RULES)
    assert pdf_entry["sha256"] == hashlib.sha256((folder / RULES).read_bytes()).hexdigest()
    assert inside == {**outside, "files": [f for f in outside["files"] if f is not pdf_entry]}
    # and every hash it lists is of the file in the pack
    hashes = file_hashes(folder)
    assert {f["path"]: f["sha256"] for f in inside["files"]} == {
        name: digest for name, digest in hashes.items() if name not in (RULES, "manifest.json")}
    assert inside["archive"]["file"] == RULES and RULES in inside["archive"]["note"]
    assert inside["library"]["sha256"] == library_digest()[0]


def test_only_the_rules_pdf_carries_files(social_care_pack: SharedPack) -> None:
    for name in ("business-case.pdf", "review.pdf", "registration.pdf", "guides/social-care.pdf"):
        assert attachments(social_care_pack.folder / name) == {}, name


def test_the_rules_pdf_declares_pdfa3_and_pdfua1_and_stays_tagged(social_care_pack: SharedPack) -> None:
    from pypdf import PdfReader
    from pypdf.generic import BooleanObject

    from tests.test_pdf_tags import read_tags

    reader = PdfReader(str(social_care_pack.folder / RULES))
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode("utf-8")
    # as an attribute or an element: XMP allows both
    assert re.search(r'pdfaid:part(="|>)3\b', xmp) and re.search(r'pdfaid:conformance(="|>)A\b', xmp)
    assert re.search(r'pdfuaid:part(="|>)1\b', xmp)
    # PDF/A asks for a schema outside its own list (pdfuaid) to be described in the metadata
    assert "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>" in xmp
    assert reader.pdf_header == "%PDF-1.7"
    catalog, tags = read_tags(social_care_pack.folder / RULES)
    assert catalog["/OutputIntents"][0]["/S"] == "/GTS_PDFA1"
    assert catalog["/MarkInfo"]["/Marked"] == BooleanObject(True) and catalog["/Lang"] == "en-GB"
    assert "/StructTreeRoot" in catalog
    assert tags.counts["/H1"] == 1 and {1, 2, 3} <= tags.heading_levels()
    assert tags.counts["/Table"] and tags.counts["/TH"]


def test_a_pack_rebuilt_from_its_rules_pdf_is_the_same_pack(social_care_pack: SharedPack, runner,
                                                           tmp_path: Path) -> None:
    """The round trip, and determinism: a second build, from the answers inside the PDF, gives
    every file byte for byte, the rules PDF (and so the manifest inside it) included."""
    again = tmp_path / "again"
    result = invoke(runner, "build", str(social_care_pack.folder / RULES), "-o", str(again))
    assert result.exit_code == 0, result.output
    assert f"Read the answers inside {social_care_pack.folder / RULES}" in result.output
    assert "Note:" not in result.output            # same spinout, same library: nothing to say
    assert (again / "answers.yml").read_bytes() == attachments(social_care_pack.folder / RULES)["answers.yml"].content
    assert (again / RULES).read_bytes() == (social_care_pack.folder / RULES).read_bytes()
    assert file_hashes(again) == file_hashes(social_care_pack.folder)


def test_a_school_trust_outline_is_an_archive_too_when_laid_out_in_this_process(tmp_path: Path) -> None:
    from spinout.answers.resolve import dump_answers, load_example
    from spinout.pack.build import build_pack

    answers = load_example("school-trust")
    build_pack(answers, tmp_path / "pack", formats=("pdf",), pdf_pool=None)
    files = attachments(tmp_path / "pack" / "trust-outline.pdf")
    assert files["answers.yml"].content.decode("utf-8") == dump_answers(answers)
    assert json.loads(files["manifest.json"].content)["archive"]["file"] == "trust-outline.pdf"


def test_a_different_library_is_said_plainly_and_the_pack_rebuilt(social_care_pack: SharedPack, runner,
                                                                  tmp_path: Path) -> None:
    manifest = json.loads((social_care_pack.folder / "manifest.json").read_text())
    manifest["library"]["sha256"] = "0" * 64
    manifest["generator"] = "spinout 0.0.1"
    pdf = pdf_with({"answers.yml": (social_care_pack.folder / "answers.yml").read_bytes(),
                    "manifest.json": json.dumps(manifest).encode()}, tmp_path / "old.pdf")
    result = invoke(runner, "build", str(pdf), "-o", str(tmp_path / "out"), "--no-pdf")
    assert result.exit_code == 0, result.output
    assert "Note: " in result.stderr and "spinout 0.0.1 with a different clause library" in result.stderr
    assert "rebuilt with spinout" in result.stderr
    assert (tmp_path / "out" / "answers.yml").read_bytes() == (social_care_pack.folder / "answers.yml").read_bytes()


def _bad(runner, tmp_path: Path, pdf: Path) -> str:
    out = tmp_path / "out"
    result = invoke(runner, "build", str(pdf), "-o", str(out))
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output and "internal error" not in result.output
    assert str(pdf) in result.output
    assert not out.exists()
    return result.output


def test_a_pdf_without_answers_is_refused(social_care_pack: SharedPack, runner, tmp_path: Path) -> None:
    output = _bad(runner, tmp_path, social_care_pack.folder / "review.pdf")
    assert "carries no answers" in output and "answers.yml instead" in output


def test_a_damaged_pdf_is_refused(social_care_pack: SharedPack, runner, tmp_path: Path) -> None:
    cut = tmp_path / "cut.pdf"
    cut.write_bytes((social_care_pack.folder / RULES).read_bytes()[:5000])
    assert "could not be read as a PDF" in _bad(runner, tmp_path, cut)


def test_an_attachment_that_does_not_match_its_checksum_is_refused(social_care_pack: SharedPack, runner,
                                                                   tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ByteStringObject

    writer = PdfWriter(clone_from=PdfReader(str(social_care_pack.folder / RULES)))
    answers = next(f for f in writer.attachment_list if f.name == "answers.yml")
    answers.checksum = ByteStringObject(hashlib.md5(b"other answers").digest())
    damaged = tmp_path / "damaged.pdf"
    writer.write(damaged)
    assert "answers.yml attached to" in (output := _bad(runner, tmp_path, damaged)) and "is damaged" in output


def test_a_file_that_is_not_a_pdf_is_refused(social_care_pack: SharedPack, runner, tmp_path: Path) -> None:
    fake = tmp_path / "constitution.pdf"
    fake.write_bytes((social_care_pack.folder / "answers.yml").read_bytes())
    assert "is not a PDF" in _bad(runner, tmp_path, fake)
    assert "No file at" in _bad(runner, tmp_path, tmp_path / "missing.pdf")


def test_an_encrypted_pdf_is_refused(social_care_pack: SharedPack, runner, tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(str(social_care_pack.folder / RULES)))
    writer.encrypt(user_password="", owner_password="secret", algorithm="RC4-128")
    locked = tmp_path / "locked.pdf"
    writer.write(locked)
    assert "is encrypted" in _bad(runner, tmp_path, locked)


def test_attached_answers_get_the_answers_files_checks(social_care_pack: SharedPack, runner, tmp_path: Path) -> None:
    # the safe loader's refusals
    aliased = pdf_with({"answers.yml": b"society: &s {name: A}\nother: *s\n"}, tmp_path / "alias.pdf")
    assert "YAML alias" in _bad(runner, tmp_path, aliased)
    # the size limit
    huge = pdf_with({"answers.yml": b"# " + b"x" * 1_000_000 + b"\n"}, tmp_path / "huge.pdf")
    assert "at most 1,000,000 bytes" in _bad(runner, tmp_path, huge)
    # the resolver
    raw = yaml.safe_load((social_care_pack.folder / "answers.yml").read_text())
    raw["shares"]["nominal_value"] = "lots"
    invalid = pdf_with({"answers.yml": yaml.safe_dump(raw).encode()}, tmp_path / "invalid.pdf")
    output = _bad(runner, tmp_path, invalid)
    assert "shares.nominal_value" in output and f"answers.yml inside {invalid}" in output


def test_a_pdf_larger_than_any_rules_pdf_is_refused_unread(tmp_path: Path) -> None:
    """A PDF larger than any rules PDF is refused before it is parsed."""
    from spinout.errors import AnswersError
    from spinout.pack.archive import MAX_PDF_BYTES, load_archive

    big = tmp_path / "big.pdf"
    with open(big, "wb") as handle:
        handle.write(b"%PDF-1.7\n")
        handle.truncate(MAX_PDF_BYTES + 1)
    with pytest.raises(AnswersError, match="a rules PDF is at most"):
        load_archive(big)
