#!/usr/bin/env bash
# Runs every test of the solution (the README's second command). Needs only the .NET SDK;
# .ci/run installs the services that integration tests use before calling this.
set -uo pipefail
cd "$(dirname "$0")"
log="$(mktemp)"
dotnet test Entente.sln -c Release --nologo --logger "console;verbosity=minimal" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
passed=$(grep -oE 'Passed:\s+[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed:\s+[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -oE 'Skipped:\s+[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
echo "tests: $passed passed, $failed failed, $skipped skipped"
if [[ "$status" -eq 0 && "$passed" -eq 0 ]]; then echo "no test ran" >&2; exit 1; fi
exit "$status"
