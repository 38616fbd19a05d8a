"""A backup taken and restored gives back the database exactly."""

import gzip
import json

import pytest
from django.core.management import call_command

from undrafts.documents.backups import database_backup, database_restore
from undrafts.documents.models import Document, Extraction, ParagraphRevision
from undrafts.documents.services import paragraph_revise

pytestmark = pytest.mark.django_db(transaction=True)


def snapshot(tmp_path, name):
    path = tmp_path / name
    call_command(
        "dumpdata",
        natural_foreign=True,
        exclude=["contenttypes", "auth.permission", "admin.logentry", "sessions"],
        output=str(path),
        verbosity=0,
    )
    return sorted(json.dumps(row, sort_keys=True) for row in json.loads(path.read_text()))


def test_backup_and_restore_round_trip_the_whole_database(seeds, amina, tmp_path):
    paragraph = seeds["A/RES/75/240"].main_text.paragraphs.get(label="PP3")
    paragraph_revise(
        paragraph_id=paragraph.pk, content="Edited wording.", author=amina, base_version=1
    )
    before = snapshot(tmp_path, "before.json")
    backup = database_backup(tmp_path / "backup.json.gz")

    Document.objects.filter(symbol="A/C.1/78/L.60/Rev.1").delete()
    paragraph_revise(
        paragraph_id=paragraph.pk, content="Later words.", author=amina, base_version=2
    )
    assert snapshot(tmp_path, "changed.json") != before

    database_restore(backup)
    assert snapshot(tmp_path, "after.json") == before
    assert ParagraphRevision.objects.filter(author__username="amina").count() == 1
    assert amina.__class__.objects.get(username="amina").check_password("correct horse battery")


def test_times_survive_a_backup_to_the_microsecond(seeds, tmp_path):
    revision = ParagraphRevision.objects.order_by("pk").first()
    exact = revision.created_at.replace(microsecond=500)
    ParagraphRevision.objects.filter(pk=revision.pk).update(created_at=exact)
    backup = database_backup(tmp_path / "backup.json.gz")
    ParagraphRevision.objects.filter(pk=revision.pk).update(created_at=exact.replace(microsecond=0))

    database_restore(backup)
    assert ParagraphRevision.objects.get(pk=revision.pk).created_at == exact


def test_a_backup_from_before_extractions_had_their_own_table_keeps_every_word(seeds, tmp_path):
    report = Document.objects.get(symbol="A/75/394")
    words = report.raw_text
    assert len(words) > 1000
    rows = json.loads(gzip.decompress(database_backup(tmp_path / "new.json.gz").read_bytes()))
    extractions = {r["pk"]: r for r in rows if r["model"] == "documents.extraction"}
    for row in rows:  # the document rows of the earlier version held their text
        if row["model"] == "documents.document":
            extraction = extractions.get(row["pk"])
            row["fields"]["raw_text"] = extraction["fields"]["raw_text"] if extraction else ""
    old = tmp_path / "old.json.gz"
    old.write_bytes(
        gzip.compress(json.dumps([r for r in rows if r not in extractions.values()]).encode())
    )
    Extraction.objects.all().delete()

    database_restore(old)
    assert Document.objects.get(symbol="A/75/394").raw_text == words
    assert Extraction.objects.count() == len(extractions)


def test_restoring_a_missing_file_changes_nothing(seeds, tmp_path):
    count = Document.objects.count()
    with pytest.raises(FileNotFoundError):
        database_restore(tmp_path / "nope.json.gz")
    assert Document.objects.count() == count


def test_a_corrupt_backup_is_refused_and_the_database_is_kept(seeds, tmp_path):
    count = Document.objects.count()
    bad = tmp_path / "bad.json"
    bad.write_text('[{"model": "documents.document", "pk": 1, "fields": {"symbol": ')
    with pytest.raises(Exception, match=r"(?i)json|deserial|problem"):
        database_restore(bad)
    assert Document.objects.count() == count
