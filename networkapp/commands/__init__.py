"""Headless commands of the ``networkapp`` executable, one module each.

Each module has ``add_parser(subparsers, name)`` and ``run(args) -> int``.
Register new ones in :data:`COMMANDS`.
"""

from __future__ import annotations

from types import ModuleType

from networkapp.commands import (
    account_cmd,
    backup_cmd,
    capture_cmd,
    demo_cmd,
    duplicates_cmd,
    export_cmd,
    import_cmd,
    list_cmd,
    merge_cmd,
    reminders_cmd,
    summary_cmd,
    sync_cmd,
)

COMMANDS: dict[str, ModuleType] = {
    "list": list_cmd,
    "demo": demo_cmd,
    "summary": summary_cmd,
    "import": import_cmd,
    "export": export_cmd,
    "backup": backup_cmd,
    "import-calendar": capture_cmd,
    "import-mail": capture_cmd,
    "import-linkedin": capture_cmd,
    "reminders": reminders_cmd,
    "duplicates": duplicates_cmd,
    "merge": merge_cmd,
    "account": account_cmd,
    "sync": sync_cmd,
}
