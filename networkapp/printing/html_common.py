"""Pieces shared by the printed documents: escaping, dates, the style sheet.

Every string that comes from the database or an imported vCard goes through
:func:`esc` before it meets HTML, so a name like ``<b>x</b>`` prints literally.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable, Sequence

from networkapp.translation import format_date, format_number

ACCENT = "#1f4e5f"
MUTED = "#6b737b"
RULE = "#d3d9de"
HEADER_BG = "#eef2f4"
WARNING = "#a5462d"
POSITIVE = "#2f7f4f"

# Class rules name their element (span.muted, not .muted): Qt indexes rules by element
# name, so the thousands of table cells are not tested against every class rule.
STYLE_SHEET = f"""
body {{ color: #23272b; }}
h1 {{ font-size: 19pt; font-weight: 600; color: {ACCENT}; margin-top: 0; margin-bottom: 2px; }}
h2 {{ font-size: 12.5pt; font-weight: 600; color: {ACCENT}; margin-top: 16px;
      margin-bottom: 5px; }}
h3 {{ font-size: 10pt; font-weight: 600; color: #23272b; margin-top: 10px; margin-bottom: 3px; }}
p {{ margin-top: 0; margin-bottom: 4px; }}
p.sub {{ font-size: 10.5pt; color: #3d4449; }}
p.muted, span.muted {{ color: {MUTED}; }}
p.small, span.small {{ font-size: 8pt; }}
span.label {{ font-size: 7.5pt; color: {MUTED}; }}
span.fact {{ font-size: 10pt; }}
span.warning {{ color: {WARNING}; font-weight: 600; }}
span.positive {{ color: {POSITIVE}; font-weight: 600; }}
p.reading {{ font-size: 10.5pt; }}
th {{ background-color: {HEADER_BG}; color: #3d4449; font-size: 8pt; font-weight: 600;
      text-align: left; }}
th.caption {{ background-color: white; color: #23272b; font-size: 10pt; padding-top: 8px; }}
td {{ font-size: 8.5pt; vertical-align: top; border-bottom: 1px solid {RULE}; }}
td.num, th.num {{ text-align: right; }}
"""


def esc(value: object) -> str:
    """Return ``value`` as HTML text: escaped, line breaks kept."""
    text = "" if value is None else str(value)
    return html.escape(text, quote=True).replace("\n", "<br>")


def element(tag: str, text: str, css: str = "") -> str:
    """Return ``<tag class="css">text</tag>`` with ``text`` escaped (translated words too).

    Texts to translate are written as ``element("h2", tr("Balance"))``, never inside
    an f-string: lupdate does not read f-strings' expressions.
    """
    return f"<{tag}{_class(css)}>{esc(text)}</{tag}>"


def fmt_date(day: dt.date | dt.datetime | None, empty: str = "\u2014", *,
             long: bool = False) -> str:
    """Return the locale's short date (tables) or long one (headings); ``empty`` for none."""
    if day is None:
        return empty
    return format_date(day.date() if isinstance(day, dt.datetime) else day, long=long)


def fmt_int(value: int) -> str:
    """Return ``10,000`` (``10.000`` in Italy): the locale's separators."""
    return format_number(value)


def table(headers: Sequence[tuple[str, str]], rows: Iterable[Sequence[str]],
          widths: Sequence[int] | None = None, caption: str = "") -> str:
    """Return an HTML table; ``headers`` are ``(text, css class)``, cells already HTML.

    The header row sits in ``<thead>`` so Qt repeats it at the top of every page;
    a ``caption`` (HTML) goes in a first header row, so it is repeated too and
    can never be left alone at the bottom of a page.
    """
    cols = "".join(f"<th{_class(cls)}{_width(widths, i)}>{esc(text)}</th>"
                   for i, (text, cls) in enumerate(headers))
    if caption:
        cols = (f'<th class="caption" colspan="{len(headers)}">{caption}</th></tr><tr>'
                + cols)
    opening = [f"<td{_class(cls)}>" for _, cls in headers]
    body = "".join("<tr>" + "".join(f"{opening[i]}{cell}</td>" for i, cell in enumerate(row))
                   + "</tr>" for row in rows)
    return ('<table width="100%" cellspacing="0" cellpadding="4" border="0">'
            f"<thead><tr>{cols}</tr></thead><tbody>{body}</tbody></table>")


def _class(name: str) -> str:
    return f' class="{name}"' if name else ""


def _width(widths: Sequence[int] | None, index: int) -> str:
    return f' width="{widths[index]}%"' if widths else ""


def facts(items: Sequence[tuple[str, str]]) -> str:
    """Return a row of labelled facts (label small above, value below); values are HTML."""
    cells = "".join(f'<td width="{100 // len(items)}%" style="border-bottom: none">'
                    f'<span class="label">{esc(label.upper())}</span><br>'
                    f'<span class="fact">{value}</span></td>' for label, value in items)
    return (f'<table width="100%" cellspacing="0" cellpadding="3" border="0">'
            f"<tr>{cells}</tr></table>")
