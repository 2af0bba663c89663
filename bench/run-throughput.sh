#!/usr/bin/env bash
# Runs the throughput matrix of bench/README.md: each corpus on one core (pinned) and on all cores.
# Usage: bench/run-throughput.sh [CORPUS_DIR]   (default /work/shared/corpus; the corpus stays outside the repo)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus_dir="${1:-/work/shared/corpus}"
dotnet build bench/Entente.Throughput -c Release -v quiet -nologo >/dev/null
run="dotnet bench/Entente.Throughput/bin/Release/net10.0/Entente.Throughput.dll"
echo "# $(date -u +%FT%TZ) commit $(git rev-parse --short HEAD) nproc $(nproc) load $(cut -d' ' -f1-3 /proc/loadavg)"
for corpus in guardian_sample.csv synthetic_plover_stories.csv; do
  path="$corpus_dir/$corpus"
  [ -f "$path" ] || { echo "skip: no $path" >&2; continue; }
  # One core: one document at a time, the runtime told it has one processor, the process pinned to CPU 0.
  DOTNET_PROCESSOR_COUNT=1 taskset -c 0 $run --corpus "$path" --threads 1 --warmup --json 2>/dev/null
  # The same with the tiered JIT promoting at once: on one core the background JIT can otherwise leave hot
  # methods unoptimised for many seconds, and the rate then says more about the JIT than about the coder.
  DOTNET_TC_CallCountingDelayMs=0 DOTNET_PROCESSOR_COUNT=1 taskset -c 0 $run --corpus "$path" --threads 1 --warmup --json 2>/dev/null
  # All cores: OrderedParallelCoder with one document in flight per core.
  $run --corpus "$path" --threads all --warmup --json 2>/dev/null
done
