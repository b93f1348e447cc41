"""What a drop can import: vCard files (file URLs) and vCard data from a mail client.

Pure functions over ``QMimeData`` (no widget), so tests check them directly.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData

from networkapp.services.importing import ImportData, ImportSource

VCARD_MIME_TYPES = ("text/vcard", "text/x-vcard", "text/directory")
VCARD_SUFFIXES = (".vcf", ".vcard")
MAX_DROPPED_BYTES = 64 * 1024 * 1024
"""Larger dragged data is refused: a file that big should be dropped as a file."""


def local_files(mime: QMimeData) -> list[Path]:
    """Return the local files among the dropped URLs (folders and remote URLs left out)."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls()
            if url.isLocalFile() and not Path(url.toLocalFile()).is_dir()]


def can_import(mime: QMimeData) -> bool:
    """Return True when a drop carries vCard data or local files."""
    return any(mime.hasFormat(kind) for kind in VCARD_MIME_TYPES) or bool(local_files(mime))


def sources_from_mime(mime: QMimeData, name: str = "dropped vCard") -> list[ImportSource]:
    """Return what to import from a drop: the local files, else the vCard data.

    A mail client may offer both a temporary file and the data itself: the files
    win (they have a name to show). Any local file is offered, whatever its name
    ends with: the importer says clearly when one is not a vCard.
    """
    files = local_files(mime)
    if files:
        return [str(path) for path in files]
    for kind in VCARD_MIME_TYPES:
        if mime.hasFormat(kind):
            data = bytes(mime.data(kind).data())
            if len(data) > MAX_DROPPED_BYTES:
                return []
            return [ImportData(name, data)]
    return []
