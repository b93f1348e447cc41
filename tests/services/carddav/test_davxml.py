"""Hrefs and card text as the XML layer reads them (no server needed)."""

from __future__ import annotations

import pytest

from networkapp.services.carddav import davxml


@pytest.mark.parametrize(("href", "expected"), [
    ("/dav/book/a%40b.vcf", "/dav/book/a@b.vcf"),
    ("/dav/book/a@b.vcf", "/dav/book/a@b.vcf"),
    ("http://127.0.0.1:5232/dav/book/x%20y.vcf", "/dav/book/x%20y.vcf"),
    ("x y.vcf", "/dav/book/x%20y.vcf"),
    ("/dav/book/a%2Fb.vcf", "/dav/book/a%2Fb.vcf"),  # an encoded slash stays in its name
    ("/dav/book/%C3%A8.vcf", "/dav/book/%C3%A8.vcf"),
    ("/dav/book/è.vcf", "/dav/book/%C3%A8.vcf"),
])
def test_hrefs_from_any_server_compare_in_one_spelling(href: str, expected: str) -> None:
    assert davxml.normalize_href(href, "http://127.0.0.1:5232/dav/book/") == expected


def test_card_text_keeps_its_line_ends_through_the_xml_parser() -> None:
    answer = (b"<d:multistatus xmlns:d='DAV:' xmlns:c='urn:ietf:params:xml:ns:carddav'>"
              b"<d:response><d:href>/b/a.vcf</d:href><d:propstat><d:prop><c:address-data>"
              b"BEGIN:VCARD\r\nNOTE:a > b\r\nX-LF:only\nEND:VCARD\r\n</c:address-data>"
              b"</d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>"
              b"</d:multistatus>")
    [response] = davxml.parse_multistatus(answer, "http://h/b/").responses
    text = response.props["{urn:ietf:params:xml:ns:carddav}address-data"].text
    assert text == "BEGIN:VCARD\r\nNOTE:a > b\r\nX-LF:only\nEND:VCARD\r\n"
