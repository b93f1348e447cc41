"""Fixtures for the printing tests: reading PDFs back with poppler's tools."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

PdfText = Callable[..., str]


@pytest.fixture
def pdf_text() -> PdfText:
    """Return ``read(path, first=None, last=None)``: the PDF's text as ``pdftotext -layout``."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is missing (Debian: apt-get install poppler-utils)")

    def read(path: Path, first: int | None = None, last: int | None = None) -> str:
        pages = [*(["-f", str(first)] if first else []), *(["-l", str(last)] if last else [])]
        done = subprocess.run(["pdftotext", "-layout", *pages, str(path), "-"], check=True,
                              capture_output=True, text=True)
        return done.stdout

    return read


@pytest.fixture
def pdf_info() -> Callable[[Path], dict[str, str]]:
    """Return ``info(path)``: pdfinfo's fields (``Pages``, ``Page size``...)."""
    if shutil.which("pdfinfo") is None:
        pytest.skip("pdfinfo is missing (Debian: apt-get install poppler-utils)")

    def info(path: Path) -> dict[str, str]:
        out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True,
                             text=True).stdout
        return dict(re.findall(r"^([^:\n]+):\s*(.*)$", out, flags=re.MULTILINE))

    return info
