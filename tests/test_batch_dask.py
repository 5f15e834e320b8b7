"""bitext batch on real Dask clusters: a LocalCluster from the API, and a scheduler with
worker processes started here as a user would start them (``dask scheduler``,
``dask worker``), with a worker and a whole run killed mid-way."""

from __future__ import annotations

import csv
import logging
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")
pytest.importorskip("pyarrow")

import pandas as pd  # noqa: E402
from lxml import etree  # noqa: E402

import aligner  # noqa: E402
from aligner.batch import cluster  # noqa: E402
from aligner.errors import BitextError  # noqa: E402
from aligner.project import Project  # noqa: E402

sys.path.insert(0, str(Path(__file__).parent))
from conftest import shared_path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"
BIN = Path(sys.executable).parent
# Fields that differ between two runs of the same batch.
VOLATILE = ["seconds", "status"]


def make_corpus(folder: Path, copies: int = 0) -> Path:
    """Small real pairs: the letter (de-en), the article's first paragraphs (de-en, de-hu),
    an empty file as one bad pair, and ``copies`` more copies of the letter."""
    folder.mkdir(parents=True, exist_ok=True)
    for side in ("de", "en", "hu"):
        text = (CORPORA / f"belarus-diplomacy.{side}.md").read_text(encoding="utf-8")
        (folder / f"article.{side}.md").write_text("".join(text.splitlines(True)[:7]))
    for n in range(copies + 1):
        for side in ("de", "en"):
            shutil.copy(CORPORA / f"letter.{side}.txt", folder / f"letter{n or ''}.{side}.txt")
    (folder / "empty.en.txt").write_bytes(b"")
    rows = [
        ["letter.de.txt", "letter.en.txt", "letter", "", ""],
        ["article.de.md", "article.en.md", "article/en", "de", "en"],
        ["article.de.md", "article.hu.md", "article/hu", "de", "hu"],
        ["letter.de.txt", "empty.en.txt", "broken", "", ""],
    ]
    rows += [[f"letter{n}.de.txt", f"letter{n}.en.txt", f"copy/{n}", "de", "en"]
             for n in range(1, copies + 1)]  # fmt: skip
    manifest = folder / "manifest.csv"
    with open(manifest, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["src", "tgt", "name", "src_lang", "tgt_lang"])
        writer.writerows(rows)
    return manifest


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="module")
def local_client():
    local = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, silence_logs=logging.ERROR,
        dashboard_address=":0",
    )  # fmt: skip
    client = distributed.Client(local, set_as_default=False)
    yield client
    client.close()
    local.close()


@pytest.fixture(scope="module")
def local_run(corpus, local_client, tmp_path_factory):
    """The corpus aligned once on the local cluster, with a TSV corpus."""
    out = tmp_path_factory.mktemp("local") / "out"
    report = aligner.batch(str(corpus), out, client=local_client, to="tsv")
    return out, report


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Cluster:
    """``dask scheduler`` and ``dask worker`` processes, each in its own process group."""

    def __init__(self, workers: int, cwd: Path):
        self.address = f"tcp://127.0.0.1:{free_port()}"
        self.cwd = cwd
        self.procs: list[subprocess.Popen] = []
        self.start("scheduler", "--host", "127.0.0.1", "--port", self.address.rsplit(":", 1)[1],
                   "--no-dashboard")  # fmt: skip
        self.workers = [self.add_worker() for _ in range(workers)]
        self.wait_for(workers)

    def start(self, *argv: str) -> subprocess.Popen:
        proc = subprocess.Popen(
            [str(BIN / "dask"), *argv], cwd=self.cwd, start_new_session=True,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        self.procs.append(proc)
        return proc

    def add_worker(self) -> subprocess.Popen:
        # No nanny: the process killed below is the worker itself, not a parent restarting it.
        return self.start("worker", self.address, "--nthreads", "1", "--no-nanny",
                          "--no-dashboard", "--death-timeout", "60")  # fmt: skip

    def client(self):
        return distributed.Client(self.address, timeout="60s", set_as_default=False)

    def wait_for(self, n: int) -> None:
        with self.client() as client:
            client.wait_for_workers(n, timeout=120)

    def close(self) -> None:
        for proc in reversed(self.procs):
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in self.procs:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()


@pytest.fixture(scope="module")
def dask_cluster(tmp_path_factory):
    running = Cluster(2, tmp_path_factory.mktemp("cluster"))
    yield running
    running.close()


def bitext(*argv, cwd: Path, timeout: int = 600) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "aligner.cli", *map(str, argv)],
        capture_output=True, text=True, cwd=cwd, timeout=timeout,
    )  # fmt: skip


def comparable(report: pd.DataFrame) -> pd.DataFrame:
    return report.drop(columns=VOLATILE).sort_values("name").reset_index(drop=True)


def beads_of(project: Path) -> list[tuple]:
    with Project.open(project, readonly=True) as p:
        return [(tuple(b.src), tuple(b.tgt), b.score) for b in p.alignment().beads]


# ---------------------------------------------------------------- a local cluster, from Python


def test_api_report_projects_and_corpus(local_run, corpus):
    out, report = local_run
    assert list(report["name"]) == ["letter", "article/en", "article/hu", "broken"]
    assert list(report["status"]) == ["aligned"] * 3 + ["failed"]
    assert "file is empty" in report.loc[3, "error"]
    assert (
        report.attrs["failed"] == 1
        and "3 aligned, 0 skipped, 1 failed" in (report.attrs["summary"])
    )
    assert list(report["src_lang"][:3]) == ["de"] * 3  # the letter's languages detected
    on_disk = pd.read_csv(out / "report.csv")
    assert list(on_disk["name"]) == list(report["name"])
    units = 0
    for row in report[report["status"] == "aligned"].itertuples():
        with Project.open(out / row.project, readonly=True) as project:
            project.check()
            assert len(project) == row.beads
            pairs = project.pairs()
            units += int(((pairs["source"] != "") & (pairs["target"] != "")).sum())
    tsv = pd.read_csv(out / "corpus.tsv", sep="\t", quoting=csv.QUOTE_NONE, keep_default_na=False)
    assert list(tsv.columns) == ["document", "src_lang", "tgt_lang", "source", "target", "score",
                                 "status"]  # fmt: skip
    assert len(tsv) == units == report.attrs["corpus"]["units"]
    assert set(tsv["document"]) == {"letter", "article/en", "article/hu"}
    assert set(tsv.loc[tsv["document"] == "article/hu", "tgt_lang"]) == {"hu"}


def test_api_rerun_skips_and_writes_tmx_and_parquet(local_run, local_client, corpus):
    out, first = local_run
    again = aligner.batch(str(corpus), out, client=local_client, to="tmx", min_score=0.5)
    assert list(again["status"]) == ["skipped"] * 3 + ["failed"]
    pd.testing.assert_frame_equal(comparable(again), comparable(first))

    dtd = etree.DTD(str(shared_path("standards", "tmx14.dtd")))
    root = etree.parse(str(out / "corpus.tmx")).getroot()
    assert dtd.validate(root), dtd.error_log.filter_from_errors()
    units = root.findall("body/tu")
    assert len(units) == again.attrs["corpus"]["units"] > 0
    documents = {tu.find("prop[@type='x-document']").text for tu in units}
    assert documents == {"letter", "article/en", "article/hu"}
    assert all(float(tu.find("prop[@type='x-align-score']").text) >= 0.5 for tu in units)

    aligner.batch(str(corpus), out, client=local_client, to="parquet")
    dataset = out / "corpus.parquet"
    assert (dataset / "src_lang=de" / "tgt_lang=hu").is_dir()
    # Filters are pushed into the reader: only the matching partition and row groups are read.
    hu = pd.read_parquet(dataset, filters=[("tgt_lang", "=", "hu"), ("score", ">=", 0.8)])
    assert len(hu) > 0 and set(hu["document"]) == {"article/hu"} and hu["score"].min() >= 0.8
    import dask.dataframe as dd

    frame = dd.read_parquet(dataset)
    per_document = frame.groupby("document").size().compute()
    assert per_document["letter"] == first.loc[0, "beads"]  # one-sided beads kept in Parquet


def test_check_workers_explains_a_misconfigured_cluster(tmp_path):
    class Fake:
        def __init__(self, answers):
            self.answers = answers

        def run(self, fn, *args, on_error):
            return self.answers

        def nthreads(self):
            return dict.fromkeys(self.answers, 1)

    good = {"version": aligner.__version__, "writable": True, "python": (3, 11)}
    assert cluster.check_workers(Fake({"tcp://a:1": good, "tcp://b:1": good}), "x") == 2
    cases = [
        ({"tcp://a:1": ModuleNotFoundError("No module named 'aligner'")}, "cannot run bitext"),
        ({"tcp://a:1": {**good, "version": "0.0.1"}}, "runs bitext 0.0.1"),
        ({"tcp://a:1": {**good, "writable": False}}, "shared file system"),
        ({}, "no workers"),
    ]
    for answers, message in cases:
        with pytest.raises(BitextError, match=message):
            cluster.check_workers(Fake(answers), str(tmp_path))


# ---------------------------------------------------------------- dask scheduler + dask worker


def test_cli_on_a_scheduler_equals_the_local_run(dask_cluster, local_run, corpus, tmp_path):
    local_out, local_report = local_run
    out = tmp_path / "out"
    proc = bitext("batch", corpus, "-o", out, "--scheduler", dask_cluster.address, "--to", "tsv",
                  cwd=tmp_path)  # fmt: skip
    assert proc.returncode == 1, proc.stderr  # the broken pair
    assert proc.stdout == ""
    lines = proc.stderr.splitlines()
    assert len(lines) == 2 and lines[0].startswith("bitext: failed: broken: "), proc.stderr
    assert "3 aligned, 0 skipped, 1 failed" in lines[1]
    remote = pd.read_csv(out / "report.csv")
    local = pd.read_csv(local_out / "report.csv")
    pd.testing.assert_frame_equal(comparable(remote), comparable(local))
    assert (out / "corpus.tsv").read_bytes() == (local_out / "corpus.tsv").read_bytes()
    for project in local_report["project"].dropna():
        assert beads_of(out / project) == beads_of(local_out / project)


def test_a_worker_killed_mid_run_and_the_batch_completes(dask_cluster, tmp_path):
    manifest = make_corpus(tmp_path / "in", copies=5)
    victim = dask_cluster.add_worker()
    dask_cluster.wait_for(3)
    out = tmp_path / "out"
    run = subprocess.Popen(
        [sys.executable, "-m", "aligner.cli", "batch", str(manifest), "-o", str(out),
         "--scheduler", dask_cluster.address],
        cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        caught_busy = False
        with dask_cluster.client() as watcher:
            address = next(a for a, pid in watcher.run(os.getpid).items() if pid == victim.pid)
            deadline = time.monotonic() + 300
            while not caught_busy and time.monotonic() < deadline:
                caught_busy = bool(watcher.processing([address])[address])
                caught_busy &= any(out.glob("projects/**/*.bitext"))
                time.sleep(0 if caught_busy else 0.1)
        os.killpg(victim.pid, signal.SIGKILL)  # while it aligns a pair
        stdout, stderr = run.communicate(timeout=600)
    finally:
        if run.poll() is None:
            run.kill()
            run.communicate()
    assert caught_busy, "the worker never got a pair"
    assert run.returncode == 1, stderr  # the broken pair, and only it
    report = pd.read_csv(out / "report.csv")
    # A pair the lost worker finished but could not report is found done: "skipped".
    assert report["status"].isin(["aligned", "skipped"]).sum() == len(report) - 1
    for project in report["project"].dropna():
        with Project.open(out / project, readonly=True) as p:
            p.check()
    assert not [p for p in out.rglob(".*") if p.name != ".bitext-batch.lock"]


def test_a_run_killed_with_sigkill_resumes(dask_cluster, tmp_path):
    manifest = make_corpus(tmp_path / "in", copies=3)
    out = tmp_path / "out"
    run = subprocess.Popen(
        [sys.executable, "-m", "aligner.cli", "batch", str(manifest), "-o", str(out),
         "--workers", "1"],
        cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and not any(out.glob("projects/**/*.bitext")):
            time.sleep(0.1)
        os.killpg(run.pid, signal.SIGKILL)  # the client, its scheduler and its worker at once
    finally:
        run.wait()
    time.sleep(1)
    done = list(out.glob("projects/**/*.bitext"))
    assert done, "the run was killed before any pair was done"
    for project in done:  # whatever is there under a project's name is complete
        db = sqlite3.connect(project)
        assert db.execute("SELECT count(*) FROM bead").fetchone()[0] > 0
        db.close()
        with Project.open(project, readonly=True) as p:
            p.check()
    assert not (out / "report.csv").exists()

    proc = bitext("batch", manifest, "-o", out, "--scheduler", dask_cluster.address, cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    report = pd.read_csv(out / "report.csv")
    assert (report["status"] == "skipped").sum() == len(done)
    assert (report["status"] != "failed").sum() == len(report) - 1
    assert not [p for p in out.rglob(".*") if p.name != ".bitext-batch.lock"]


def test_progress_bar_on_a_terminal(dask_cluster, tmp_path):
    import pty

    corpus = tmp_path / "one.csv"
    corpus.write_text(f"src,tgt\n{CORPORA / 'letter.de.txt'},{CORPORA / 'letter.en.txt'}\n")

    master, slave = pty.openpty()
    env = {**os.environ, "TERM": "xterm", "COLUMNS": "100"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "aligner.cli", "batch", str(corpus), "-o", str(tmp_path / "out"),
         "--scheduler", dask_cluster.address],
        cwd=tmp_path, stdout=subprocess.PIPE, stderr=slave, env=env,
    )  # fmt: skip
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 4096)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    stdout, _ = proc.communicate(timeout=600)
    os.close(master)
    shown = b"".join(chunks).decode("utf-8", "replace")
    assert "Aligning pairs" in shown and "━" in shown
    assert "Dask dashboard: " in shown and "1 pairs: 1 aligned" in shown
    assert stdout == b""


def test_unreachable_scheduler_is_one_line_and_exit_2(corpus, tmp_path):
    out = tmp_path / "out"
    proc = bitext("batch", corpus, "-o", out, "--scheduler", f"tcp://127.0.0.1:{free_port()}",
                  cwd=tmp_path)  # fmt: skip
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "cannot reach the Dask scheduler" in proc.stderr
    assert not out.exists()


def test_a_port_that_is_no_scheduler_fails_fast(monkeypatch):
    # Dask's own Client would wait forever on a port that accepts and never answers.
    monkeypatch.setattr(cluster, "CONNECT_SECONDS", 1)
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        address = f"tcp://127.0.0.1:{silent.getsockname()[1]}"
        with pytest.raises(BitextError, match="no answer within 1 s .*8787 is its dashboard"):
            cluster.check_scheduler(address)
    with pytest.raises(BitextError, match="missing port"):
        cluster.check_scheduler("nonsense")
