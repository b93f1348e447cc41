"""The network report as HTML: counts, one-sided relationships, levels, overdue, archived."""

from __future__ import annotations

from networkapp.printing.html_common import esc, facts, fmt_date, fmt_int, plural, table
from networkapp.services.balance import balance_label
from networkapp.services.signals import LEVEL_DECIDE
from networkapp.services.summary import NetworkReport, ReportContact


def network_html(report: NetworkReport) -> str:
    """Return the HTML of the network report."""
    return "".join((_header(report), _one_sided(report), _levels(report), _overdue(report),
                    _archived(report)))


def _header(r: NetworkReport) -> str:
    scope = (f"A selection of {plural(r.contact_count, 'contact')}" if r.is_selection
             else f"The whole network: {plural(r.contact_count, 'contact')}")
    counts = [(label, fmt_int(count)) for _, label, count in r.counts_by_status]
    key = [("One-sided", fmt_int(r.one_sided_total)),
           ("To clarify", fmt_int(r.clarify_total)),
           ("To decide", f"{fmt_int(r.decide_total)}"),
           ("Keep-in-touch overdue", fmt_int(r.overdue_total))]
    return (f"<h1>Network report</h1><p class='sub'>{esc(scope)} \u00b7 "
            f"{fmt_date(r.generated_on)}</p><p></p>" + facts(counts) + facts(key)
            + f"<p class='muted small'>Decision threshold: open warnings weighing "
              f"{r.threshold} or more. Archived contacts are left out of every list but the "
              "last.</p>")


def _more(shown: int, total: int) -> str:
    if total <= shown:
        return ""
    return (f"<p class='muted small'>Showing the first {fmt_int(shown)} of "
            f"{fmt_int(total)}.</p>")


def _name(c: ReportContact) -> str:
    return esc(c.name) or "<span class='muted'>(no name)</span>"


def _one_sided(r: NetworkReport) -> str:
    head = f"<h2>Most one-sided relationships ({fmt_int(r.one_sided_total)})</h2>"
    if not r.one_sided:
        return head + "<p class='muted'>No relationship is one-sided.</p>"
    rows = [[_name(c), esc(c.organization), fmt_int(c.gave), fmt_int(c.received),
             f"{round(100 * c.one_sidedness)}%", esc(balance_label(c.gave, c.received))]
            for c in r.one_sided]
    headers = [("Name", ""), ("Organization", ""), ("I gave", "num"), ("I received", "num"),
               ("One-sided", "num"), ("Balance", "")]
    return head + table(headers, rows, [26, 26, 10, 12, 11, 15]) + _more(len(rows),
                                                                        r.one_sided_total)


def _levels(r: NetworkReport) -> str:
    total = r.clarify_total + r.decide_total
    head = (f"<h2>To clarify or decide ({fmt_int(total)})</h2><p class='muted small'>"
            f"{fmt_int(r.decide_total)} at the decision level, {fmt_int(r.clarify_total)} with "
            "open warnings below the threshold; heaviest first.</p>")
    if not r.at_level:
        return head + "<p class='muted'>No open warnings.</p>"
    rows = [[_name(c), esc(c.organization), fmt_int(c.open_warning_weight),
             "<span class='warning'>Decide</span>" if c.level == LEVEL_DECIDE else "Clarify",
             fmt_date(c.last_interaction)] for c in r.at_level]
    headers = [("Name", ""), ("Organization", ""), ("Warnings", "num"), ("Level", ""),
               ("Last interaction", "")]
    return head + table(headers, rows, [30, 28, 14, 11, 17]) + _more(len(rows), total)


def _overdue(r: NetworkReport) -> str:
    head = f"<h2>Keep in touch overdue ({fmt_int(r.overdue_total)})</h2>"
    if not r.overdue:
        return head + "<p class='muted'>Nobody is overdue.</p>"
    rows = [[_name(c), esc(c.organization), f"{c.cadence_days} days",
             fmt_date(c.last_interaction), fmt_int(c.days_overdue)] for c in r.overdue]
    headers = [("Name", ""), ("Organization", ""), ("Cadence", ""), ("Last interaction", ""),
               ("Days late", "num")]
    return head + table(headers, rows, [30, 28, 12, 17, 13]) + _more(len(rows), r.overdue_total)


def _archived(r: NetworkReport) -> str:
    head = (f"<h2>Archived since {fmt_date(r.period_start)} ({fmt_int(r.archived_total)})"
            "</h2>")
    if not r.archived:
        return head + "<p class='muted'>No contact was archived in this period.</p>"
    rows = [[fmt_date(a.at), esc(a.name), esc(a.organization), esc(a.reason)]
            for a in r.archived]
    headers = [("Date", ""), ("Name", ""), ("Organization", ""), ("Reason", "")]
    return head + table(headers, rows, [14, 22, 21, 43]) + _more(len(rows), r.archived_total)
