"""Uploads kept small: a file past the limit is counted but never stored, in memory or on disk."""

from __future__ import annotations

import io

from django.conf import settings
from django.core.files.uploadedfile import InMemoryUploadedFile
from django.core.files.uploadhandler import FileUploadHandler


class CappedUploadHandler(FileUploadHandler):
    """Holds at most MAX_UPLOAD_BYTES + 1 bytes per request and reports each file's full size.

    Django would otherwise spool a large upload to a temporary file before any form can
    refuse it; here the form sees the true size and refuses it, having stored almost none.
    """

    def __init__(self, request=None):
        super().__init__(request)
        self.budget = settings.MAX_UPLOAD_BYTES + 1

    def new_file(self, *args, **kwargs):
        super().new_file(*args, **kwargs)
        self.buffer = io.BytesIO()
        self.size = 0

    def receive_data_chunk(self, raw_data: bytes, start: int):
        self.size += len(raw_data)
        room = self.budget - self.buffer.tell()
        if room > 0:
            self.buffer.write(raw_data[:room])
        return None

    def file_complete(self, file_size: int):
        self.budget -= self.buffer.tell()
        self.buffer.seek(0)
        return InMemoryUploadedFile(
            file=self.buffer,
            field_name=self.field_name,
            name=self.file_name,
            content_type=self.content_type,
            size=self.size,
            charset=self.charset,
            content_type_extra=self.content_type_extra,
        )
