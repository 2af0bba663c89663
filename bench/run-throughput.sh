#!/usr/bin/env bash
# Runs the throughput matrix of bench/README.md: start-up of the `entente` command, each corpus on one core (pinned)
# and on all cores, and the 1-core/all-core scaling ratio, printing the load average with every figure.
# Usage: bench/run-throughput.sh [CORPUS_DIR] [ROUNDS]   (default /work/shared/corpus, 5 scaling rounds;
#        the corpus stays outside the repository). STARTUP_RUNS=N (default 10) sets the start-up repetitions.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus_dir="${1:-/work/shared/corpus}"
rounds="${2:-5}"
startup_runs="${STARTUP_RUNS:-10}"
load() { cut -d' ' -f1-3 /proc/loadavg; }

# The runner is published ReadyToRun like the `entente` wrapper's build, so its start-up figures are the CLI's.
out=bench/Entente.Throughput/bin/r2r
dotnet publish bench/Entente.Throughput/Entente.Throughput.csproj -c Release --use-current-runtime --self-contained false \
  -p:PublishReadyToRun=true --artifacts-path "$out" -o "$out/app" -nologo -v quiet "-clp:ErrorsOnly;NoSummary" >&2
run="dotnet $out/app/Entente.Throughput.dll"
echo "# $(date -u +%FT%TZ) commit $(git rev-parse --short HEAD) nproc $(nproc) load $(load)"

# Start-up as a user sees it: the whole `entente code` process on a one-sentence file (cache warm), wall and CPU time.
./entente --help >/dev/null # builds (publishes) the command first if needed
sentence="$(mktemp --suffix=.txt)"
trap 'rm -f "$sentence"' EXIT
echo "The foreign minister of Japan met the Indian ambassador in Tokyo on Monday." >"$sentence"
./entente code "$sentence" --date 2024-03-04 >/dev/null # fills the compiled-data cache if needed
load_before="$(load)"
times="$(for ((i = 0; i < startup_runs; i++)); do
  /usr/bin/time -f '%e %U %S' ./entente code "$sentence" --date 2024-03-04 2>&1 >/dev/null | tail -1
done)"
echo "$times" | awk -v load0="$load_before" -v load1="$(load)" -v n="$startup_runs" '
  { wall[NR] = $1; cpu[NR] = $2 + $3 }
  function sort(a, k,   i, j, t) { for (i = 2; i <= k; i++) for (j = i; j > 1 && a[j-1] > a[j]; j--) { t = a[j]; a[j] = a[j-1]; a[j-1] = t } }
  END { sort(wall, NR); sort(cpu, NR); m = int((NR + 1) / 2)
        printf "{\"startup_cli_code_one_sentence\":{\"runs\":%d,\"wall_min_s\":%.3f,\"wall_median_s\":%.3f,\"cpu_min_s\":%.3f,\"cpu_median_s\":%.3f,\"load_before\":\"%s\",\"load_after\":\"%s\"}}\n", n, wall[1], wall[m], cpu[1], cpu[m], load0, load1 }'

for corpus in guardian_sample.csv synthetic_plover_stories.csv; do
  path="$corpus_dir/$corpus"
  [ -f "$path" ] || { echo "skip: no $path" >&2; continue; }
  # One core: one document at a time, the runtime told it has one processor, the process pinned to CPU 0.
  DOTNET_PROCESSOR_COUNT=1 taskset -c 0 $run --corpus "$path" --threads 1 --warmup --json 2>/dev/null
  # The same with the tiered JIT promoting at once: on one core the background JIT can otherwise leave hot
  # methods unoptimised for many seconds, and the rate then says more about the JIT than about the coder.
  DOTNET_TC_CallCountingDelayMs=0 DOTNET_PROCESSOR_COUNT=1 taskset -c 0 $run --corpus "$path" --threads 1 --warmup --json 2>/dev/null
  # All cores: OrderedParallelCoder, batches of documents handed to the cores.
  $run --corpus "$path" --threads all --warmup --json 2>/dev/null
  # Scaling: 1 core and all cores alternating in one process after a common warm-up; the ratio of the medians.
  $run --corpus "$path" --scaling "$rounds" --json 2>/dev/null
done
