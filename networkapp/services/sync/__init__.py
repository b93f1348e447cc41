"""CardDAV sync: the same contact cards on this machine and on a CardDAV server.

Built on :mod:`networkapp.services.carddav` (the protocol). ``fields`` reads a card
and a contact as the same fields and merges them; ``patch`` writes what goes to the
server; ``store`` keeps accounts, per-card state and pending changes in the file;
``engine`` runs one sync; ``passwords`` keeps the password in the system keyring.
Only the cards travel: interactions, exchanges, signals, clarifications and decisions
stay on this machine.
"""
