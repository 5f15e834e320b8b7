"""The machinery of the hostile-input battery: cases, a sandbox per case, and the checks.

A :class:`Case` is one command line against prepared files. It runs in a
sandbox of its own (``root/up/work``, the command's working directory two
levels down, so that a path escaping upwards still lands somewhere we look).
Every file in the sandbox is recorded before the run and compared after it:
byte for byte for regular files, by kind and target for the rest. An error
case must end with exit status 2, nothing on stdout and one line on stderr
naming the file, with no traceback and no raw control character; a case that
must succeed says what it must produce.

Commands run through ``hostile_server.py`` (one start-up, a fork per case);
the few that need a brand-new interpreter use :func:`run_subprocess`.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SERVER = Path(__file__).resolve().parent / "hostile_server.py"

# Raw in a message, these would act on the user's terminal (or hide text on it).
RAW_CONTROL = re.compile(
    rb"[\x00-\x09\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\xa8-\xae]|\xe2\x81[\xa6-\xa9]"
)

# Areas other branches own; a case failing for their reason is marked with one.
OWNERS = {
    "store": "project store (branch store, aligner/project/)",
    "align": "aligner bounds (branch align, aligner/align/)",
    "seg": "presegmented input (branch seg, aligner/segment/)",
    "tmx": "TMX/CSV readers (branch tmx, aligner/formats/)",
    "termbase": "glossary formats (branch termbase, glossary/formats/)",
    "cpython": "CPython aborts at start-up when stdin is a directory, before bitext runs",
}


# ``Case.named`` for input that may be refused or accepted, as long as it is either cleanly.
ANY = "*either*"


@dataclass
class Result:
    code: int
    stdout: bytes
    stderr: bytes
    hang: bool = False
    seconds: float = 0.0

    @property
    def err(self) -> str:
        return self.stderr.decode("utf-8", "replace")


class Server:
    """The client side of hostile_server.py."""

    def __init__(self, scratch: Path):
        self.scratch = scratch
        self.count = 0
        self._start()

    def _start(self) -> None:
        env = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "100", "TERM": "dumb"}
        env.pop("PYTHONSTARTUP", None)
        self.log = open(self.scratch / "server.log", "a")  # noqa: SIM115 - closed in close()
        self.proc = subprocess.Popen(
            [sys.executable, str(SERVER)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.log,
            env=env,
            cwd=ROOT,
            text=True,
        )
        ready = self.proc.stdout.readline()
        assert json.loads(ready) == {"ready": True}, ready

    def run(
        self,
        cwd: Path,
        argv: list[str],
        *,
        stdin: Path | None = None,
        timeout: float = 60,
        fsize: int | None = None,
        uid: int | None = None,
        stdout: Path | None = None,
    ) -> Result:
        if self.proc.poll() is not None:
            self._start()
        self.count += 1
        out = stdout or self.scratch / f"{self.count}.out"
        err = self.scratch / f"{self.count}.err"
        request = {
            "argv": [str(a) for a in argv],
            "cwd": str(cwd),
            "stdin": str(stdin) if stdin else None,
            "stdout": str(out),
            "stderr": str(err),
            "timeout": timeout,
            "fsize": fsize,
            "uid": uid,
        }
        self.proc.stdin.write(json.dumps(request) + "\n")
        self.proc.stdin.flush()
        reply = json.loads(self.proc.stdout.readline())
        captured = b"" if stdout else out.read_bytes()
        result = Result(reply["code"], captured, err.read_bytes(), reply["hang"], reply["seconds"])
        if not stdout:
            out.unlink()
        err.unlink()
        return result

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=30)
        self.log.close()


def run_subprocess(cwd: Path, argv: list[str], *, stdin=None, timeout: float = 120) -> Result:
    """``python -m aligner.cli ARGV`` in a brand-new interpreter (for start-up and signals)."""
    proc = subprocess.run(
        [sys.executable, "-m", "aligner.cli", *map(str, argv)],
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdin=stdin if stdin is not None else subprocess.DEVNULL,
        capture_output=True,
        timeout=timeout,
    )
    return Result(proc.returncode, proc.stdout, proc.stderr)


# --------------------------------------------------------------------------- cases


@dataclass
class Case:
    """One command line against prepared files.

    ``named`` is the path the error line must name ("" for an option's value,
    None when the case must succeed); ``wants`` a piece of the message.
    ``files`` are copied from the prepared set into the sandbox (names found
    in ``argv`` are copied anyway); ``setup(work)`` makes special files.
    """

    cls: str
    argv: list[str]
    named: str | None = ""
    wants: str = ""
    files: tuple[str, ...] = ()
    setup: Callable[[Path], None] | None = None
    stdin: str | None = None  # a name in the sandbox to use as stdin
    stdout: str | None = None  # a device to use as stdout (/dev/full), instead of a file
    fsize: int | None = None
    uid: int | None = None
    timeout: float = 60
    xfail: str | None = None  # an OWNERS key: the area whose fix this case waits for
    check: Callable[[Path, Result], None] | None = None  # for cases that must succeed
    changes: tuple[str, ...] = ()  # files a successful case may create or change
    id: str = ""
    marks: list = field(default_factory=list)

    def __post_init__(self):
        if not self.id:
            self.id = f"{self.cls}: " + " ".join(_short(a) for a in self.argv)


def _short(arg: str) -> str:
    arg = arg.encode("unicode_escape").decode("ascii")
    return arg if len(arg) <= 40 else arg[:37] + "..."


def params(cases: list[Case]) -> list:
    """pytest parameters, xfail marks naming the area that owns the failure."""
    out = []
    seen = set()
    for case in cases:
        ident = case.id
        n = 2
        while ident in seen:
            ident, n = f"{case.id} #{n}", n + 1
        seen.add(ident)
        marks = list(case.marks)
        if case.xfail:
            marks.append(pytest.mark.xfail(reason=OWNERS[case.xfail], strict=False))
        out.append(pytest.param(case, id=ident, marks=marks))
    return out


# --------------------------------------------------------------------------- sandbox


def sandbox(tmp_path: Path, prepared: Path, case: Case, shared: bool = False) -> Path:
    """``tmp_path/up/work`` holding the case's files; returns the working directory."""
    work = tmp_path / "up" / "work"
    work.mkdir(parents=True)
    (tmp_path / "up" / "bystander.txt").write_text("a file outside the working directory\n")
    wanted = set(case.files) | {a for a in case.argv if _exists(prepared, a)}
    wanted |= {"p.bitext", "de.txt"}  # a project and a text are always there to be harmed
    for name in sorted(wanted):
        source = prepared / name
        if not source.exists():
            continue
        target = work / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, target, symlinks=True)
        else:
            shutil.copy2(source, target)
    if shared:  # open to another user (the case then locks what it means to lock)
        for path in [tmp_path / "up", *(tmp_path / "up").rglob("*")]:
            path.chmod(0o777 if path.is_dir() else 0o666)
    if case.setup:
        case.setup(work)
    return work


def _exists(directory: Path, name: str) -> bool:
    try:
        return 0 < len(name) < 255 and "/" not in name and (directory / name).exists()
    except (OSError, ValueError):
        return False


def snapshot(root: Path) -> dict[str, tuple]:
    """Every entry under ``root`` without following symlinks: kind and content or target."""
    state: dict[str, tuple] = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            path = Path(dirpath) / name
            info = path.lstat()
            rel = str(path.relative_to(root))
            if stat.S_ISREG(info.st_mode):
                digest = hashlib.sha256(path.read_bytes()).hexdigest()
                state[rel] = ("file", digest, stat.S_IMODE(info.st_mode))
            elif stat.S_ISLNK(info.st_mode):
                state[rel] = ("link", os.readlink(path))
            else:
                state[rel] = ("other", stat.S_IFMT(info.st_mode))
    return state


def printable_name(name: str) -> str:
    from aligner.errors import printable

    return printable(name)


# What a terminal app writes to set the terminal up and back (Textual's alternate screen,
# mouse and paste modes): the review app's own, before its one-line error.
_APP_TERMINAL = re.compile(rb"^(?:\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*\x07|\x1b[=>])+")


def without_app_terminal(result: Result) -> Result:
    return Result(
        result.code,
        result.stdout,
        _APP_TERMINAL.sub(b"", result.stderr),
        result.hang,
        result.seconds,
    )


def assert_clean(result: Result) -> None:
    """Whatever happened: no hang, no traceback, no crash, nothing raw for the terminal."""
    assert not result.hang, f"still running after its timeout ({result.seconds} s)"
    assert result.code >= 0, f"killed by signal {-result.code}: {result.err[-500:]}"
    assert "Traceback" not in result.err and "Fatal Python error" not in result.err, result.err
    raw = RAW_CONTROL.search(result.stderr)
    assert raw is None, f"raw control character {raw.group()!r} on stderr: {result.err!r}"


def assert_error(result: Result, named: str, wants: str = "") -> None:
    """Exit status 2, empty stdout, one line ``bitext: error: NAMED: ...`` on stderr."""
    assert_clean(result)
    assert result.code == 2, (result.code, result.err)
    assert result.stdout == b"", result.stdout[:300]
    assert result.err.count("\n") == 1 and result.err.endswith("\n"), result.err
    prefix = f"bitext: error: {printable_name(named)}: " if named else "bitext: error: "
    assert result.err.startswith(prefix), (prefix, result.err)
    assert wants in result.err, (wants, result.err)


def run_case(server: Server, tmp_path: Path, prepared: Path, case: Case) -> Result:
    """Run ``case`` in its own sandbox and check it as its kind demands."""
    if case.uid is None:
        return _run_case(server, tmp_path, prepared, case)
    # Another user must reach the sandbox: pytest's own directories are private.
    base = Path(tempfile.mkdtemp(prefix="bitext-uid-"))
    try:
        base.chmod(0o755)
        return _run_case(server, base, prepared, case)
    finally:
        for path in base.rglob("*"):
            if path.is_dir() and not path.is_symlink():
                path.chmod(0o755)
        shutil.rmtree(base, ignore_errors=True)


def _run_case(server: Server, tmp_path: Path, prepared: Path, case: Case) -> Result:
    work = sandbox(tmp_path, prepared, case, shared=case.uid is not None)
    root = tmp_path / "up"
    before = snapshot(root)
    result = server.run(
        work,
        case.argv,
        stdin=work / case.stdin if case.stdin else None,
        timeout=case.timeout,
        fsize=case.fsize,
        uid=case.uid,
        stdout=Path(case.stdout) if case.stdout else None,
    )
    after = snapshot(root)
    if case.argv[:1] == ["review"]:
        result = without_app_terminal(result)
    if case.named == ANY:
        assert_clean(result)
        assert result.code in (0, 2), (result.code, result.err)
        if result.code == 2:
            assert result.err.count("\n") == 1 and result.err.startswith("bitext: error: ")
            changed = {k for k in before.keys() | after.keys() if before.get(k) != after.get(k)}
            assert not changed, f"files created, changed or removed: {sorted(changed)}"
    elif case.named is None:
        assert_clean(result)
        assert result.code == 0, result.err
        if case.check:
            case.check(work, result)
        allowed = {f"work/{name}" for name in case.changes}
        changed = {k for k in before.keys() | after.keys() if before.get(k) != after.get(k)}
        assert changed <= allowed, sorted(changed - allowed)
    else:
        assert_error(result, case.named, case.wants)
        changed = {k for k in before.keys() | after.keys() if before.get(k) != after.get(k)}
        assert not changed, f"files created, changed or removed: {sorted(changed)}"
    assert not Path("/pwned").exists() and not Path("/etc/pwned").exists()
    return result


def scratch_dir() -> Path:
    return Path(tempfile.mkdtemp(prefix="bitext-battery-"))
