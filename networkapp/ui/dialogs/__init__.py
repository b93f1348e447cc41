"""Dialogs, one per module; each has an ``ask(parent, …)`` classmethod."""
