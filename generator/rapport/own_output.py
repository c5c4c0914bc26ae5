"""Mark a printed report as this tool's own, and recognise the mark, so that `rapport --uit` may
replace an earlier report and nothing else (generator/output_guard.py).

Chromium fills the document information itself (title, creator, producer) and offers no way to add
to it, and what it writes is the same for any page printed with headless Chromium. The mark is one
extra key in the document information, added as an incremental update: the printed bytes stay as
they are and a new version of the information dictionary with a new cross-reference section is
appended, as PDF editors do when they save a change. That takes milliseconds, where rewriting the
whole file through a PDF library takes seconds, and the same PDF always gets the same bytes.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import PyPdfError
from pypdf.generic import DictionaryObject, IndirectObject, NameObject, NumberObject, TextStringObject

MARK_KEY = "/KlachtenjaarverslagGenerator"
MARK_VALUE = "python -m generator rapport"
PDF_HEADER = b"%PDF-"
LAST_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")


def mark_own_pdf(pdf: bytes) -> bytes:
    """The PDF with MARK_KEY in its document information, appended as an incremental update."""
    reader = PdfReader(io.BytesIO(pdf))
    previous_xref = LAST_STARTXREF.search(pdf[-1024:])
    if previous_xref is None:
        raise ValueError("geen startxref aan het eind van de PDF")
    trailer = reader.trailer
    size = int(trailer["/Size"])
    info_reference = trailer.raw_get("/Info") if "/Info" in trailer else None
    if isinstance(info_reference, IndirectObject):
        number, generation = info_reference.idnum, info_reference.generation
    else:
        number, generation, size = size, 0, size + 1
    info = DictionaryObject({NameObject(key): value for key, value in (reader.metadata or {}).items()})
    info[NameObject(MARK_KEY)] = TextStringObject(MARK_VALUE)

    update = io.BytesIO()
    update.write(b"\n")
    info_offset = len(pdf) + update.tell()
    update.write(f"{number} {generation} obj\n".encode("ascii"))
    info.write_to_stream(update)
    update.write(b"\nendobj\n")
    xref_offset = len(pdf) + update.tell()
    # Each entry of a cross-reference section is exactly 20 bytes, its line end included.
    update.write(f"xref\n{number} 1\n{info_offset:010d} {generation:05d} n \n".encode("ascii"))
    new_trailer = DictionaryObject(
        {
            NameObject("/Size"): NumberObject(size),
            NameObject("/Root"): trailer.raw_get("/Root"),
            NameObject("/Info"): IndirectObject(number, generation, None),
            NameObject("/Prev"): NumberObject(int(previous_xref.group(1))),
        }
    )
    if "/ID" in trailer:
        new_trailer[NameObject("/ID")] = trailer.raw_get("/ID")
    update.write(b"trailer\n")
    new_trailer.write_to_stream(update)
    update.write(f"\nstartxref\n{xref_offset}\n%%EOF\n".encode("ascii"))
    return pdf + update.getvalue()


def is_own_pdf(path: Path) -> bool:
    """A PDF that mark_own_pdf() marked; False for anything else, readable or not."""
    try:
        with path.open("rb") as file:
            if file.read(len(PDF_HEADER)) != PDF_HEADER:
                return False
        metadata = PdfReader(path).metadata
    except (OSError, PyPdfError, ValueError, KeyError, TypeError):
        return False
    return metadata is not None and metadata.get(MARK_KEY) == MARK_VALUE
