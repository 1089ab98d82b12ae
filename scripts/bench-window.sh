#!/bin/sh
# The window measured as an admin runs it, on a virtual display with a private
# Secret Service, against the demo portal holding KEYS keys:
#   - launch: from starting the binary to the grid drawn (as the app reports it), 5 runs,
#     with --demo (14 keys, its own portal) and signed in to the portal of KEYS keys;
#   - memory with the grid idle, and its growth over ten refreshes (F5);
#   - CPU with the grid idle, and while a refresh waits on a portal that never answers.
# Usage: scripts/bench-window.sh [BINARY [KEYS]]
#   BINARY defaults to target/release/docspace-keys, KEYS to 100000.
# Prints one line per figure; exits non-zero only when the measurement itself fails.
set -eu
cd "$(dirname "$0")/.."
if [ -z "${BENCH_WINDOW_INNER:-}" ]; then
  scripts/install-test-deps.sh
  XDG_RUNTIME_DIR="$(mktemp -d)"
  export XDG_RUNTIME_DIR BENCH_WINDOW_INNER=1
  chmod 700 "$XDG_RUNTIME_DIR"
  exec xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" scripts/with-secret-service.sh "$0" "$@"
fi

BIN="$(realpath "${1:-target/release/docspace-keys}")"
KEYS="${2:-100000}"
WORK="$(mktemp -d)"
export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="${XDG_DATA_HOME:-$WORK/data}"
mkdir -p "$HOME" "$XDG_CONFIG_HOME"
PIDS=""
cleanup() { for pid in $PIDS; do kill "$pid" 2>/dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT INT TERM

ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
rss_mb() { awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
hz=$(getconf CLK_TCK)
# CPU use of process $1 over $2 seconds, in per cent of one core.
cpu_percent() {
  before=$(ticks "$1"); sleep "$2"; after=$(ticks "$1")
  awk -v t=$((after - before)) -v s="$2" -v hz="$hz" 'BEGIN { printf "%.1f", 100 * t / hz / s }'
}
# Waits until process $1 has used under 2 % of a core for two seconds in a row.
settle() {
  quiet=0 waited=0
  while [ "$quiet" -lt 2 ]; do
    if [ "$(cpu_percent "$1" 1 | cut -d. -f1)" -lt 2 ]; then quiet=$((quiet + 1)); else quiet=0; fi
    waited=$((waited + 1))
    [ "$waited" -lt 180 ] || { echo "the window never settled" >&2; exit 1; }
  done
}
press() {
  window=$(xdotool search --sync --onlyvisible --pid "$1" | head -n 1)
  xdotool windowfocus --sync "$window" 2>/dev/null || true
  xdotool key --window "$window" "$2"
}

"$BIN" demo-portal --keys $((KEYS > 14 ? KEYS - 14 : 0)) > "$WORK/portal.out" &
PORTAL=$!; PIDS="$PORTAL"
until [ -s "$WORK/portal.out" ]; do sleep 0.1; done
URL=$(head -n 1 "$WORK/portal.out" | sed 's/^DocSpace demo portal: //')
PORT=${URL##*:}
printf 'demo\n' | "$BIN" login --portal "$URL" --user admin@example.com --password-stdin >/dev/null

echo "machine: $(nproc) cores, $(uname -m), load $(cut -d' ' -f1 /proc/loadavg); binary $(stat -c %s "$BIN") B; $KEYS keys"

# Milliseconds from "$started" to the grid drawn, as the app reports it in $WORK/startup.
grid_drawn_after() {
  i=0
  until [ -s "$WORK/startup" ]; do
    sleep 0.05; i=$((i + 1))
    [ "$i" -lt 1200 ] || { echo "the grid was never drawn" >&2; exit 1; }
  done
  echo $(($(cat "$WORK/startup") - started))
  rm -f "$WORK/startup"
}

# The demo as a newcomer starts it: its own portal in-process, 14 keys.
demos=""
for run in 1 2 3 4 5; do
  started=$(date +%s%3N)
  DOCSPACE_KEYS_REPORT_STARTUP="$WORK/startup" "$BIN" --demo &
  DEMO=$!
  demos="$demos $(grid_drawn_after)"
  kill "$DEMO"; wait "$DEMO" 2>/dev/null || true
done
echo "launch with --demo to grid drawn (ms, 5 runs):$demos; median $(echo "$demos" | tr ' ' '\n' | grep . | sort -n | sed -n 3p) ms"

launches=""
for run in 1 2 3 4 5; do
  started=$(date +%s%3N)
  DOCSPACE_KEYS_REPORT_STARTUP="$WORK/startup" "$BIN" &
  APP=$!
  launches="$launches $(grid_drawn_after)"
  if [ "$run" -lt 5 ]; then kill "$APP"; wait "$APP" 2>/dev/null || true; fi
done
PIDS="$PIDS $APP"
echo "launch to grid drawn (ms, 5 runs):$launches; median $(echo "$launches" | tr ' ' '\n' | grep . | sort -n | sed -n 3p) ms"

settle "$APP"
first=$(rss_mb "$APP")
echo "memory, grid idle: $first MB"
echo "CPU, grid idle: $(cpu_percent "$APP" 5) % of a core"
for refresh in 1 2 3 4 5 6 7 8 9 10; do
  press "$APP" F5
  sleep 1
  settle "$APP"
done
last=$(rss_mb "$APP")
echo "memory after ten refreshes: $last MB ($(awk -v a="$first" -v b="$last" 'BEGIN { printf "%+.1f", 100 * (b - a) / a }') %)"

# The portal goes silent: it accepts connections and never answers.
kill "$PORTAL"; wait "$PORTAL" 2>/dev/null || true
python3 -c '
import socket, sys, time
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", int(sys.argv[1]))); s.listen(16)
held = []
while True:
    held.append(s.accept()[0])
' "$PORT" &
PIDS="$PIDS $!"
sleep 0.5
press "$APP" F5
sleep 1
echo "CPU while waiting on the portal: $(cpu_percent "$APP" 5) % of a core"
