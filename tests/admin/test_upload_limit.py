"""A file past the size limit is refused having stored almost none of it."""

from django.core.files.uploadhandler import FileUploadHandler

from undrafts.documents.uploads import CappedUploadHandler

from .conftest import IMPORT_URL, REV2, counts, upload


def test_the_handler_keeps_no_more_than_the_limit_but_counts_it_all(settings):
    settings.MAX_UPLOAD_BYTES = 1000
    handler = CappedUploadHandler()
    handler.new_file("file", "big.pdf", "application/pdf", None)
    for start in range(0, 64 * 1024 * 50, 64 * 1024):
        assert handler.receive_data_chunk(b"x" * 64 * 1024, start) is None

    uploaded = handler.file_complete(64 * 1024 * 50)

    assert uploaded.size == 64 * 1024 * 50
    assert len(uploaded.read()) == 1001
    assert isinstance(handler, FileUploadHandler)


def test_the_limit_is_shared_by_every_file_in_a_request(settings):
    settings.MAX_UPLOAD_BYTES = 1000
    handler = CappedUploadHandler()
    stored = []
    for name in ("a.pdf", "b.pdf"):
        handler.new_file("file", name, "application/pdf", None)
        handler.receive_data_chunk(b"y" * 800, 0)
        stored.append(len(handler.file_complete(800).read()))

    assert stored == [800, 201]


def test_an_upload_three_times_the_limit_is_refused_with_its_real_size(amina_client, settings):
    settings.MAX_UPLOAD_BYTES = 10_000
    before = counts()

    response = amina_client.post(
        IMPORT_URL,
        {"_preview": "1", "symbol": REV2, "file": upload("big.pdf", b"%PDF-1.4\n" + b"0" * 30_000)},
    )

    errors = response.context["form"].errors["file"]
    assert errors == ["The file is 29.3\xa0KB; the limit is 9.8\xa0KB."]
    assert counts() == before
