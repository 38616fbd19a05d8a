"""`manage.py import_documents`: a folder of files in, a summary out, nothing half-done."""

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from undrafts.documents.archive_files import symbol_from_filename
from undrafts.documents.models import Document, ParagraphRevision

from .texts import draft_text

FILES = Path(__file__).resolve().parents[2] / "fixtures" / "files"


def run(*args) -> tuple[str, int]:
    out, err = StringIO(), StringIO()
    try:
        call_command("import_documents", *map(str, args), stdout=out, stderr=err)
    except CommandError as error:
        return out.getvalue() + str(error), error.returncode
    return out.getvalue(), 0


@pytest.fixture
def folder(tmp_path) -> Path:
    (tmp_path / "A_C.3_81_L.12.txt").write_text(
        draft_text("A/C.3/81/L.12", title="Situation of human rights in Narnia")
    )
    (tmp_path / "A_C.3_81_L.13.txt").write_text(
        draft_text("A/C.3/81/L.13", title="Rights of persons living in Lilliput")
    )
    return tmp_path


@pytest.mark.parametrize(
    "name, symbol",
    [
        ("A_RES_80_38.pdf", "A/RES/80/38"),
        ("A-C.1-73-L.27-Rev.1.docx", "A/C.1/73/L.27/Rev.1"),
        ("A-RES-75-240.chromium.pdf", "A/RES/75/240"),
        ("minutes of the meeting.txt", ""),
    ],
)
def test_a_file_name_is_read_as_a_symbol(name, symbol):
    assert symbol_from_filename(name) == symbol


def test_a_folder_imports_every_document_and_says_so(db, folder):
    out, code = run(folder)

    assert code == 0
    assert "2 imported, 0 unchanged, 0 revised, 0 failed." in out
    narnia = Document.objects.get(symbol="A/C.3/81/L.12")
    assert narnia.title == "Situation of human rights in Narnia"
    assert narnia.session == 81
    assert narnia.source_name == "A_C.3_81_L.12.txt"
    assert len(narnia.content_hash) == 64


def test_importing_the_same_files_again_changes_nothing(db, folder):
    run(folder)
    revisions = ParagraphRevision.objects.count()

    out, code = run(folder)

    assert code == 0
    assert "0 imported, 2 unchanged, 0 revised, 0 failed." in out
    assert ParagraphRevision.objects.count() == revisions


def test_a_changed_file_makes_new_paragraph_revisions(db, folder):
    run(folder)
    (folder / "A_C.3_81_L.12.txt").write_text(
        draft_text(
            "A/C.3/81/L.12",
            title="Situation of human rights in Narnia",
            operative=[
                "Decides to remain actively seized of the matter;",
                "Requests the Secretary-General to report to it at its next session.",
            ],
        )
    )

    out, _ = run(folder)

    assert "0 imported, 1 unchanged, 1 revised, 0 failed." in out
    paragraph = Document.objects.get(symbol="A/C.3/81/L.12").main_text.paragraphs.get(label="OP1")
    assert paragraph.content == "Decides to remain actively seized of the matter;"
    assert [r.content for r in paragraph.revisions.order_by("text_version")] == [
        "Decides to remain seized of the matter;",
        "Decides to remain actively seized of the matter;",
    ]


def test_the_file_name_gives_the_symbol_when_the_text_prints_none(db, tmp_path):
    (tmp_path / "A-C.3-81-L.14.txt").write_text(draft_text(None, title="Freedom in Oz"))

    _, code = run(tmp_path)

    assert code == 0
    assert Document.objects.get(symbol="A/C.3/81/L.14").title == "Freedom in Oz"


def test_bad_files_are_reported_and_skipped_and_the_run_fails(db, folder):
    (folder / "A_C.3_81_L.20.txt").write_text("")
    (folder / "A_C.3_81_L.21.pdf").write_bytes(b"%PDF-1.7 this is not really a PDF")
    (folder / "notes.txt").write_text(draft_text(None, title="A text with no symbol"))

    out, code = run(folder)

    assert code == 1
    assert "2 imported, 0 unchanged, 0 revised, 3 failed." in out
    assert "A_C.3_81_L.20.txt: The file is empty." in out
    assert "A_C.3_81_L.21.pdf: " in out
    assert "notes.txt: no symbol is printed in it" in out
    assert not Document.objects.filter(symbol__in=["A/C.3/81/L.20", "A/C.3/81/L.21"]).exists()


def test_a_revision_the_service_refuses_leaves_the_document_as_it_was(db, folder):
    run(folder)
    (folder / "A_C.3_81_L.12.txt").write_text(
        draft_text(
            "A/C.3/81/L.12",
            title="Situation of human rights in Narnia",
            operative=["Decides to remain seized of the matter."],
        )
    )

    out, code = run(folder)

    assert code == 1
    assert "lacks paragraphs OP2" in out
    document = Document.objects.get(symbol="A/C.3/81/L.12")
    assert document.main_text.paragraphs.count() == 4


def test_files_are_read_in_parallel_processes_with_jobs(db, folder):
    for name in ["A-C.1-73-L.27-Rev.1.docx", "A-RES-75-240.chromium.pdf"]:
        (folder / name).write_bytes((FILES / name).read_bytes())

    out, code = run(folder, "--jobs", "2")

    assert code == 0, out
    assert (
        Document.objects.filter(
            symbol__in=["A/C.3/81/L.12", "A/C.3/81/L.13", "A/C.1/73/L.27/Rev.1", "A/RES/75/240"]
        ).count()
        == 4
    )


def test_a_missing_path_is_a_failure_not_a_crash(db, tmp_path):
    out, code = run(tmp_path / "nowhere")

    assert code == 1
    assert "no such file or folder" in out
