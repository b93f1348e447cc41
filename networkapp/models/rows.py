"""Rows of a Peewee query as tuples or dicts, typed as what they are.

Peewee's stubs type ``query.tuples()`` and ``query.dicts()`` as the query itself,
whose iteration yields model instances; at run time they yield tuples and dicts.
These two say so in one place, so the services need no cast or ignore of their own.
Both stay lazy: the query runs when the result is iterated.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, cast

from peewee import BaseQuery


def tuples(query: BaseQuery) -> Iterable[tuple[Any, ...]]:
    """Return the query's rows as tuples, in the order of its selected columns."""
    return cast("Iterable[tuple[Any, ...]]", query.tuples())


def dicts(query: BaseQuery) -> Iterable[dict[str, Any]]:
    """Return the query's rows as dicts keyed by column name."""
    return cast("Iterable[dict[str, Any]]", query.dicts())
