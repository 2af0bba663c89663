#!/usr/bin/env bash
# Ingest rate vs code rate (issue 7: ingest at >= 70 % of the code-to-JSONL rate), whole processes through ./entente.
# Alternates `entente code FILE > /dev/null` and `entente ingest FILE` into a new store, RUNS times each, and prints
# wall and CPU seconds with the 1-minute load of every run, then the ratio of the median walls (code / ingest).
# usage: bench/Entente.StoreBench/ingest-vs-code.sh [FILE] [RUNS] [extra ingest options, e.g. --no-cluster]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
file="${1:-$root/../shared/corpus/synthetic_plover_stories.csv}"
runs="${2:-3}"
shift $(( $# >= 2 ? 2 : $# ))
db="$(mktemp -d)/ingest-vs-code.duckdb"
timing="$(mktemp)"
trap 'rm -rf "$(dirname "$db")" "$timing"' EXIT
"$root/entente" --help > /dev/null   # publish first if the sources changed, outside the timed runs
code_walls=()
ingest_walls=()
for i in $(seq "$runs"); do
  load=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -o "$timing" -f "%e %U %S" "$root/entente" code "$file" --date 2020-01-01 > /dev/null
  read -r wall user sys < "$timing"
  code_walls+=("$wall")
  echo "code   wall $wall s  cpu $(echo "$user + $sys" | bc) s  load $load"
  rm -f "$db" "$db.wal"
  load=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -o "$timing" -f "%e %U %S" "$root/entente" ingest "$file" --db "$db" --date 2020-01-01 "$@" > /dev/null 2>&1
  read -r wall user sys < "$timing"
  ingest_walls+=("$wall")
  echo "ingest wall $wall s  cpu $(echo "$user + $sys" | bc) s  load $load"
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
c=$(median "${code_walls[@]}")
g=$(median "${ingest_walls[@]}")
echo "median wall: code $c s, ingest $g s -> ingest at $(echo "scale=0; 100 * $c / $g" | bc) % of the code rate"
