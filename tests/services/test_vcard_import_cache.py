"""New contacts get their cached columns computed in Python: they equal what SQL builds."""

from __future__ import annotations

from pathlib import Path

from networkapp.models import Contact
from networkapp.models.cache import refresh_cached_columns
from networkapp.services.vcard_import import ImportData, apply_import, plan_import


def _cached() -> dict[int, tuple[str, str]]:
    query = Contact.select(Contact.id, Contact.sort_name, Contact.search_text).tuples()
    return {cid: (sort, text) for cid, sort, text in query}


CARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Ångström\r\nN:Ångström;Zoë;;;\r\nORG:Café Müller\r\n"
    "TITLE:Straße-Chef\r\nNOTE:Niccolò\\, ﬁne\r\nEMAIL:ZOE@Example.org\r\nEMAIL:z2@x.org\r\n"
    "CATEGORIES:Zeta,alpha,Ærø\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Plain Ann\r\nCATEGORIES:alpha,beta\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Nobody\r\nTEL:123\r\nEND:VCARD\r\n"
)


def test_python_cached_columns_equal_sql(db_path: Path, shared_vcards: Path) -> None:
    plan = plan_import([ImportData("extra.vcf", CARDS.encode()),
                        *sorted(shared_vcards.rglob("*.vcf"))])
    result = apply_import(plan)
    assert len(result.created_ids) > 50
    imported = _cached()
    refresh_cached_columns()
    assert _cached() == imported
