"""The introductions on paper: a small map in a relationship summary, and "who opened
most doors" in the network report."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QImage

from networkapp.printing.html_common import element, esc, fmt_date, fmt_int, table
from networkapp.printing.introduction_map import ego_image
from networkapp.services.introduction_layout import EgoMap
from networkapp.services.introductions import ContactIntroductions, DoorOpener, Person
from networkapp.translation import tr

MAP_MAX_WIDTH = 420  # logical pixels: a small map beside the text, not a poster
_MAP_SCALE = 2.0  # drawn at twice the size it is shown, sharp on paper


def _names(people: Sequence[Person]) -> str:
    return ", ".join(esc(p.name) + (" " + esc(tr("(archived)")) if p.archived else "")
                     for p in people)


def introductions_html(found: ContactIntroductions | None, ego: EgoMap | None, width: int,
                       images: dict[str, QImage]) -> str:
    """Return the summary's "Introductions" section ("" when the contact has none): who
    introduced them, whom they introduced, the introductions I made, and the map."""
    if found is None or found.empty or ego is None:
        return ""
    lines = []  # HTML: the templates and the names escaped apart
    if found.introducer is not None:
        text = esc(tr("Introduced to you by %1")).replace("%1", _names([found.introducer]))
        if found.introduced_on is not None:
            text += " " + esc(tr("on %1").replace(
                "%1", fmt_date(found.introduced_on, long=True)))
        lines.append(text + ".")
    for people, label in ((found.introduced, tr("They introduced to you: %1.")),
                          (found.mine_to_them, tr("You introduced to them: %1.")),
                          (found.mine_to_whom, tr("You introduced them to: %1."))):
        if people:
            lines.append(esc(label).replace("%1", _names(people)))
    image = ego_image(ego, scale=_MAP_SCALE)
    url = f"map://contact/{ego.center}"
    images[url] = image
    shown = min(width, MAP_MAX_WIDTH, int(image.width() / _MAP_SCALE))
    height = int(shown * image.height() / max(image.width(), 1))
    return (element("h2", tr("Introductions")) + "".join(f"<p>{line}</p>" for line in lines)
            + f'<p><img src="{url}" width="{shown}" height="{height}"></p>')


def door_openers_html(openers: Sequence[DoorOpener], total: int) -> str:
    """Return the report's "Who opened most doors" section."""
    head = (element("h2", tr("Who opened most doors (%1)").replace("%1", fmt_int(total)))
            + element("p", tr("Introductions both ways: the people each contact introduced "
                              "to you, and the introductions you made for them."),
                      "muted small"))
    if not openers:
        return head + element("p", tr("No introductions recorded yet."), "muted")
    rows = [[esc(o.person.name) + (" " + esc(tr("(archived)")) if o.person.archived else ""),
             fmt_int(o.to_me), fmt_int(o.by_me), fmt_int(o.total)] for o in openers]
    headers = [(tr("Name"), ""), (tr("Introduced to you"), "right"),
               (tr("You introduced to them"), "right"), (tr("Together"), "right")]
    more = ""
    if total > len(openers):
        more = ("<p class='muted small'>" + tr("Showing the first %1 of %2.").replace(
            "%1", fmt_int(len(openers))).replace("%2", fmt_int(total)) + "</p>")
    return head + table(headers, rows, [46, 18, 18, 18]) + more
