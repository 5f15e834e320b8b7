"""Run ``bitext`` commands for the hostile-input battery, each in a fresh process, cheaply.

Started once per test session, this process imports bitext (and what its
commands import lazily) and then reads one JSON request per line: for each it
forks a child that sets up its own stdin, stdout, stderr, working directory and
limits, runs ``aligner.cli.main`` exactly as the ``bitext`` script does, and
exits with its status. Each case so is a real process of its own (its own file
descriptors, exit status, crash or hang) without paying Python's and pandas'
start-up hundreds of times. A child still running after its timeout is killed
and reported as a hang.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import resource
import signal
import sys
import time
import traceback


def _warm() -> None:
    """Import what the commands import on first use, once, before any fork."""
    import aligner.align  # noqa: F401
    import aligner.cli
    import aligner.formats.export  # noqa: F401
    import aligner.formats.importing  # noqa: F401
    import aligner.project  # noqa: F401
    import aligner.review  # noqa: F401
    import glossary.build  # noqa: F401
    import glossary.consistency  # noqa: F401
    import glossary.formats  # noqa: F401

    aligner.cli.build_parser()
    # One small run of the main commands fills the lazy caches (word lists, models).
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as tmp:
        de, en = Path(tmp, "de.txt"), Path(tmp, "en.txt")
        de.write_text("Herr Lukaschenko regiert seit 1994. Er ist Präsident.\n")
        en.write_text("Mr Lukashenko has ruled since 1994. He is president.\n")
        project = str(Path(tmp, "p.bitext"))
        quiet = open(os.devnull, "w")  # noqa: SIM115 - lives as long as the loop
        for argv in (
            ["segment", str(de)],
            ["align", str(de), str(en), "-o", project],
            ["glossary", "build", project],
            ["glossary", "check", project],
            ["export", project, "--to", "tmx", "-o", str(Path(tmp, "p.tmx"))],
            ["import", str(Path(tmp, "p.tmx")), "-o", str(Path(tmp, "q.bitext"))],
        ):
            with contextlib.redirect_stdout(quiet), contextlib.redirect_stderr(quiet):
                aligner.cli.main(argv)
        quiet.close()


def _streams() -> None:
    """Fresh sys.std* over fds 0-2, as a new interpreter would make them."""

    def wrap(fd: int, mode: str, **kw) -> io.TextIOWrapper:
        raw = io.FileIO(fd, mode, closefd=False)
        buffered = io.BufferedReader(raw) if mode == "r" else io.BufferedWriter(raw)
        return io.TextIOWrapper(buffered, encoding="utf-8", **kw)

    sys.stdin = wrap(0, "r", errors="surrogateescape")
    sys.stdout = wrap(1, "w", errors="strict")
    sys.stderr = wrap(2, "w", errors="backslashreplace", line_buffering=True)


def _child(request: dict) -> int:
    from aligner.cli import main

    os.setpgid(0, 0)
    os.chdir(request["cwd"])
    stdin = os.open(request.get("stdin") or os.devnull, os.O_RDONLY)
    out = os.open(request["stdout"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    err = os.open(request["stderr"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    for fd, target in ((stdin, 0), (out, 1), (err, 2)):
        os.dup2(fd, target)
    os.closerange(3, 4096)  # the request pipe and the files just opened
    if request.get("fsize") is not None:
        # A "full disk" for this process: writes past the limit fail with EFBIG.
        limit = int(request["fsize"])
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    if request.get("uid") is not None:
        os.setgroups([])
        os.setgid(request["uid"])
        os.setuid(request["uid"])
    os.environ.update(request.get("env") or {})
    _streams()
    argv = request["argv"]
    sys.argv = ["bitext", *argv]
    try:
        code = main(argv)
    except SystemExit as exit_:
        code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
    except BaseException:  # what Python itself would do with an uncaught exception
        traceback.print_exc()
        code = 1
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BaseException:
        traceback.print_exc()
        code = 120  # Python's status when flushing stdout fails at exit
    return int(code or 0)


def _run(request: dict) -> dict:
    started = time.monotonic()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        try:
            code = _child(request)
        except BaseException:
            traceback.print_exc()
            code = 99
        os._exit(code)
    deadline = started + float(request.get("timeout", 60))
    hang, pause = False, 0.001
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        if time.monotonic() > deadline:
            hang = True
            try:
                os.killpg(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            _, status = os.waitpid(pid, 0)
            break
        time.sleep(pause)
        pause = min(pause * 2, 0.02)
    return {
        "code": os.waitstatus_to_exitcode(status),
        "hang": hang,
        "seconds": round(time.monotonic() - started, 3),
    }


def main() -> None:
    requests = os.fdopen(os.dup(0), "r")
    replies = os.fdopen(os.dup(1), "w")
    devnull = os.open(os.devnull, os.O_RDWR)
    os.dup2(devnull, 0)
    os.dup2(devnull, 1)
    _warm()
    replies.write(json.dumps({"ready": True}) + "\n")
    replies.flush()
    for line in requests:
        replies.write(json.dumps(_run(json.loads(line))) + "\n")
        replies.flush()


if __name__ == "__main__":
    main()
