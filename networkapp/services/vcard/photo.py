"""PHOTO values: inline base64 (2.1/3.0), ``data:`` URIs (4.0) and remote URIs.

Only recognisable images (JPEG, PNG, GIF, BMP by their magic bytes) of at most
:data:`PHOTO_MAX_BYTES` are kept; anything else drops the photo with a message, never
the card. Remote URIs are returned as text: nothing here touches the network.
"""

from __future__ import annotations

import re
import urllib.parse
from dataclasses import dataclass

from networkapp.services.vcard.decode import b64_decode

PHOTO_MAX_BYTES = 256 * 1024

_MAGIC = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"BM", "image/bmp"),
)
_URI_RE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:\S")
_BASE64_RE = re.compile(r"[A-Za-z0-9+/=\s]+")  # one character class: linear time


@dataclass(frozen=True)
class PhotoResult:
    """What a PHOTO property gave: image bytes, a URI, or a reason it gave nothing.

    Attributes:
        data: The image bytes, if an image was kept.
        mime: Its MIME type, from the magic bytes.
        uri: A remote address to keep as text.
        problem: Why the photo was dropped, for the card's warnings.
    """

    data: bytes | None = None
    mime: str | None = None
    uri: str | None = None
    problem: str | None = None


def sniff_image(data: bytes) -> str | None:
    """Return the MIME type of image bytes, or None if they are not a known image."""
    for magic, mime in _MAGIC:
        if data.startswith(magic):
            return mime
    return None


def photo_from_base64(encoded: bytes) -> PhotoResult:
    """Decode an inline base64 PHOTO (``ENCODING=b`` / ``ENCODING=BASE64``)."""
    if not encoded.strip():
        return PhotoResult()
    # Base64 grows data by 4/3: skip decoding what cannot fit (plus folding slack).
    if len(encoded) > PHOTO_MAX_BYTES * 3 // 2:
        return _too_large(len(encoded) * 3 // 4)
    data = b64_decode(encoded)
    if data is None:
        return PhotoResult(problem="PHOTO dropped: damaged base64 data")
    return image_result(data)


def photo_from_text(text: str) -> PhotoResult:
    """Read a PHOTO given as a URI: a ``data:`` URI is decoded, others kept as text."""
    text = text.strip()
    if not text:
        return PhotoResult()
    if text[:5].lower() == "data:":
        return _photo_from_data_uri(text[5:])
    if _URI_RE.match(text):
        return PhotoResult(uri=text)
    if len(text) >= 16 and _BASE64_RE.fullmatch(text):  # inline, but no ENCODING parameter
        return photo_from_base64(text.encode("ascii"))
    return PhotoResult(problem="PHOTO dropped: neither inline image data nor a URI")


def _photo_from_data_uri(rest: str) -> PhotoResult:
    header, comma, payload = rest.partition(",")
    if not comma:
        return PhotoResult(problem="PHOTO dropped: malformed data: URI")
    if header.lower().endswith(";base64"):
        return photo_from_base64(payload.encode("ascii", "replace"))
    return image_result(urllib.parse.unquote_to_bytes(payload))


def image_result(data: bytes) -> PhotoResult:
    """Keep decoded bytes if they are a known image within the size limit."""
    mime = sniff_image(data)
    if mime is None:
        return PhotoResult(problem="PHOTO dropped: not a JPEG, PNG, GIF or BMP image")
    if len(data) > PHOTO_MAX_BYTES:
        return _too_large(len(data))
    return PhotoResult(data=data, mime=mime)


def _too_large(size: int) -> PhotoResult:
    return PhotoResult(
        problem=f"PHOTO dropped: about {size // 1024} KiB, more than the "
        f"{PHOTO_MAX_BYTES // 1024} KiB limit"
    )
