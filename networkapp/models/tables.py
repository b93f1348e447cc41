"""The tables of one networkapp file.

Child tables (emails, phones, addresses, URLs) hold one row per value with its
label, never comma-joined strings. ``Contact`` carries a few cached columns
(``last_interaction_on``, ``gave_count``, ``received_count``, ``open_warning_weight``,
``open_warning_count``, ``search_text``) so that the contact table can sort and
filter 100,000 rows; services recompute them after every write
(:func:`networkapp.models.cache.refresh_cached_columns`, which the contact writer's
``refresh`` calls), they are never edited by hand.

For mypy, every table but ``Setting`` declares the ``id`` Peewee would add, and
under each foreign key ``x`` the ``x_id`` attribute Peewee gives it (the id,
without a query) is annotated; neither changes the schema.
"""

from __future__ import annotations

import datetime as dt

from peewee import (
    SQL,
    AutoField,
    BlobField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from networkapp.models.base import BaseModel


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class Contact(BaseModel):
    """A person in the network."""

    id = AutoField()
    given_name = CharField(default="")
    family_name = CharField(default="")
    display_name = CharField(default="")
    organization = CharField(default="")
    title = CharField(default="")
    birthday = CharField(null=True)  # "YYYY-MM-DD" or year-less "--MM-DD"
    notes = TextField(default="")
    photo = BlobField(null=True)
    photo_mime = CharField(null=True)
    photo_uri = CharField(null=True)  # a remote photo is kept as text, never fetched
    uid = CharField(null=True, index=True)
    status = CharField(default="active", index=True)  # active / clarifying / archived
    cadence_days = IntegerField(null=True)  # keep-in-touch cadence
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)
    # Cached, recomputed by models.cache.refresh_cached_columns:
    sort_name = CharField(default="", index=True)
    last_interaction_on = DateField(null=True, index=True)
    gave_count = IntegerField(default=0)
    received_count = IntegerField(default=0)
    open_warning_weight = IntegerField(default=0)
    search_text = TextField(default="")
    # A DEFAULT in the file too (as the upgrade adds it): writers that list columns need not.
    open_warning_count = IntegerField(default=0, constraints=[SQL("DEFAULT 0")])
    # Who introduced this person to the user, and when: at most one introducer, so the
    # introductions are a forest (services.introductions refuses cycles). Last, where an
    # upgrade step adds the columns.
    introduced_by = ForeignKeyField("self", null=True, on_delete="SET NULL",
                                    backref="introduced")
    introduced_by_id: int | None
    introduced_on = DateField(null=True)


class ContactEmail(BaseModel):
    """One e-mail address of a contact."""

    id = AutoField()
    contact = ForeignKeyField(Contact, backref="emails", on_delete="CASCADE")
    contact_id: int
    value = CharField()
    label = CharField(default="")
    position = IntegerField(default=0)

    class Meta:
        indexes = ((("value",), False),)


class ContactPhone(BaseModel):
    """One phone number of a contact."""

    id = AutoField()
    contact = ForeignKeyField(Contact, backref="phones", on_delete="CASCADE")
    contact_id: int
    value = CharField()
    label = CharField(default="")
    position = IntegerField(default=0)


class ContactAddress(BaseModel):
    """One postal address of a contact (the vCard ADR parts)."""

    id = AutoField()
    contact = ForeignKeyField(Contact, backref="addresses", on_delete="CASCADE")
    contact_id: int
    label = CharField(default="")
    po_box = CharField(default="")
    extended = CharField(default="")
    street = CharField(default="")
    locality = CharField(default="")
    region = CharField(default="")
    postal_code = CharField(default="")
    country = CharField(default="")
    position = IntegerField(default=0)


class ContactUrl(BaseModel):
    """A web address, social profile or messaging handle of a contact."""

    id = AutoField()
    contact = ForeignKeyField(Contact, backref="urls", on_delete="CASCADE")
    contact_id: int
    value = CharField()
    label = CharField(default="")
    position = IntegerField(default=0)


class Interaction(BaseModel):
    """Something that happened between us, on a date."""

    id = AutoField()
    contact = ForeignKeyField(Contact, backref="interactions", on_delete="CASCADE")
    contact_id: int
    date = DateField()
    channel = CharField(default="meeting")
    summary = CharField(default="")
    notes = TextField(default="")
    created_at = DateTimeField(default=_now)

    class Meta:
        indexes = ((("contact", "date"), False),)


class InteractionSource(BaseModel):
    """Where a captured interaction came from (a calendar event's occurrence, a
    message, a LinkedIn connection): importing the same file again finds the key here
    and writes nothing. Keys are compared per contact (the interaction's)."""

    id = AutoField()
    interaction = ForeignKeyField(Interaction, backref="sources", on_delete="CASCADE")
    interaction_id: int
    key = CharField()

    class Meta:
        indexes = ((("key",), False), (("interaction", "key"), True))


class Exchange(BaseModel):
    """One thing given inside an interaction, by me or by them."""

    id = AutoField()
    interaction = ForeignKeyField(Interaction, backref="exchanges", on_delete="CASCADE")
    interaction_id: int
    direction = CharField()  # gave / received
    kind = CharField()  # advice, introduction, referral, time, knowledge, opportunity, ...
    growth = CharField(default="social")  # cultural / social / economic
    weight = IntegerField(default=1)  # 1 small .. 3 large
    note = CharField(default="")
    # An "introduction": the contact introduced (I introduced them to the interaction's
    # contact, or the interaction's contact introduced them to me).
    introduced_contact = ForeignKeyField(Contact, null=True, on_delete="SET NULL",
                                         backref="introduced_in")
    introduced_contact_id: int | None


class Clarification(BaseModel):
    """A conversation about the signals: what I asked, what they said, how it went.

    A draft (``is_draft``) holds what the user typed so far in the wizard.
    """

    id = AutoField()
    contact = ForeignKeyField(Contact, backref="clarifications", on_delete="CASCADE")
    contact_id: int
    date = DateField(null=True)
    channel = CharField(default="")
    planned_questions = TextField(default="")
    their_answer = TextField(default="")
    outcome = CharField(null=True)  # clarified / not_clarified / no_answer
    decision = CharField(null=True)  # keep / archive
    reason = TextField(default="")
    is_draft = BooleanField(default=True)
    draft_step = IntegerField(default=0)
    created_at = DateTimeField(default=_now)


class Signal(BaseModel):
    """A dated observation of behaviour: a warning or a positive sign."""

    id = AutoField()
    contact = ForeignKeyField(Contact, backref="signals", on_delete="CASCADE")
    contact_id: int
    interaction = ForeignKeyField(
        Interaction, backref="signals", null=True, on_delete="SET NULL"
    )
    interaction_id: int | None
    date = DateField()
    polarity = CharField()  # warning / positive
    category = CharField()
    weight = IntegerField(default=1)  # 1..3
    note = TextField(default="")
    resolved_by = ForeignKeyField(
        Clarification, backref="resolved_signals", null=True, on_delete="SET NULL"
    )
    resolved_by_id: int | None
    created_at = DateTimeField(default=_now)
    # Its life (services.signals): open, then resolved or dismissed, when, how and why.
    # DEFAULTs in the file too (as the upgrade adds them), for rows written in SQL.
    state = CharField(default="open", constraints=[SQL("DEFAULT 'open'")])  # see SIGNAL_STATES
    resolution = CharField(null=True)  # keep / archive / hand / dismissed (how it was closed)
    resolved_at = DateTimeField(null=True)
    resolution_note = TextField(default="", constraints=[SQL("DEFAULT ''")])

    class Meta:
        indexes = ((("contact", "date"), False),)


class StatusChange(BaseModel):
    """One step of a relationship's history: from, to, when and why."""

    id = AutoField()
    contact = ForeignKeyField(Contact, backref="status_changes", on_delete="CASCADE")
    contact_id: int
    action = CharField()  # create / clarify / keep / archive / restore
    from_status = CharField(null=True)
    to_status = CharField()
    at = DateTimeField(default=_now)
    reason = TextField(default="")
    clarification = ForeignKeyField(
        Clarification, backref="status_changes", null=True, on_delete="SET NULL"
    )
    clarification_id: int | None


class Tag(BaseModel):
    """A free label, e.g. a vCard category."""

    id = AutoField()
    name = CharField(unique=True)


class ContactTag(BaseModel):
    """Which contact carries which tag."""

    id = AutoField()
    contact = ForeignKeyField(Contact, backref="contact_tags", on_delete="CASCADE")
    contact_id: int
    tag = ForeignKeyField(Tag, backref="contact_tags", on_delete="CASCADE")
    tag_id: int

    class Meta:
        indexes = ((("contact", "tag"), True),)


class Setting(BaseModel):
    """A user setting stored in the file (threshold, default cadence...)."""

    key = CharField(primary_key=True)
    value = TextField()


class NotDuplicate(BaseModel):
    """Two contacts the user said are different people: never suggested as duplicates.

    Stored once per pair, the lower id first.
    """

    id = AutoField()
    contact_a = ForeignKeyField(Contact, on_delete="CASCADE")
    contact_a_id: int
    contact_b = ForeignKeyField(Contact, on_delete="CASCADE")
    contact_b_id: int
    created_at = DateTimeField(default=_now)

    class Meta:
        indexes = ((("contact_a", "contact_b"), True),)


class ContactAlias(BaseModel):
    """What a contact merged into another was known by: its UID and its name.

    The import's matching reads these, so re-importing the card of a merged-away
    contact finds the contact it was merged into.
    """

    id = AutoField()
    contact = ForeignKeyField(Contact, backref="aliases", on_delete="CASCADE")
    contact_id: int
    uid = CharField(null=True, index=True)
    display_name = CharField(default="")
    given_name = CharField(default="")
    family_name = CharField(default="")
    merged_at = DateTimeField(default=_now)


class SyncAccount(BaseModel):
    """A CardDAV account: the server, the user, the address book synced with it.

    The password is never stored here (system keyring, or asked at each sync).
    ``sync_token`` is the address book's RFC 6578 token after the last complete pull.
    """

    id = AutoField()
    url = CharField()  # the server URL the user gave (discovery starts there)
    user = CharField()
    book_url = CharField()  # the address book chosen
    book_name = CharField(default="")
    sync_token = TextField(null=True)
    interval_minutes = IntegerField(default=15)  # sync every N minutes while the app runs
    delete_archived = BooleanField(default=False)  # remove archived contacts from the server
    last_sync_at = DateTimeField(null=True)
    created_at = DateTimeField(default=_now)


class SyncCard(BaseModel):
    """A contact as the server holds it: its href, ETag and the card's raw bytes."""

    id = AutoField()
    account = ForeignKeyField(SyncAccount, backref="cards", on_delete="CASCADE")
    account_id: int
    # NULL once the contact is deleted here (or merged into another): a tombstone, so
    # the next sync deletes the card on the server too.
    contact = ForeignKeyField(Contact, backref="sync_cards", null=True, on_delete="SET NULL")
    contact_id: int | None
    href = CharField()
    etag = CharField(null=True)
    card = BlobField()  # the card's bytes exactly as the server sent them

    class Meta:
        indexes = ((("account", "href"), True), (("account", "contact"), True))


class SyncPending(BaseModel):
    """A local change (created, edited, archived) not yet sent to an account's server."""

    id = AutoField()
    account = ForeignKeyField(SyncAccount, backref="pending", on_delete="CASCADE")
    account_id: int
    contact = ForeignKeyField(Contact, backref="sync_pending", on_delete="CASCADE")
    contact_id: int

    class Meta:
        indexes = ((("account", "contact"), True),)


SYNC_TABLES: tuple[type[BaseModel], ...] = (SyncAccount, SyncCard, SyncPending)

ALL_TABLES: tuple[type[BaseModel], ...] = (
    Contact,
    ContactEmail,
    ContactPhone,
    ContactAddress,
    ContactUrl,
    Interaction,
    InteractionSource,
    Exchange,
    Clarification,
    Signal,
    StatusChange,
    Tag,
    ContactTag,
    Setting,
    NotDuplicate,
    ContactAlias,
    *SYNC_TABLES,
)
