"""Run NLTK's gale_church on two presegmented files; print beads (gold format).

Runs in the benchmark environment (benchmarks/requirements.txt, with nltk), not bitext's.
NLTK links sentences pairwise and drops deleted ones; linked groups become
beads and unlinked sentences become 1-0 / 0-1 beads.
"""

import sys
import time

from nltk.translate import gale_church

src = [ln.rstrip("\n") for ln in open(sys.argv[1], encoding="utf-8")]
tgt = [ln.rstrip("\n") for ln in open(sys.argv[2], encoding="utf-8")]
t0 = time.perf_counter()
links = gale_church.align_blocks([len(s) for s in src], [len(t) for t in tgt])
elapsed = time.perf_counter() - t0
# group links into beads: consecutive links sharing a source or target sentence
beads = []
for i, j in sorted(links):
    if beads and (i in beads[-1][0] or j in beads[-1][1]):
        beads[-1][0].add(i)
        beads[-1][1].add(j)
    else:
        beads.append(({i}, {j}))
linked_s = {i for i, _ in links}
linked_t = {j for _, j in links}
out = [(sorted(s), sorted(t)) for s, t in beads]
out += [([i], []) for i in range(len(src)) if i not in linked_s]
out += [([], [j]) for j in range(len(tgt)) if j not in linked_t]
out.sort(key=lambda b: (b[0][0] if b[0] else -1, b[1][0] if b[1] else -1))
for s, t in out:
    print(f"{s}:{t}")
print(f"{elapsed:.3f}", file=sys.stderr)
