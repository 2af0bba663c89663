#!/usr/bin/env bash
# Rebuilds docs/screenshots/{network,timeline,events,paste}.png: ingests the founding editorial and the Guardian
# sample into a throw-away store with `entente ingest`, then runs the browser test that walks the four views over
# that store. The articles stay outside the repository (ENTENTE_SHARED, default /work/shared); only our
# rendering of them is committed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
shared="${ENTENTE_SHARED:-/work/shared}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
db="$work/screens.duckdb"
"$root/entente" ingest "$shared/seed/000_eca31d6a39fc3d5b.txt" --date 2017-01-18 --db "$db"
"$root/entente" ingest "$shared/corpus/guardian_sample.csv" --db "$db"
ENTENTE_SCREENSHOT_DB="$db" ENTENTE_SCREENSHOTS="$root/docs/screenshots" \
  dotnet test "$root/tests/Entente.Browser.Tests" -c Release --filter "Category=Screenshots"
ls -l "$root"/docs/screenshots/*.png
