"""Withdrawing a document: it leaves lists, keeps its pages, and says why."""

import pytest

from undrafts.documents.exceptions import ImportRefused
from undrafts.documents.selectors import document_get, document_list
from undrafts.documents.services import document_withdraw


def test_a_withdrawn_document_leaves_lists_but_stays_readable(seeds):
    document = seeds["A/C.1/73/L.27/Rev.1"]

    document_withdraw(document=document, reason="  Replaced by\nRev.2 ")

    document.refresh_from_db()
    assert document.withdrawn
    assert document.withdrawn_reason == "Replaced by Rev.2"
    assert document not in document_list()
    assert document_get("A/C.1/73/L.27/Rev.1") == document


def test_withdrawing_needs_a_reason(seeds):
    document = seeds["A/C.1/73/L.27/Rev.1"]

    with pytest.raises(ImportRefused, match="Say why"):
        document_withdraw(document=document, reason=" \u200b ")

    document.refresh_from_db()
    assert not document.withdrawn
