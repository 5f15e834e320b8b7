"""Run the hostile-input battery and print its cases by class: passed, expected failures
(by the area that owns the fix), failures, skips, and the wall time.

    .venv/bin/python benchmarks/battery_table.py

Classes come from the case ids (``"full disk: export ..."``); the property tests and
the tests in new processes count under their own names. The table is Markdown, for
docs/reliability.md.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTS = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "tests").glob("test_hostile_*.py"))
OWNER = re.compile(r"\((?:branch )?(\w+)[,)]|^(CPython)")


def _class(name: str) -> str:
    match = re.match(r"test_\w+\[([^:\]]+):", name)
    if match:
        return match.group(1)
    return re.sub(r"\[.*", "", name).removeprefix("test_").replace("_", " ")


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp, "battery.xml")
        started = time.monotonic()
        subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
             f"--junitxml={report}", *TESTS],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
        )  # fmt: skip
        seconds = time.monotonic() - started
        cases = ET.parse(report).getroot().iter("testcase")
        counts: dict[str, Counter] = defaultdict(Counter)
        owners: dict[str, Counter] = defaultdict(Counter)
        for case in cases:
            kind = _class(case.get("name"))
            skipped = case.find("skipped")
            if case.find("failure") is not None or case.find("error") is not None:
                counts[kind]["failed"] += 1
            elif skipped is not None and skipped.get("type") == "pytest.xfail":
                counts[kind]["xfail"] += 1
                found = OWNER.search(skipped.get("message", ""))
                owners[kind][(found.group(1) or found.group(2)) if found else "?"] += 1
            elif skipped is not None:
                counts[kind]["skipped"] += 1
            else:
                counts[kind]["passed"] += 1
    print("| class | cases | pass | xfail (owner) | fail | skip |")
    print("|---|---:|---:|---|---:|---:|")
    total = Counter()
    for kind in sorted(counts):
        c = counts[kind]
        total.update(c)
        who = ", ".join(f"{n} {o}" for o, n in owners[kind].most_common())
        xfail = f"{c['xfail']} ({who})" if c["xfail"] else "0"
        print(
            f"| {kind} | {sum(c.values())} | {c['passed']} | {xfail} | {c['failed']} | "
            f"{c['skipped']} |"
        )
    print(
        f"| **all** | {sum(total.values())} | {total['passed']} | {total['xfail']} | "
        f"{total['failed']} | {total['skipped']} |"
    )
    print(f"\nwall time {seconds:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
