"""Install or remove networkapp's desktop entry and icons for the current user.

``make install-desktop`` / ``make uninstall-desktop`` run this. It writes into
``$XDG_DATA_HOME`` (default ``~/.local/share``), which is what the xdg tools'
``--mode user`` does — also when run as root, where ``xdg-desktop-menu`` and
``xdg-icon-resource`` would otherwise write system-wide::

    applications/io.github.networkapp.Networkapp.desktop   Exec=<absolute path> %F
    icons/hicolor/<N>x<N>/apps/io.github.networkapp.Networkapp.png   (16 ... 512)
    icons/hicolor/scalable/apps/io.github.networkapp.Networkapp.svg
    metainfo/io.github.networkapp.Networkapp.metainfo.xml

Exec points at the bundle (``dist/networkapp/networkapp``) when it is built, else at
the venv's ``networkapp`` entry point; ``--exec PATH`` picks another. Afterwards it runs
``update-desktop-database`` and ``gtk-update-icon-cache`` when they exist, so the
entry is offered for text/vcard files at once. ``--set-default`` also makes it the
default for vCards (``xdg-mime default io.github.networkapp.Networkapp.desktop
text/vcard``); uninstall takes that default back. Uninstall removes exactly the files
listed above (and the folders install created, when they are empty again).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from networkapp import APP_ID  # noqa: E402  (needs the path above)

RESOURCES = ROOT / "resources"
DESKTOP_ID = f"{APP_ID}.desktop"
MIME_TYPES = ("text/vcard", "text/x-vcard")
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def data_home() -> Path:
    """Return ``$XDG_DATA_HOME`` or ``~/.local/share``."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".local" / "share"


def config_home() -> Path:
    """Return ``$XDG_CONFIG_HOME`` or ``~/.config`` (where mimeapps.list lives)."""
    value = os.environ.get("XDG_CONFIG_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".config"


def default_exec() -> Path | None:
    """Return the bundle if built, else the venv's entry point, else None."""
    candidates = [ROOT / "dist" / "networkapp" / "networkapp",
                  Path(sys.executable).parent / "networkapp"]
    return next((c.absolute() for c in candidates if os.access(c, os.X_OK)), None)


def planned_files(home: Path) -> dict[Path, Path]:
    """Return {installed file: source file} for everything install writes."""
    icons = home / "icons" / "hicolor"
    files = {
        home / "applications" / DESKTOP_ID: RESOURCES / DESKTOP_ID,
        icons / "scalable" / "apps" / f"{APP_ID}.svg": RESOURCES / "networkapp.svg",
        home / "metainfo" / f"{APP_ID}.metainfo.xml": RESOURCES / f"{APP_ID}.metainfo.xml",
    }
    for n in PNG_SIZES:
        relative = Path(f"{n}x{n}") / "apps" / f"{APP_ID}.png"
        files[icons / relative] = RESOURCES / "icons" / "hicolor" / relative
    return files


def quote_exec(path: Path) -> str:
    """Quote a program path for ``Exec=`` (desktop entry spec, "The Exec key")."""
    text = str(path)
    if not any(c in text for c in " \t\n\"'\\><~|&;$*?#()`="):
        return text
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in text)
    # The value is also a desktop-entry string, where a backslash is written twice.
    return '"' + escaped.replace("\\", "\\\\") + '"'


def desktop_entry_text(program: Path) -> str:
    """Return the shipped desktop entry with Exec/TryExec pointing at ``program``."""
    replacements = {"Exec": f"Exec={quote_exec(program)} %F", "TryExec": f"TryExec={program}"}
    lines = [replacements.get(line.partition("=")[0], line)
             for line in (RESOURCES / DESKTOP_ID).read_text(encoding="utf-8").splitlines()]
    return "\n".join(lines) + "\n"


def _run_if_present(*command: str) -> None:
    if shutil.which(command[0]):
        subprocess.run(command, check=False, stdout=subprocess.DEVNULL)


def _refresh_caches(home: Path) -> None:
    applications = home / "applications"
    if applications.is_dir():
        _run_if_present("update-desktop-database", "-q", str(applications))
    icons = home / "icons" / "hicolor"
    if icons.is_dir():
        _run_if_present("gtk-update-icon-cache", "-q", "-f", "-t", str(icons))


def install(program: Path, set_default: bool) -> list[Path]:
    """Write the entry, icons and metainfo; return the files written."""
    home = data_home()
    written = []
    for target, source in planned_files(home).items():
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.name == DESKTOP_ID:
            target.write_text(desktop_entry_text(program), encoding="utf-8")
        else:
            shutil.copyfile(source, target)
        written.append(target)
    _refresh_caches(home)
    if set_default:
        for mime in MIME_TYPES:
            _run_if_present("xdg-mime", "default", DESKTOP_ID, mime)
    return written


def _drop_default(mimeapps: Path) -> None:
    """Remove our desktop id from the [Default Applications] entries of mimeapps.list."""
    if not mimeapps.is_file():
        return
    kept, section = [], ""
    for line in mimeapps.read_text(encoding="utf-8").splitlines():
        if line.startswith("["):
            section = line.strip()
        key, sep, value = line.partition("=")
        if section == "[Default Applications]" and sep and key.strip() in MIME_TYPES:
            rest = [v for v in value.split(";") if v and v != DESKTOP_ID]
            if rest:
                kept.append(f"{key}={';'.join(rest)};")
            continue
        kept.append(line)
    mimeapps.write_text("\n".join(kept) + "\n", encoding="utf-8")


def uninstall() -> list[Path]:
    """Remove what install wrote (and folders left empty); return the files removed."""
    home = data_home()
    planned = planned_files(home)
    removed = [target for target in planned if target.is_file()]
    for target in removed:
        target.unlink()
    _drop_default(config_home() / "mimeapps.list")
    _refresh_caches(home)
    for target in planned:
        _remove_empty_parents(target.parent, stop=home)
    return removed


def _remove_empty_parents(folder: Path, stop: Path) -> None:
    # A cache that describes nothing any more is a leftover of ours, not the user's.
    for cache, kind in (("mimeinfo.cache", "*.desktop"), ("icon-theme.cache", "*/")):
        if (folder / cache).is_file() and not any(folder.glob(kind)):
            (folder / cache).unlink()
    while folder != stop and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and install or uninstall."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["install", "uninstall"])
    parser.add_argument("--exec", dest="program", type=Path,
                        help="program the entry starts (default: the bundle, else the venv's)")
    parser.add_argument("--set-default", action="store_true",
                        help="also make networkapp the default application for vCards")
    args = parser.parse_args(argv)
    if args.action == "uninstall":
        print(f"removed {len(uninstall())} files from {data_home()}")
        return 0
    program = args.program.absolute() if args.program else default_exec()
    if program is None:
        print("desktop_integration: nothing to start; run `make bundle` or "
              "`pip install -e .` first, or pass --exec PATH", file=sys.stderr)
        return 2
    written = install(program, args.set_default)
    print(f"installed {len(written)} files in {data_home()}; Exec={program}")
    if not args.set_default:
        print(f"to open .vcf files with it by default: xdg-mime default {DESKTOP_ID} text/vcard")
    return 0


if __name__ == "__main__":
    sys.exit(main())
