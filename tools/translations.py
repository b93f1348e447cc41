"""Keep the translation catalogues in step with the sources, and build them.

``make translations`` runs ``update``: ``pyside6-lupdate`` over every ``networkapp``
source into ``resources/i18n/networkapp_it.ts`` (all strings) and
``networkapp_en.ts`` (only the ``%n`` plural forms), without obsolete entries or
source locations, then rewrites each file in one stable order (contexts by name,
messages by source text) so that two branches adding strings touch different
lines. ``release`` builds ``networkapp/translations/networkapp_<lang>.qm`` (what
``make`` does before ``run``, ``test`` and ``bundle``; never committed).
``check`` lists what is missing or unfinished (tests/test_translations.py uses it).

See docs/translating.md.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
CATALOGUES = ROOT / "resources" / "i18n"
QM_FOLDER = ROOT / "networkapp" / "translations"
# language -> extra lupdate options: English needs only the plural forms of %n strings.
LANGUAGES = {"it": [], "en": ["-pluralonly"]}
LUPDATE_OPTIONS = ["-silent", "-no-obsolete", "-locations", "none",
                   "-tr-function-alias", "QT_TR_NOOP+=tr_noop,tr+=tr_plural"]


def catalogue(language: str) -> Path:
    """The .ts file of ``language``."""
    return CATALOGUES / f"networkapp_{language}.ts"


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(beside) if beside.exists() else shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found: run 'make .venv/.installed' first")
    return found


def sources() -> list[str]:
    """Every Python source lupdate reads, in a fixed order."""
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "networkapp").rglob("*.py"))


def _sort_key(message: ET.Element) -> tuple[str, str]:
    return (message.findtext("source") or "", message.findtext("comment") or "")


def _write_element(element: ET.Element, depth: int, out: list[str]) -> None:
    pad = "    " * depth
    attrs = "".join(f' {k}="{escape(v, {chr(34): "&quot;"})}"'
                    for k, v in element.attrib.items())
    children = list(element)
    text = escape(element.text or "", {'"': "&quot;", "'": "&apos;"})
    if not children:
        out.append(f"{pad}<{element.tag}{attrs}>{text}</{element.tag}>")
        return
    out.append(f"{pad}<{element.tag}{attrs}>")
    for child in children:
        _write_element(child, depth + 1, out)
    out.append(f"{pad}</{element.tag}>")


def normalise(path: Path) -> None:
    """Rewrite a .ts file in the stable order: contexts by name, messages by source."""
    root = ET.parse(path).getroot()
    contexts = sorted(root.findall("context"), key=lambda c: c.findtext("name") or "")
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
           f'<TS version="{root.get("version", "2.1")}" language="{root.get("language")}">']
    for context in contexts:
        out.append("<context>")
        out.append(f"    <name>{escape(context.findtext('name') or '')}</name>")
        for message in sorted(context.findall("message"), key=_sort_key):
            _write_element(message, 1, out)
        out.append("</context>")
    out.append("</TS>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def lupdate(path: Path, language: str) -> None:
    """Bring ``path`` in step with the sources (new strings arrive unfinished)."""
    subprocess.run([_tool("lupdate"), *LUPDATE_OPTIONS, *LANGUAGES[language], *sources(),
                    "-target-language", f"{language}", "-ts", str(path)],
                   cwd=ROOT, check=True)
    normalise(path)


def update() -> None:
    """``make translations``: update every catalogue from the sources."""
    for language in LANGUAGES:
        lupdate(catalogue(language), language)
        left = problems(catalogue(language))
        print(f"{catalogue(language).relative_to(ROOT)}: {len(left)} to translate")


def release(folder: Path = QM_FOLDER, languages: list[str] | None = None) -> None:
    """Build ``networkapp_<lang>.qm`` (every language, or ``languages``) into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for language in languages or list(LANGUAGES):
        subprocess.run([_tool("lrelease"), "-silent", str(catalogue(language)),
                        "-qm", str(folder / f"networkapp_{language}.qm")], check=True)


def problems(path: Path) -> list[str]:
    """Messages of ``path`` with no translation or one marked unfinished."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = ([f.text for f in translation.iter("numerusform")]
                     if translation is not None and message.get("numerus") == "yes"
                     else [translation.text if translation is not None else None])
            unfinished = translation is None or translation.get("type") == "unfinished"
            if unfinished or not all(forms):
                found.append(f"{context.findtext('name') or '(global)'}: "
                             f"{message.findtext('source')!r}")
    return found


def check() -> list[str]:
    """What ``make translations`` would change, and what is left to translate."""
    found: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for language in LANGUAGES:
            copy = Path(tmp) / catalogue(language).name
            shutil.copyfile(catalogue(language), copy)
            lupdate(copy, language)
            if copy.read_bytes() != catalogue(language).read_bytes():
                found.append(f"{catalogue(language).name} is not in step with the sources: "
                             "run 'make translations'")
            found += [f"{language}: {p}" for p in problems(copy)]
    return found


def main() -> int:
    """Run ``update``, ``release`` or ``check``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=("update", "release", "check"))
    parser.add_argument("languages", nargs="*", metavar="LANG",
                        help=f"release: only these of {', '.join(LANGUAGES)} (default: all)")
    args = parser.parse_args()
    unknown = set(args.languages) - set(LANGUAGES)
    if unknown:
        parser.error(f"no catalogue for {', '.join(sorted(unknown))}")
    action = args.action
    if action == "update":
        update()
    elif action == "release":
        release(languages=args.languages)
    else:
        left = check()
        print("\n".join(left) or "catalogues complete")
        return 1 if left else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
