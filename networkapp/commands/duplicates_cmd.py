"""``networkapp duplicates``: the groups of contacts that look like one person, and why."""

from __future__ import annotations

import argparse
import json
from typing import Any

from networkapp import translation
from networkapp.commands.common import (
    EXIT_STORAGE,
    EXIT_USAGE,
    add_db_option,
    open_or_report,
    say,
    write_stdout,
)
from networkapp.services.duplicates import CONFIDENCE_TEXT, DuplicateGroup, find_duplicates
from networkapp.services.settings import get_phone_region
from networkapp.services.vocabulary import ARCHIVED
from networkapp.translation import tr

_REGION_HELP = ("the region of phone numbers written without +, e.g. IT (default: the one "
                "set in Preferences, else your locale's)")


def add_parser(sub: Any, name: str) -> None:
    """Declare ``duplicates`` and its options."""
    parser = sub.add_parser(name, help="list groups of likely duplicate contacts, with reasons")
    add_db_option(parser)
    parser.add_argument("--json", action="store_true", help="print a JSON list of groups")
    parser.add_argument("--region", metavar="CC", help=_REGION_HELP)


def group_record(group: DuplicateGroup) -> dict[str, Any]:
    """Return a group as JSON-ready data."""
    return {
        "confidence": group.confidence, "score": group.score,
        "contacts": [{"id": m.id, "name": m.name, "status": m.status} for m in group.members],
        "links": [{"a": link.a, "b": link.b, "confidence": link.confidence,
                   "score": link.score, "text": link.text(),
                   "reasons": [{"code": r.code, "detail": r.detail, "count": r.count}
                               for r in link.reasons]} for link in group.links],
    }


def _text(groups: list[DuplicateGroup]) -> str:
    lines = []
    for number, group in enumerate(groups, 1):
        lines.append(tr("Group %1: %2 (%3)").replace("%1", str(number))
                     .replace("%2", tr(CONFIDENCE_TEXT[group.confidence]))
                     .replace("%3", f"{group.score:.2f}"))
        names = {m.id: m for m in group.members}
        for member in group.members:
            archived = " " + tr("(archived)") if member.status == ARCHIVED else ""
            lines.append(f"  {member.id:>7}  {member.name}{archived}")
        for link in group.links:
            reasons = translation.say(link.phrases())
            lines.append(f"    {names[link.a].name} / {names[link.b].name}: {reasons}")
    lines.append(tr("%Ln group(s) of likely duplicates", "", len(groups)))
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace) -> int:
    """Print the groups; exit 2 on a bad region, 3 when the database cannot be opened."""
    region = args.region.strip().upper() if args.region else None
    if region is not None:
        import phonenumbers

        if region not in phonenumbers.SUPPORTED_REGIONS:
            say(tr("--region %1: not a region code (e.g. IT, DE, US).").replace("%1",
                                                                          args.region))
            return EXIT_USAGE
    if not open_or_report(args):
        return EXIT_STORAGE
    groups = find_duplicates(region or get_phone_region())
    if args.json:
        write_stdout(json.dumps([group_record(g) for g in groups], ensure_ascii=False,
                                indent=1) + "\n")
    else:
        write_stdout(_text(groups))
    return 0
