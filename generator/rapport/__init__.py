"""The printable annual report (PDF) for the GGD and all parents, from the same YearContext as the site."""

from generator.rapport.pdf import BrowserMissing, PrintFailed
from generator.rapport.writer import PdfResult, write_pdf

__all__ = ["BrowserMissing", "PdfResult", "PrintFailed", "write_pdf"]
