"""Writing files through networkapp.files: all or nothing, checked, with the right modes."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from networkapp.files import WriteError, private_folder, replacing, write_file


@pytest.fixture
def umask_022() -> Iterator[None]:
    """Run the test under the usual umask 022 (a process-wide setting, restored after)."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_a_new_file_gets_the_umask_mode_and_no_temporary_is_left(tmp_path: Path,
                                                                   umask_022: None) -> None:
    target = tmp_path / "out.vcf"
    write_file(target, b"BEGIN:VCARD\r\n")
    assert target.read_bytes() == b"BEGIN:VCARD\r\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert _leftovers(tmp_path) == []


def test_a_replaced_file_keeps_its_mode(tmp_path: Path, umask_022: None) -> None:
    target = tmp_path / "out.vcf"
    target.write_bytes(b"old")
    target.chmod(0o640)
    write_file(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_an_explicit_mode_wins_over_the_umask(tmp_path: Path, umask_022: None) -> None:
    target = tmp_path / "copy.sqlite3"
    write_file(target, b"x", mode=0o600)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_failed_check_leaves_the_target_as_it_was(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"%PDF-1.4 the old report %%EOF")
    with pytest.raises(WriteError) as info, \
            replacing(target, check=lambda _path: "the PDF came out incomplete") as temp:
        temp.write_bytes(b"%PDF-1.4 half")
    assert str(target) in str(info.value) and "incomplete" in str(info.value)
    assert "left as it was" in str(info.value)
    assert target.read_bytes() == b"%PDF-1.4 the old report %%EOF"
    assert _leftovers(tmp_path) == []


def test_an_error_while_writing_removes_the_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "new.vcf"
    with pytest.raises(WriteError) as info, replacing(target) as temp:
        temp.write_bytes(b"part")
        raise OSError(28, "No space left on device")
    assert "disk is full" in str(info.value) and "nothing was written" in str(info.value)
    assert not target.exists()
    assert _leftovers(tmp_path) == []


def test_a_read_only_target_is_not_replaced_even_by_root(tmp_path: Path) -> None:
    target = tmp_path / "keep.vcf"
    target.write_bytes(b"keep me")
    target.chmod(0o400)
    with pytest.raises(WriteError, match="read-only"):
        write_file(target, b"other")
    assert target.read_bytes() == b"keep me"
    assert _leftovers(tmp_path) == []


def test_an_immutable_target_is_left_as_it_was(tmp_path: Path) -> None:
    if not shutil.which("chattr") or os.geteuid() != 0:
        pytest.skip("chattr +i needs the chattr tool and root")
    target = tmp_path / "immutable.vcf"
    target.write_bytes(b"carved in stone")
    if subprocess.run(["chattr", "+i", str(target)], check=False,
                      capture_output=True).returncode:
        pytest.skip(f"this file system ({tmp_path}) has no immutable attribute")
    try:
        with pytest.raises(WriteError) as info:
            write_file(target, b"other")
        assert str(target) in str(info.value)
        assert target.read_bytes() == b"carved in stone"
    finally:
        subprocess.run(["chattr", "-i", str(target)], check=True)
    assert _leftovers(tmp_path) == []


def test_a_device_target_gets_the_content_and_its_errors_are_reported(tmp_path: Path) -> None:
    write_file("/dev/null", b"fine")  # not replaced by a rename: /dev/null stays a device
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full on this system")
    with pytest.raises(WriteError) as info:
        write_file("/dev/full", b"x" * 10_000)
    assert "/dev/full" in str(info.value) and "disk is full" in str(info.value)
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


def test_a_symlink_target_is_written_through(tmp_path: Path) -> None:
    real = tmp_path / "real.vcf"
    real.write_bytes(b"old")
    link = tmp_path / "link.vcf"
    link.symlink_to(real)
    write_file(link, b"new")
    assert link.is_symlink() and real.read_bytes() == b"new"


def test_a_folder_target_is_refused(tmp_path: Path) -> None:
    with pytest.raises(WriteError, match="folder"):
        write_file(tmp_path, b"x")


def test_private_folder_is_0700_whatever_the_umask(tmp_path: Path, umask_022: None) -> None:
    folder = private_folder(tmp_path / "data")
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    loose = tmp_path / "loose"
    loose.mkdir(mode=0o755)
    private_folder(loose)  # an existing folder of ours is tightened (older versions: 0755)
    assert stat.S_IMODE(loose.stat().st_mode) == 0o700


def test_the_staging_copy_for_a_device_is_private(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Export to standard output stages the cards in the shared temporary folder:
    other users must not be able to read them there, whatever the umask."""
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    old = os.umask(0o022)
    try:
        with replacing("/dev/null") as temp:
            temp.write_bytes(b"BEGIN:VCARD")
            assert temp.parent == tmp_path
            assert stat.S_IMODE(temp.stat().st_mode) == 0o600
    finally:
        os.umask(old)
