"""Recompute the cached columns of ``contact`` from the rows they summarise.

The contact table sorts and filters on these columns in SQL; they are derived
data, always rebuilt from interactions, exchanges, signals, e-mails and tags by
the statements below, never edited directly. Only open warnings count (a resolved or
dismissed one is part of the story, not of the threshold).
"""

from __future__ import annotations

from collections.abc import Iterable

from networkapp.models.base import db

_REFRESH_SQL = """
UPDATE contact SET
  sort_name = fold(display_name),
  last_interaction_on = (SELECT max(i.date) FROM interaction i WHERE i.contact_id = contact.id),
  gave_count = (SELECT count(*) FROM exchange e JOIN interaction i ON e.interaction_id = i.id
                WHERE i.contact_id = contact.id AND e.direction = 'gave'),
  received_count = (SELECT count(*) FROM exchange e JOIN interaction i ON e.interaction_id = i.id
                    WHERE i.contact_id = contact.id AND e.direction = 'received'),
  open_warning_weight = (SELECT coalesce(sum(s.weight), 0) FROM signal s
                         WHERE s.contact_id = contact.id AND s.polarity = 'warning'
                           AND s.state = 'open'),
  open_warning_count = (SELECT count(*) FROM signal s
                        WHERE s.contact_id = contact.id AND s.polarity = 'warning'
                          AND s.state = 'open'),
  search_text = fold(display_name || ' ' || given_name || ' ' || family_name || ' ' ||
                     organization || ' ' || title || ' ' || notes || ' ' ||
                     coalesce((SELECT group_concat(m.value, ' ') FROM contact_email m
                               WHERE m.contact_id = contact.id), '') || ' ' ||
                     coalesce((SELECT group_concat(t.name, ' ') FROM contact_tag ct
                               JOIN tag t ON t.id = ct.tag_id
                               WHERE ct.contact_id = contact.id), ''))
"""

_CHUNK = 500


def refresh_cached_columns(contact_ids: Iterable[int] | None = None) -> None:
    """Rebuild the cached columns for the given contacts, or for all when ``None``."""
    if contact_ids is None:
        db.execute_sql(_REFRESH_SQL)
        return
    ids = list(dict.fromkeys(contact_ids))
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        db.execute_sql(f"{_REFRESH_SQL} WHERE id IN ({marks})", chunk)
