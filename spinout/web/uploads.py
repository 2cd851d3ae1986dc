"""Uploads are answers files: kept in memory and refused beyond the CLI's size limit, so a huge
upload is never written to disk or read whole."""

from __future__ import annotations

from typing import Any

from django.core.files.uploadhandler import MemoryFileUploadHandler, SkipFile

from ..answers.yamlio import MAX_ANSWERS_BYTES

TOO_BIG = "spinout_upload_too_big"


class BoundedUpload(MemoryFileUploadHandler):
    def handle_raw_input(self, input_data: Any, META: Any, content_length: int, boundary: Any,
                         encoding: Any = None) -> None:
        super().handle_raw_input(input_data, META, content_length, boundary, encoding)
        self.activated = True          # always in memory: the limit keeps it small
        self.received = 0

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes | None:
        self.received += len(raw_data)
        if self.received > MAX_ANSWERS_BYTES:
            setattr(self.request, TOO_BIG, True)
            raise SkipFile()
        return super().receive_data_chunk(raw_data, start)
