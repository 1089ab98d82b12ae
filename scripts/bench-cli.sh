#!/bin/sh
# `docspace-keys keys list --json` timed against the demo portal with 14, 1 000, 10 000 and
# 100 000 keys, beside curl fetching the same list (the floor: HTTP and nothing else) and a
# Python script in the style of ONLYOFFICE's samples (scripts/list-keys.py: requests,
# json.loads, print the JSON). Medians by hyperfine (installed from Debian's packages when
# missing); each program's output goes through a pipe, as in a script.
# Usage: scripts/bench-cli.sh [--quick] [BINARY]
#   BINARY defaults to target/release/docspace-keys; --quick takes fewer runs (CI).
# Goals: ours at least 3× faster than Python, and within 1.5× of curl.
# Ours and curl are timed in turns (ROUNDS rounds of a few runs each), so that a machine
# whose speed drifts, as a shared one does, slows both alike; the medians are over all runs.
# The credential reaches each program through the environment or a file, never argv.
set -eu
cd "$(dirname "$0")/.."
RUNS="20 15 10 5" ROUNDS=5
if [ "${1:-}" = "--quick" ]; then RUNS="10 5 3 3" ROUNDS=3; shift; fi
BIN="$(realpath "${1:-target/release/docspace-keys}")"
PYTHON="${PYTHON:-python3}"
if ! command -v hyperfine >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hyperfine >/dev/null
fi

WORK="$(mktemp -d)"
chmod 700 "$WORK"
PORTAL=""
cleanup() { [ -z "$PORTAL" ] || kill "$PORTAL" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT INT TERM
# Nothing of the caller's: no remembered sign-ins, no keychain.
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data"
mkdir -p "$HOME"

median() { # hyperfine's JSON exports → the median of all their runs, in seconds
  "$PYTHON" -c 'import json,statistics,sys; print(statistics.median(t for f in sys.argv[1:] for t in json.load(open(f))["results"][0]["times"]))' "$@"
}
count() { "$PYTHON" -c 'import json,sys; d=json.load(sys.stdin); print(len(d["response"] if isinstance(d, dict) else d))'; }

if "$PYTHON" -c 'import requests' 2>/dev/null; then via=requests; else via=urllib; fi
echo "machine: $(nproc) cores, $(uname -m), load $(cut -d' ' -f1 /proc/loadavg); binary $(stat -c %s "$BIN") B; Python $("$PYTHON" -c 'import platform; print(platform.python_version())') with $via; $(curl --version | head -n 1 | cut -d' ' -f1-2)"
printf '%8s %12s %10s %10s %14s %13s\n' keys ours curl python "python/ours" "ours/curl"

for size in 14:$(echo "$RUNS" | cut -d' ' -f1) 1000:$(echo "$RUNS" | cut -d' ' -f2) \
    10000:$(echo "$RUNS" | cut -d' ' -f3) 100000:$(echo "$RUNS" | cut -d' ' -f4); do
  keys=${size%:*} runs=${size#*:}
  "$BIN" demo-portal --keys $((keys - 14)) > "$WORK/portal.out" &
  PORTAL=$!
  i=0
  until [ -s "$WORK/portal.out" ]; do
    sleep 0.1; i=$((i + 1))
    [ "$i" -lt 1200 ] || { echo "the demo portal did not start" >&2; exit 1; }
  done
  URL=$(head -n 1 "$WORK/portal.out" | sed 's/^DocSpace demo portal: //')

  # The admin's login token: the password on standard input, the token into the environment
  # and into a header file for curl (read with -H @file).
  printf '{"userName":"admin@example.com","password":"demo"}' |
    curl -fsS -H 'Content-Type: application/json' --data-binary @- "$URL/api/2.0/authentication" |
    "$PYTHON" -c 'import json,sys; print(json.load(sys.stdin)["response"]["token"])' > "$WORK/token"
  DOCSPACE_TOKEN=$(cat "$WORK/token")
  printf 'Authorization: %s\n' "$DOCSPACE_TOKEN" > "$WORK/header"
  export DOCSPACE_TOKEN DOCSPACE_PORTAL="$URL"

  # All three see the same list before any is timed.
  for got in "$("$BIN" keys list --json | count)" \
      "$(curl -fsS -H @"$WORK/header" "$URL/api/2.0/keys" | count)" \
      "$("$PYTHON" scripts/list-keys.py | count)"; do
    [ "$got" = "$keys" ] || { echo "a program listed $got keys of $keys" >&2; exit 1; }
  done

  # -N: no shell in between, so that runs of a few milliseconds are not lost in the shell's
  # start-up time (which hyperfine subtracts, and which varies on a loaded machine).
  round=1
  while [ "$round" -le "$ROUNDS" ]; do
    hyperfine -N --style none --warmup 1 --runs "$runs" --output pipe \
      --export-json "$WORK/ours.$round.json" "\"$BIN\" keys list --json" >/dev/null
    hyperfine -N --style none --warmup 1 --runs "$runs" --output pipe \
      --export-json "$WORK/curl.$round.json" "curl -fsS -H @\"$WORK/header\" \"$URL/api/2.0/keys\"" >/dev/null
    round=$((round + 1))
  done
  hyperfine -N --style none --warmup 1 --runs "$runs" --output pipe \
    --export-json "$WORK/python.json" "\"$PYTHON\" scripts/list-keys.py" >/dev/null
  ours=$(median "$WORK"/ours.*.json) curl=$(median "$WORK"/curl.*.json) python=$(median "$WORK/python.json")
  awk -v k="$keys" -v o="$ours" -v c="$curl" -v p="$python" -v r="$runs" -v rounds="$ROUNDS" 'BEGIN {
    printf "%8d %10.1f ms %7.1f ms %7.1f ms %13.2f× %12.2f×   (medians of %d, Python %d)\n",
      k, o * 1000, c * 1000, p * 1000, p / o, o / c, r * rounds, r }'

  kill "$PORTAL"; wait "$PORTAL" 2>/dev/null || true; PORTAL=""
  rm -f "$WORK/portal.out" "$WORK/token" "$WORK/header" "$WORK"/ours.*.json "$WORK"/curl.*.json
done
