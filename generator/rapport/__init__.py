"""The printable annual report (PDF) for the GGD and all parents, from the same data as the site."""

from generator.rapport.build import ReportResult, default_pdf_name, write_report_pdf
from generator.rapport.pdf import BrowserMissing, PrintFailed

__all__ = ["BrowserMissing", "PrintFailed", "ReportResult", "default_pdf_name", "write_report_pdf"]
