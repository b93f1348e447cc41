"""The vCard reader on the shared corpus of real client exports, with vobject as an oracle.

The corpus lives beside the repository (``../shared/vcards``, see its SOURCES.md) and
is read from there, never copied; these tests skip when it is absent.
"""

from __future__ import annotations

import warnings
from collections import Counter
from pathlib import Path

import pytest
import vobject

from networkapp.services.vcard import (
    CardResult,
    ParsedCard,
    RejectedCard,
    VCardFileError,
    read_vcards,
)

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "vcards"
SUFFIXES = (".vcf", ".vcard", ".ref")
FILES = sorted(p for p in CORPUS.rglob("*") if p.suffix in SUFFIXES) if CORPUS.is_dir() else []

pytestmark = pytest.mark.skipif(not FILES, reason=f"vCard corpus not found at {CORPUS}")

NO_IDENTITY = "no name, organization, email, phone or web address"
# The truly broken samples: (line, reason) of every card the reader must reject.
EXPECTED_REJECTIONS = {
    "android_frameworks_opt_vcard/v21_android_custom_prop.vcf": [(1, NO_IDENTITY)],
    "kcontacts/v4_0.vcard7.vcf.ref": [(1, NO_IDENTITY)],
    "kcontacts/vcard7.vcf": [(1, NO_IDENTITY)],
    "l0b0-vcard/invalid_begin.vcf": [(1, "invalid BEGIN line 'BEGIN:VCARDinvalid'")],
    "l0b0-vcard/missing_end.vcf": [(1, "BEGIN:VCARD without END:VCARD")],
    "l0b0-vcard/missing_properties.vcf": [(1, NO_IDENTITY)],
    "l0b0-vcard/missing_start.vcf": [(1, "END:VCARD at line 4 without BEGIN:VCARD")],
    "node-vcf/2013-initial-commit/cards/bday_decode.vcard": [(1, NO_IDENTITY)],
    "node-vcf/2013-initial-commit/cards/bday_decode_2.vcard": [(1, NO_IDENTITY)],
    "node-vcf/2013-initial-commit/cards/empty_tel.vcard": [(1, NO_IDENTITY)],
    "node-vcf/2013-initial-commit/cards/ex_bdays.vcard": [(n, NO_IDENTITY) for n in (1, 4, 7)],
    "node-vcf/2013-initial-commit/cards/nickname0.vcard": [(1, NO_IDENTITY)],
    "node-vcf/2013-initial-commit/cards/nickname1.vcard": [(1, NO_IDENTITY)],
    "node-vcf/photo-base64.vcf": [(1, NO_IDENTITY)],
    "rcmcarddav/vcardImport/EmptyFNBlank.vcf": [(1, NO_IDENTITY)],
}
# An LDAP-style listing without BEGIN/END: not a vCard file at all.
EXPECTED_FILE_ERRORS = {"node-vcf/2013-initial-commit/cards/ex1.vcard": "not a vCard file"}
CARD_COUNTS = {
    "android_frameworks_opt_vcard/v21_multiple_entry.vcf": 3,
    "android_frameworks_opt_vcard/v21_nest.vcf": 1,
    "ez-vcard/John_Doe_ANDROID.vcf": 6,
    "ez-vcard/gmail-list.vcf": 3,
    "ez-vcard/rfc2426-example.vcf": 2,
    "kcontacts/vcard10.vcf": 5,
    "node-vcf/multiple.vcf": 3,
}


def rel(path: Path) -> str:
    return path.relative_to(CORPUS).as_posix()


def read(name: str) -> list[CardResult]:
    return list(read_vcards(CORPUS / name))


def one(name: str) -> ParsedCard:
    [card] = read(name)
    assert isinstance(card, ParsedCard), card
    return card


@pytest.mark.parametrize("path", FILES, ids=rel)
def test_every_file_reads_with_only_the_expected_rejections(path: Path) -> None:
    name = rel(path)
    if name in EXPECTED_FILE_ERRORS:
        with pytest.raises(VCardFileError, match=EXPECTED_FILE_ERRORS[name]):
            list(read_vcards(path))
        return
    results = list(read_vcards(path))
    assert results, name
    found = [(r.line, r.reason) for r in results if isinstance(r, RejectedCard)]
    expected = EXPECTED_REJECTIONS.get(name, [])
    assert len(found) == len(expected), found
    for (line, reason), (want_line, want_reason) in zip(found, expected, strict=True):
        assert line == want_line
        assert want_reason in reason
    assert len(results) == CARD_COUNTS.get(name, len(expected) or 1)
    for card in results:
        if isinstance(card, ParsedCard):
            assert card.display_name.strip(), card
            assert all(w.file == str(path) and w.line >= card.line for w in card.warnings)


def test_corpus_totals(capsys: pytest.CaptureFixture[str]) -> None:
    counts: Counter[str] = Counter()
    for path in FILES:
        try:
            results = list(read_vcards(path))
        except VCardFileError:
            counts["unusable files"] += 1
            continue
        counts.update(type(r).__name__ for r in results)
    with capsys.disabled():
        print(f"\nvCard corpus: {len(FILES)} files, {dict(counts)}")
    assert counts["ParsedCard"] + counts["RejectedCard"] >= 185
    assert counts["ParsedCard"] >= 170


# -- spot checks on the hard cases ----------------------------------------------------


def test_fold_inside_utf8_sequence_from_owncloud() -> None:
    card = one("kcontacts/vcard9.vcf")
    assert card.display_name.startswith("βγδεαβγδ1βγδεαβγδ1")
    assert "\ufffd" not in card.display_name + card.family_name + card.notes
    assert "\ufffd" not in card.notes and card.notes.startswith("Длинный комментарий")


def test_ios_double_cr_file_with_photo_and_apple_label() -> None:
    card = one("android_frameworks_opt_vcard/v30_ios_613_multiline.vcf")
    assert card.photo_mime == "image/jpeg"
    assert card.urls[0].label == "homepage"


def test_nested_cards_keep_the_outer_card() -> None:
    card = one("android_frameworks_opt_vcard/v21_nest.vcf")
    assert (card.display_name, card.phones[0].value) == ("parent", "1")
    assert [w.line for w in card.warnings] == [4, 8]


def test_shift_jis_with_backslash_second_bytes() -> None:
    card = one("android_frameworks_opt_vcard/v21_japanese_3.vcf")
    assert (card.family_name, card.given_name) == ("伊能", "圭一")


@pytest.mark.parametrize("style", ["mac", "mixed", "unix"])
def test_line_ending_samples(style: str) -> None:
    assert one(f"l0b0-vcard/line_ending_{style}.vcf").display_name == "John Doe"


def test_quoted_printable_soft_breaks_and_comment_lines() -> None:
    card = one("android_frameworks_opt_vcard/v21_invalid_comment_line.vcf")
    assert card.notes == "This is an (sharp ->#<- sharp) example. This message must NOT be ignored."
    assert [w.line for w in card.warnings] == [6, 9]


def test_photos_from_real_clients() -> None:
    assert one("rcmcarddav/vcardImport/VCard4-DataUriPhoto.vcf").photo_mime == "image/jpeg"
    assert one("ez-vcard/John_Doe_MAC_ADDRESS_BOOK.vcf").photo_mime == "image/jpeg"
    assert one("android_frameworks_opt_vcard/v21_blackberry_photo.vcf").photo_mime == "image/png"
    assert one("rcmcarddav/vcardImport/UriPhoto.vcf").photo_uri == "http://localhost/raven.jpg"
    malformed = one("android_frameworks_opt_vcard/v21_malformed_photo.vcf")
    assert malformed.photo is None
    assert "damaged" in malformed.warnings[0].message


def test_apple_labels_and_legacy_messaging() -> None:
    assert one("rcmcarddav/vcardImport/XAbLabelAppleBuiltin.vcf").emails[0].label == "friend"
    assert one("rcmcarddav/vcardImport/XAbLabel.vcf").emails[0].label == "SpecialLabel"
    urls = one("kcontacts/vcard_legacy_messaging_fields.vcf").urls
    assert [u.label for u in urls] == ["impp:twitter", "impp:irc", "impp:xmpp", "impp:xmpp"]


# -- differential test against vobject ------------------------------------------------


def _vobject_cards(path: Path) -> list[vobject.base.Component] | None:
    """vobject's reading of a file, or None where it gives up on the file."""
    text = path.read_bytes().decode("utf-8", "replace")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return list(vobject.readComponents(text))
    except Exception:  # vobject raises many kinds; any of them means "no oracle"
        return None


def _norm(text: object) -> str:
    if isinstance(text, list):
        text = ",".join(text)
    return " ".join(str(text).split()).casefold()


def _same_text(theirs: object, ours: str, *, fn: bool = False) -> bool:
    """Compare, allowing for two vobject bugs (see the differential test below)."""
    theirs_n, ours_n = _norm(theirs), _norm(ours)
    if "\ufffd" in theirs_n:  # vobject ignored a CHARSET parameter
        return "\ufffd" not in ours_n
    if fn:  # vobject reads FN as a list: "FN:Mustermann, Heiko" gives "Mustermann"
        return theirs_n in (ours_n, ours_n.split(",")[0])
    return theirs_n == ours_n


def _values(props: list[vobject.base.ContentLine], prefix: str) -> list[str]:
    values = [p.value.strip() for p in props if p.value.strip()]
    values = [v[len(prefix) :] if v.lower().startswith(prefix) else v for v in values]
    return list(dict.fromkeys(v.casefold() for v in values))


def _disagreements(ours: ParsedCard, theirs: vobject.base.Component) -> list[str]:
    problems = []
    fn = theirs.contents.get("fn")
    if fn and _norm(fn[0].value) and not _same_text(fn[0].value, ours.display_name, fn=True):
        problems.append(f"FN {fn[0].value!r} != {ours.display_name!r}")
    n = theirs.contents.get("n")
    if n and hasattr(n[0].value, "given"):
        for part, mine in (("given", ours.given_name), ("family", ours.family_name)):
            if not _same_text(getattr(n[0].value, part), mine):
                problems.append(f"N.{part} {getattr(n[0].value, part)!r} != {mine!r}")
    if _values(theirs.contents.get("email", []), "mailto:") != [
        e.value.casefold() for e in ours.emails
    ]:
        problems.append(f"EMAIL {theirs.contents.get('email')} != {ours.emails}")
    if _values(theirs.contents.get("tel", []), "tel:") != [p.value.casefold() for p in ours.phones]:
        problems.append(f"TEL {theirs.contents.get('tel')} != {ours.phones}")
    return problems


def test_names_emails_and_phones_agree_with_vobject(capsys: pytest.CaptureFixture[str]) -> None:
    """Where vobject reads a file, our names, emails and phones must match its reading.

    Normalised: whitespace collapsed, case folded, vobject's "mailto:"/"tel:" URI
    prefixes removed and repeated values dropped (the reader keeps each address once).

    Justified exceptions, where vobject 0.9.9 is wrong:

    * it ignores CHARSET on values that are not quoted-printable, so the Shift_JIS
      Android samples come out as U+FFFD garbage; there we only check that ours is
      clean (test_shift_jis_with_backslash_second_bytes checks the actual text);
    * it treats FN as a comma-separated list and keeps the first item, so
      "FN:Mustermann, Heiko" (kcontacts/vcard5.vcf, ez-vcard/John_Doe_GMAIL.vcf)
      comes back as "Mustermann".
    """
    compared = skipped_files = 0
    problems = []
    for path in FILES:
        theirs = _vobject_cards(path)
        if theirs is None or rel(path) in EXPECTED_FILE_ERRORS:
            skipped_files += 1
            continue
        ours = list(read_vcards(path))
        assert len(ours) == len(theirs), rel(path)
        for mine, other in zip(ours, theirs, strict=True):
            if isinstance(mine, ParsedCard):
                compared += 1
                problems += [f"{rel(path)}:{mine.line}: {p}" for p in _disagreements(mine, other)]
    with capsys.disabled():
        print(f"\nvobject oracle: {compared} cards compared, {skipped_files} files it cannot read")
    assert not problems, "\n".join(problems)
    assert compared >= 140
