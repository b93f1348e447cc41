"""The relationship summary of one contact as HTML, with its photo and charts.

Returns the HTML, the images it names (``photo://`` URLs, added to the document
as resources, so nothing else is ever loaded) and the charts (``chart://``
placeholders, drawn as vectors by :mod:`networkapp.printing.chart_object`).
"""

from __future__ import annotations

from itertools import groupby

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QImage

from networkapp.printing.chart_object import Chart
from networkapp.printing.charts import (
    QUARTER_CHART_HEIGHT,
    kind_chart_height,
    paint_kind_chart,
    paint_quarter_chart,
)
from networkapp.printing.html_common import esc, facts, fmt_date, fmt_int, plural, table
from networkapp.services.dto import ExchangeView, InteractionView, SignalView
from networkapp.services.summary import ContactSummary
from networkapp.services.vocabulary import GAVE, OUTCOMES, WARNING

PHOTO_SIZE = 84
DASH = "\u2014"
ARROW = "\u2192"
Images = dict[str, QImage]
Charts = dict[str, Chart]


def contact_html(summary: ContactSummary, width: int) -> tuple[str, Images, Charts]:
    """Return the HTML of one contact's summary, its images and its charts (by URL).

    Args:
        summary: what to print.
        width: the text width in logical pixels (1/96 inch), for the charts.
    """
    images: Images = {}
    charts: Charts = {}
    parts = [
        _header(summary, images),
        _balance(summary, width, charts),
        _interactions(summary),
        _signals(summary),
        _clarifications(summary),
        f'<h2>Reading</h2><p class="reading">{esc(summary.reading)}</p>',
    ]
    return "".join(parts), images, charts


def _header(s: ContactSummary, images: Images) -> str:
    role = " \u00b7 ".join(esc(x) for x in (s.title, s.organization) if x)
    reach = " \u00b7 ".join(esc(x) for x in (*s.emails[:2], *s.phones[:1]))
    tags = ", ".join(esc(t) for t in s.tags)
    text = (f"<h1>{esc(s.name) or '(no name)'}</h1>"
            + (f'<p class="sub">{role}</p>' if role else "")
            + (f'<p class="muted small">{reach}</p>' if reach else "")
            + (f'<p class="muted small">Tags: {tags}</p>' if tags else ""))
    photo = _photo(s, images)
    head = (f'<table width="100%" cellspacing="0" cellpadding="0" border="0"><tr>'
            f'<td style="border-bottom: none">{text}</td>'
            + (f'<td width="{PHOTO_SIZE + 8}" align="right" style="border-bottom: none">'
               f"{photo}</td>" if photo else "") + "</tr></table>")
    return head + "<p></p>" + facts(_facts(s))


def _photo(s: ContactSummary, images: Images) -> str:
    if not s.photo:
        return ""
    image = QImage.fromData(s.photo)
    if image.isNull():
        return ""
    side = min(image.width(), image.height())
    square = image.copy((image.width() - side) // 2, (image.height() - side) // 2, side, side)
    url = f"photo://contact/{s.id}"
    images[url] = square
    return f'<img src="{url}" width="{PHOTO_SIZE}" height="{PHOTO_SIZE}">'


def _facts(s: ContactSummary) -> list[tuple[str, str]]:
    touch = s.keep_in_touch
    if touch.cadence_days is None:
        keep = '<span class="muted">no cadence set</span>'
    elif touch.overdue:
        keep = (f'every {touch.cadence_days} days<br><span class="warning">'
                f"{plural(touch.days_overdue, 'day')} overdue</span>")
    else:
        keep = f"every {touch.cadence_days} days<br>next by {fmt_date(touch.due_on)}"
    last = fmt_date(touch.last_interaction, "never")
    if touch.days_since is not None:
        last += f'<br><span class="muted small">{plural(touch.days_since, "day")} ago</span>'
    level = s.threshold
    status = esc(s.status_label)
    if level.open_warning_count:
        status += (f'<br><span class="warning">{plural(level.open_warning_count, "open warning")}'
                   "</span>")
    return [("Status", status), ("In the network since", fmt_date(s.in_network_since)),
            ("Last interaction", last), ("Keep in touch", keep)]


def _balance(s: ContactSummary, width: int, charts: Charts) -> str:
    b = s.balance
    if not b.gave_count and not b.received_count:
        return "<h2>Balance</h2><p class='muted'>No exchanges logged yet.</p>"
    html = (f"<h2>Balance</h2><p>I gave <b>{fmt_int(b.gave_count)}</b> "
            f"(weight {fmt_int(b.gave_weight)}), I received <b>{fmt_int(b.received_count)}</b> "
            f"(weight {fmt_int(b.received_weight)}): <i>{esc(b.label)}</i>.</p>")
    if b.by_kind:
        height = kind_chart_height(len(b.by_kind))
        charts["chart://balance/kind"] = Chart(
            QSizeF(width, height), lambda p: paint_kind_chart(p, b.by_kind, width))
        html += ('<h3>By kind</h3><p><img src="chart://balance/kind" '
                 f'width="{width}" height="{height}"></p>')
    if len(s.quarters) > 1:
        charts["chart://balance/quarters"] = Chart(
            QSizeF(width, QUARTER_CHART_HEIGHT),
            lambda p: paint_quarter_chart(p, s.quarters, width))
        html += ('<h3>Over time, by quarter</h3><p><img src="chart://balance/quarters" '
                 f'width="{width}" height="{QUARTER_CHART_HEIGHT}"></p>')
    if b.by_growth:
        growth = ", ".join(f"{esc(g.key)} {g.gave} / {g.received}" for g in b.by_growth)
        html += f'<p class="muted small">By growth (gave / received): {growth}.</p>'
    return html


def _exchanges(items: tuple[ExchangeView, ...], direction: str) -> str:
    found = [e for e in items if (e.direction == GAVE) == (direction == GAVE)]
    return "<br>".join(
        f"{esc(e.kind)}&nbsp;({esc(e.growth)})"
        + (f"<br><span class='muted small'>{esc(e.note)}</span>" if e.note else "")
        for e in found)


def _interaction_row(item: InteractionView) -> list[str]:
    what = esc(item.summary) or "<span class='muted'>\u2014</span>"
    if item.notes:
        what += f"<br><span class='muted small'>{esc(item.notes)}</span>"
    when = f"{fmt_date(item.date)}<br><span class='muted small'>{esc(item.channel)}</span>"
    return [when, what, _exchanges(item.exchanges, GAVE), _exchanges(item.exchanges, "received")]


def _interactions(s: ContactSummary) -> str:
    """One table per year, newest first: easy to read, and small tables lay out fast."""
    html = f"<h2>Interactions ({fmt_int(len(s.interactions))})</h2>"
    if not s.interactions:
        return html + "<p class='muted'>Nothing logged yet.</p>"
    headers = [("Date", ""), ("What happened", ""), ("I gave", ""), ("I received", "")]
    for year, items in groupby(s.interactions, key=lambda i: i.date.year):
        rows = [_interaction_row(i) for i in items]
        caption = f"{year} <span class='muted'>\u00b7 {plural(len(rows), 'interaction')}</span>"
        html += table(headers, rows, [14, 38, 24, 24], caption)
    return html


def _signal_row(sig: SignalView) -> list[str]:
    polarity = ("<span class='warning'>Warning</span>" if sig.polarity == WARNING
                else "<span class='positive'>Positive</span>")
    during = (f"<span class='muted small'>during: {esc(sig.interaction_summary)}</span>"
              if sig.interaction_summary else "")
    note = "<br>".join(x for x in (esc(sig.note), during) if x)
    state = "open" if sig.is_open else "resolved"
    return [fmt_date(sig.date), polarity, esc(sig.category_label), str(sig.weight), note, state]


def _signals(s: ContactSummary) -> str:
    total = len(s.open_signals) + len(s.resolved_signals)
    counts = f" ({len(s.open_signals)} open, {len(s.resolved_signals)} resolved)" if total else ""
    head = (f"<h2>Signals{counts}</h2>"
            f"<p class='muted small'>Threshold {s.threshold.threshold}; open warnings weigh "
            f"{s.threshold.open_warning_weight}.</p>")
    if not total:
        return head + "<p class='muted'>No signals noted.</p>"
    headers = [("Date", ""), ("Signal", ""), ("Category", ""), ("Weight", "num"), ("Note", ""),
               ("State", "")]
    rows = [_signal_row(x) for x in (*s.open_signals, *s.resolved_signals)]
    return head + table(headers, rows, [13, 10, 27, 8, 32, 10])


def _clarifications(s: ContactSummary) -> str:
    html = "<h2>Clarifications and decisions</h2>"
    if not s.clarifications:
        html += "<p class='muted'>No clarification so far.</p>"
    for c in s.clarifications:
        outcome = OUTCOMES.get(c.outcome or "", c.outcome or "")
        title = ("Draft (not finished)" if c.is_draft else
                 f"{fmt_date(c.date)} \u00b7 {esc(c.channel) or 'no channel'}")
        html += f"<h3>{title}</h3>"
        for label, value in (("Asked", c.planned_questions), ("They said", c.their_answer),
                             ("Outcome", outcome), ("Decision", c.decision or ""),
                             ("Reason", c.reason)):
            if value:
                html += f"<p><span class='muted'>{label}:</span> {esc(value)}</p>"
    if s.status_changes:
        rows = [[fmt_date(ch.at), esc(f"{ch.from_status or DASH} {ARROW} {ch.to_status}"),
                 esc(ch.action), esc(ch.reason)] for ch in s.status_changes]
        html += "<h3>Status history</h3>" + table(
            [("Date", ""), ("Change", ""), ("Action", ""), ("Reason", "")], rows, [15, 25, 12, 48])
    return html
