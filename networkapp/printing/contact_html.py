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
from networkapp.printing.html_common import element, esc, facts, fmt_date, fmt_int, table
from networkapp.printing.introductions_html import introductions_html
from networkapp.services.dto import ExchangeView, InteractionView, SignalView
from networkapp.services.reasons import reason_phrase
from networkapp.services.signals import warnings_phrase
from networkapp.services.summary import ContactSummary
from networkapp.services.vocabulary import (
    ACTION_LABELS,
    CHANNEL_LABELS,
    DECISION_LABELS,
    GAVE,
    GROWTH_LABELS,
    KIND_LABELS,
    OUTCOMES,
    SIGNAL_STATE_LABELS,
    STATUS_LABELS,
    WARNING,
    label_of,
)
from networkapp.translation import say, tr

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
        _notes(summary),
        _balance(summary, width, charts),
        introductions_html(summary.introductions, summary.introduction_map, width, images),
        _interactions(summary),
        _signals(summary),
        _clarifications(summary),
        element("h2", tr("Reading")),
        element("p", " ".join(say(p) for p in summary.reading), "reading"),
    ]
    return "".join(parts), images, charts


def _header(s: ContactSummary, images: Images) -> str:
    role = " \u00b7 ".join(esc(x) for x in (s.title, s.organization) if x)
    reach = " \u00b7 ".join(esc(x) for x in (*s.emails[:2], *s.phones[:1]))
    tags = ", ".join(esc(t) for t in s.tags)
    text = (element("h1", s.name or tr("(no name)"))
            + (f'<p class="sub">{role}</p>' if role else "")
            + (f'<p class="muted small">{reach}</p>' if reach else "")
            + ('<p class="muted small">' + esc(tr("Tags:")) + f" {tags}</p>" if tags else ""))
    photo = _photo(s, images)
    head = (f'<table width="100%" cellspacing="0" cellpadding="0" border="0"><tr>'
            f'<td style="border-bottom: none">{text}</td>'
            + (f'<td width="{PHOTO_SIZE + 8}" align="right" style="border-bottom: none">'
               f"{photo}</td>" if photo else "") + "</tr></table>")
    return head + "<p></p>" + facts(_facts(s)) + _reasons(s)


def _notes(s: ContactSummary) -> str:
    """The contact's own notes, escaped like every other text, line breaks kept."""
    if not s.notes.strip():
        return ""
    return element("h2", tr("Notes")) + "<p>" + esc(s.notes.strip()).replace(
        "\n", "<br>") + "</p>"


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
        keep = element("span", tr("no cadence set"), "muted")
    elif touch.overdue:
        keep = (tr("every %Ln days", "", touch.cadence_days) + '<br><span class="warning">'
                + tr("%Ln day(s) overdue", "", touch.days_overdue) + "</span>")
    else:
        keep = (tr("every %Ln days", "", touch.cadence_days) + "<br>"
                + tr("next by %1").replace("%1", fmt_date(touch.due_on)))
    last = fmt_date(touch.last_interaction, tr("never"))
    if touch.days_since is not None:
        last += "<br>" + element("span", tr("%Ln day(s) ago", "", touch.days_since),
                                 "muted small")
    level = s.threshold
    status = esc(tr(s.status_label))
    if level.open_warning_count:  # the count, the weight where it differs
        status += "<br>" + element("span", say(warnings_phrase(
            level.open_warning_count, level.open_warning_weight)), "warning")
    return [(tr("Status"), status), (tr("In the network since"), fmt_date(s.in_network_since)),
            (tr("Last interaction"), last), (tr("Keep in touch"), keep)]


def _reasons(s: ContactSummary) -> str:
    """Why the contact needs attention, in the window's words (services.reasons)."""
    if not s.reasons:
        return ""
    words = "; ".join(say(reason_phrase(r, s.threshold.threshold)) for r in s.reasons)
    return "<p>" + element("span", tr("Needs attention:"), "warning") + " " + esc(words) + "</p>"



def _balance(s: ContactSummary, width: int, charts: Charts) -> str:
    b = s.balance
    if not b.gave_count and not b.received_count:
        return element("h2", tr("Balance")) + element("p", tr("No exchanges logged yet."),
                                                      "muted")
    html = element("h2", tr("Balance")) + "<p>" + esc(tr(
        "I gave %1 (weight %2), I received %3 (weight %4): %5.")).replace(
        "%1", f"<b>{fmt_int(b.gave_count)}</b>").replace("%2", fmt_int(b.gave_weight)).replace(
        "%3", f"<b>{fmt_int(b.received_count)}</b>").replace(
        "%4", fmt_int(b.received_weight)).replace("%5", element("i", tr(b.label))) + "</p>"
    if b.by_kind:
        height = kind_chart_height(len(b.by_kind))
        charts["chart://balance/kind"] = Chart(
            QSizeF(width, height), lambda p: paint_kind_chart(p, b.by_kind, width))
        html += (element("h3", tr("By kind")) + '<p><img src="chart://balance/kind" '
                 + f'width="{width}" height="{height}"></p>')
    if len(s.quarters) > 1:
        charts["chart://balance/quarters"] = Chart(
            QSizeF(width, QUARTER_CHART_HEIGHT),
            lambda p: paint_quarter_chart(p, s.quarters, width))
        html += (element("h3", tr("Over time, by quarter"))
                 + '<p><img src="chart://balance/quarters" '
                 f'width="{width}" height="{QUARTER_CHART_HEIGHT}"></p>')
    if b.by_growth:
        growth = ", ".join(esc(tr(label_of(g.key, GROWTH_LABELS))) + f" {fmt_int(g.gave)} / "
                           f"{fmt_int(g.received)}" for g in b.by_growth)
        html += ('<p class="muted small">' + esc(tr("By growth (gave / received):"))
                 + f" {growth}.</p>")
    return html


def _exchanges(items: tuple[ExchangeView, ...], direction: str) -> str:
    found = [e for e in items if (e.direction == GAVE) == (direction == GAVE)]
    return "<br>".join(
        esc(tr(label_of(e.kind, KIND_LABELS))) + "&nbsp;("
        + esc(tr(label_of(e.growth, GROWTH_LABELS))) + ")"
        + (f"<br><span class='muted small'>{esc(e.note)}</span>" if e.note else "")
        for e in found)


def _interaction_row(item: InteractionView) -> list[str]:
    what = esc(item.summary) or "<span class='muted'>\u2014</span>"
    if item.notes:
        what += f"<br><span class='muted small'>{esc(item.notes)}</span>"
    channel = esc(tr(label_of(item.channel, CHANNEL_LABELS)))
    when = f"{fmt_date(item.date)}<br><span class='muted small'>{channel}</span>"
    return [when, what, _exchanges(item.exchanges, GAVE), _exchanges(item.exchanges, "received")]


def _interactions(s: ContactSummary) -> str:
    """One table per year, newest first: easy to read, and small tables lay out fast."""
    html = element("h2", tr("Interactions (%1)").replace("%1", fmt_int(len(s.interactions))))
    if not s.interactions:
        return html + element("p", tr("Nothing logged yet."), "muted")
    headers = [(tr("Date"), ""), (tr("What happened"), ""), (tr("I gave"), ""),
               (tr("I received"), "")]
    for year, items in groupby(s.interactions, key=lambda i: i.date.year):
        rows = [_interaction_row(i) for i in items]
        caption = f"{year} " + element("span", "\u00b7 " + tr("%Ln interaction(s)", "", len(rows)),
                                       "muted")
        html += table(headers, rows, [14, 38, 24, 24], caption)
    return html


def _signal_row(sig: SignalView) -> list[str]:
    polarity = (element("span", tr("Warning"), "warning") if sig.polarity == WARNING
                else element("span", tr("Positive"), "positive"))
    during = (element("span", tr("during: %1").replace("%1", sig.interaction_summary),
                      "muted small") if sig.interaction_summary else "")
    note = "<br>".join(x for x in (esc(sig.note), during) if x)
    closed = element("span", sig.resolution_note, "muted small") if sig.resolution_note else ""
    state = "<br>".join(x for x in (esc(tr(label_of(sig.state, SIGNAL_STATE_LABELS))), closed)
                        if x)
    return [fmt_date(sig.date), polarity, esc(tr(sig.category_label)), fmt_int(sig.weight),
            note, state]


def _signals(s: ContactSummary) -> str:
    total = len(s.open_signals) + len(s.resolved_signals)
    counts = (" " + tr("(%1 open, %2 closed)").replace("%1", fmt_int(len(s.open_signals)))
              .replace("%2", fmt_int(len(s.resolved_signals))) if total else "")
    warnings = say(warnings_phrase(s.threshold.open_warning_count,
                                   s.threshold.open_warning_weight))
    head = (element("h2", tr("Signals") + counts) + element("p", tr("Threshold %1; %2.").replace(
        "%1", fmt_int(s.threshold.threshold)).replace("%2", warnings), "muted small"))
    if not total:
        return head + element("p", tr("No signals noted."), "muted")
    headers = [(tr("Date"), ""), (tr("Signal"), ""), (tr("Category"), ""), (tr("Weight"), "num"),
               (tr("Note"), ""), (tr("State"), "")]
    rows = [_signal_row(x) for x in (*s.open_signals, *s.resolved_signals)]
    return head + table(headers, rows, [13, 10, 27, 8, 32, 10])


def _clarifications(s: ContactSummary) -> str:
    html = element("h2", tr("Clarifications and decisions"))
    if not s.clarifications:
        html += element("p", tr("No clarification so far."), "muted")
    for c in s.clarifications:
        outcome = tr(label_of(c.outcome, OUTCOMES)) if c.outcome else ""
        channel = tr(label_of(c.channel, CHANNEL_LABELS)) if c.channel else tr("no channel")
        title = (tr("Draft (not finished)") if c.is_draft else
                 fmt_date(c.date) + " \u00b7 " + channel)
        html += element("h3", title)
        decision = tr(label_of(c.decision, DECISION_LABELS)) if c.decision else ""
        for label, value in ((tr("Asked"), c.planned_questions),
                             (tr("They said"), c.their_answer), (tr("Outcome"), outcome),
                             (tr("Decision"), decision), (tr("Reason"), c.reason)):
            if value:
                html += f"<p><span class='muted'>{label}:</span> {esc(value)}</p>"
    if s.status_changes:
        rows = [[fmt_date(ch.at), esc(f"{_status(ch.from_status) or DASH} {ARROW} "
                                      f"{_status(ch.to_status)}"),
                 esc(tr(label_of(ch.action, ACTION_LABELS))), esc(ch.reason)]
                for ch in s.status_changes]
        html += element("h3", tr("Status history")) + table(
            [(tr("Date"), ""), (tr("Change"), ""), (tr("Action"), ""), (tr("Reason"), "")],
            rows, [15, 25, 12, 48])
    return html


def _status(status: str | None) -> str:
    return tr(label_of(status, STATUS_LABELS)) if status else ""
