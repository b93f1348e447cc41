"""A keyring backend for the CLI tests: passwords in a JSON file named by
NETWORKAPP_TEST_KEYRING (select it with PYTHON_KEYRING_BACKEND)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend


class FileKeyring(KeyringBackend):
    """Keeps passwords in one JSON file (tests only: a real keyring encrypts them)."""

    priority = 1  # type: ignore[assignment]

    @property
    def _path(self) -> Path:
        return Path(os.environ["NETWORKAPP_TEST_KEYRING"])

    def _load(self) -> dict[str, str]:
        return json.loads(self._path.read_text()) if self._path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        kept = self._load()
        kept[f"{service}\n{username}"] = password
        self._path.write_text(json.dumps(kept))

    def delete_password(self, service: str, username: str) -> None:
        kept = self._load()
        kept.pop(f"{service}\n{username}", None)
        self._path.write_text(json.dumps(kept))
