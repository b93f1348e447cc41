"""Errors the domain raises on purpose (not environment errors, not bugs)."""

from __future__ import annotations

from collections.abc import Mapping

from networkapp.i18n import Phrase


class DomainError(Exception):
    """A request the domain refuses: the message says why, in plain words."""


class TransitionError(DomainError):
    """A relationship state change that is not allowed from the current state."""


class ValidationError(DomainError):
    """Input that cannot be stored; ``problems`` lists each field's problem."""

    def __init__(self, problems: Mapping[str, str | Phrase]) -> None:
        super().__init__("; ".join(
            f"{field}: {text.english() if isinstance(text, Phrase) else text}"
            for field, text in problems.items()))
        self.problems = dict(problems)


class NotFoundError(DomainError):
    """The contact, interaction or signal asked for does not exist (any more)."""
