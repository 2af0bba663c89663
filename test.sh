#!/usr/bin/env bash
# Runs every test of the solution (the README's second command; .ci/run calls exactly this). Needs the .NET SDK;
# installs Debian's chromium for the browser tests when it is missing.
set -uo pipefail
cd "$(dirname "$0")"
# The browser tests drive Debian's Chromium through Playwright (nothing is downloaded by the test tool itself);
# install it when it is missing, so that this one command does all set-up on a fresh machine.
if [[ ! -x "${ENTENTE_CHROMIUM:-/usr/bin/chromium}" ]] && command -v apt-get >/dev/null; then
  sudo_cmd=""
  if [[ "$(id -u)" -ne 0 ]]; then sudo_cmd="sudo"; fi
  echo "test.sh: installing chromium for the browser tests" >&2
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
fi
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
