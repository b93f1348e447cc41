"""The relationship domain, with no Qt: contacts, interactions and their balance,
signals and the threshold, relationship states, keep-in-touch, demo data.

Both the GUI and the CLI use these functions; they return frozen dataclasses
(:mod:`networkapp.services.dto`), never live Peewee rows.
"""
