"""The network report as HTML: counts, one-sided relationships, levels, overdue, archived."""

from __future__ import annotations

from networkapp.printing.html_common import element, esc, facts, fmt_date, fmt_int, table
from networkapp.printing.introductions_html import door_openers_html
from networkapp.services.balance import balance_label
from networkapp.services.reasons import reason_phrase
from networkapp.services.signals import LEVEL_DECIDE, warnings_phrase
from networkapp.services.summary import NetworkReport, ReportContact
from networkapp.translation import say, tr


def network_html(report: NetworkReport) -> str:
    """Return the HTML of the network report."""
    return "".join((_header(report), _attention(report), _one_sided(report), _levels(report),
                    _overdue(report),
                    door_openers_html(report.door_openers, report.door_openers_total),
                    _archived(report)))


def _header(r: NetworkReport) -> str:
    scope = (tr("A selection of %Ln contact(s)", "", r.contact_count) if r.is_selection
             else tr("The whole network: %Ln contact(s)", "", r.contact_count))
    counts = [(tr(label), fmt_int(count)) for _, label, count in r.counts_by_status]
    key = [(tr("One-sided"), fmt_int(r.one_sided_total)),
           (tr("To clarify"), fmt_int(r.clarify_total)),
           (tr("To decide"), fmt_int(r.decide_total)),
           (tr("Keep-in-touch overdue"), fmt_int(r.overdue_total))]
    return (element("h1", tr("Network report"))
            + element("p", f"{scope} \u00b7 {fmt_date(r.generated_on, long=True)}", "sub")
            + "<p></p>" + facts(counts) + facts(key)
            + "<p class='muted small'>" + tr(
                "Decision threshold: open warnings weighing %1 or more. Archived contacts are "
                "left out of every list but the last.").replace("%1", fmt_int(r.threshold))
            + "</p>")


def _more(shown: int, total: int) -> str:
    if total <= shown:
        return ""
    return ("<p class='muted small'>" + tr("Showing the first %1 of %2.").replace(
        "%1", fmt_int(shown)).replace("%2", fmt_int(total)) + "</p>")


def _name(c: ReportContact) -> str:
    return esc(c.name) or element("span", tr("(no name)"), "muted")


def _attention(r: NetworkReport) -> str:
    head = (element("h2", tr("Needs attention (%1)").replace("%1", fmt_int(r.attention_total)))
            + element("p", tr("Why each contact is listed, most urgent first (the reasons the "
                              "window shows)."), "muted small"))
    if not r.attention:
        return head + element("p", tr("Nothing needs your attention."), "muted")
    rows = [[_name(c), esc(c.organization),
             "<br>".join(esc(say(reason_phrase(reason, r.threshold))) for reason in c.reasons)]
            for c in r.attention]
    headers = [(tr("Name"), ""), (tr("Organization"), ""), (tr("Reasons"), "")]
    return head + table(headers, rows, [28, 24, 48]) + _more(len(rows), r.attention_total)


def _one_sided(r: NetworkReport) -> str:
    head = element("h2", tr("Most one-sided relationships (%1)").replace(
        "%1", fmt_int(r.one_sided_total)))
    if not r.one_sided:
        return head + element("p", tr("No relationship is one-sided."), "muted")
    rows = [[_name(c), esc(c.organization), fmt_int(c.gave), fmt_int(c.received),
             f"{fmt_int(round(100 * c.one_sidedness))}%",
             esc(tr(balance_label(c.gave, c.received)))] for c in r.one_sided]
    headers = [(tr("Name"), ""), (tr("Organization"), ""), (tr("I gave"), "num"),
               (tr("I received"), "num"), (tr("One-sided"), "num"), (tr("Balance"), "")]
    return head + table(headers, rows, [26, 26, 10, 12, 11, 15]) + _more(len(rows),
                                                                        r.one_sided_total)


def _levels(r: NetworkReport) -> str:
    total = r.clarify_total + r.decide_total
    head = (element("h2", tr("To clarify or decide (%1)").replace("%1", fmt_int(total)))
            + "<p class='muted small'>" + tr(
                "%1 at the decision level, %2 with open warnings below the threshold; "
                "heaviest first.").replace("%1", fmt_int(r.decide_total)).replace(
                "%2", fmt_int(r.clarify_total)) + "</p>")
    if not r.at_level:
        return head + element("p", tr("No open warnings."), "muted")
    rows = [[_name(c), esc(c.organization),
             esc(say(warnings_phrase(c.open_warning_count, c.open_warning_weight))),
             element("span", tr("Decide"), "warning") if c.level == LEVEL_DECIDE
             else tr("Clarify"), fmt_date(c.last_interaction)] for c in r.at_level]
    headers = [(tr("Name"), ""), (tr("Organization"), ""), (tr("Open warnings"), ""),
               (tr("Level"), ""), (tr("Last interaction"), "")]
    return head + table(headers, rows, [27, 24, 21, 11, 17]) + _more(len(rows), total)


def _overdue(r: NetworkReport) -> str:
    head = element("h2", tr("Keep in touch overdue (%1)").replace("%1",
                                                                  fmt_int(r.overdue_total)))
    if not r.overdue:
        return head + element("p", tr("Nobody is overdue."), "muted")
    rows = [[_name(c), esc(c.organization), tr("every %Ln days", "", c.cadence_days or 0),
             fmt_date(c.last_interaction), fmt_int(c.days_overdue)] for c in r.overdue]
    headers = [(tr("Name"), ""), (tr("Organization"), ""), (tr("Cadence"), ""),
               (tr("Last interaction"), ""), (tr("Days late"), "num")]
    return head + table(headers, rows, [30, 28, 12, 17, 13]) + _more(len(rows), r.overdue_total)


def _archived(r: NetworkReport) -> str:
    head = ("<h2>" + tr("Archived since %1 (%2)").replace("%1", fmt_date(r.period_start))
            .replace("%2", fmt_int(r.archived_total)) + "</h2>")
    if not r.archived:
        return head + element("p", tr("No contact was archived in this period."), "muted")
    rows = [[fmt_date(a.at), esc(a.name), esc(a.organization), esc(a.reason)]
            for a in r.archived]
    headers = [(tr("Date"), ""), (tr("Name"), ""), (tr("Organization"), ""), (tr("Reason"), "")]
    return head + table(headers, rows, [14, 22, 21, 43]) + _more(len(rows), r.archived_total)
