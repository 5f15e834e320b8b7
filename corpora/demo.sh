#!/bin/sh
# The main job on the sample corpus: segment and align the German article with
# its English, Hungarian, Russian and Polish translations into review projects,
# build each project's name glossary, and export translation memories and
# glossaries.
# Results go to ./out (or the folder given as $1). Needs `bitext` on PATH.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-out}
mkdir -p "$out"
for tgt in en hu ru pl; do
    name="$out/belarus-diplomacy.de-$tgt"
    echo "== German-$tgt" >&2
    bitext align "$here/belarus-diplomacy.de.md" "$here/belarus-diplomacy.$tgt.md" \
        -o "$name.bitext" --force
    bitext glossary build "$name.bitext"
    bitext export "$name.bitext" --to tmx -o "$name.tmx"
    bitext export "$name.bitext" --to csv -o "$name.csv"
    bitext glossary export "$name.bitext" --to tbx -o "$name.glossary.tbx"
    bitext info "$name.bitext"
done
echo "== Done. Review a project with: bitext review $out/belarus-diplomacy.de-en.bitext" >&2
