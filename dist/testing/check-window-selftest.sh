#!/usr/bin/env bash
# Tests dist/check-window.sh against a stand-in window (dist/testing/standin-window.py):
# one run where every check must pass, and runs that must fail exactly the check they
# provoke. Also checks that no Xvfb, D-Bus or stand-in process outlives a run.
#
#   dist/testing/check-window-selftest.sh
#
# Needs the same Debian packages as dist/check-window.sh. Takes about a minute.
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
check="$here/../check-window.sh"
standin="$here/standin-window.py"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0

# Stand-ins and Xvfb servers still running a few seconds after a run. Zombies don't count:
# a process whose parent was killed is reaped by init in its own time.
leftover_processes() {
    local deadline=$((SECONDS + 5)) pid found
    while :; do
        found=
        for pid in $(pgrep -f "standin-window|Xvfb -displayfd"); do
            [ "$(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null)" = Z ] && continue
            found+="$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) (pid $pid); "
        done
        if [ -z "$found" ] || [ $SECONDS -ge $deadline ]; then
            echo "$found"
            return
        fi
        sleep 0.5
    done
}

# Runs one scenario. Arguments: NAME EXPECTED_STATUS EXPECTED_REGEX [VAR=VALUE...] [-- BINARY]
scenario() {
    local name=$1 expected_status=$2 expected=$3
    shift 3
    local binary=$standin settings=()
    while [ $# -gt 0 ]; do
        if [ "$1" = -- ]; then binary=$2; break; fi
        settings+=("$1")
        shift
    done
    local log="$work/$name.log" status leftovers
    env "${settings[@]}" IDLE_SECONDS=2 "$check" "$binary" "$work/$name" >"$log" 2>&1
    status=$?
    leftovers=$(leftover_processes)
    if [ "$status" -eq "$expected_status" ] && grep -qE "$expected" "$log" && [ -z "$leftovers" ]; then
        echo "ok: $name"
        passed=$((passed + 1))
    else
        echo "FAILED: $name (status $status, expected $expected_status and /$expected/)"
        sed 's/^/    /' "$log"
        [ -n "$leftovers" ] && echo "    left running: $leftovers"
        failed=$((failed + 1))
    fi
}

scenario all-pass 0 "all checks passed"
scenario busy 1 "FAIL: idle" STANDIN_BUSY=1
scenario ignores-close 1 "FAIL: close: the app was still running" STANDIN_IGNORE_CLOSE=1 CLOSE_TIMEOUT=3
scenario exit-status 1 "FAIL: close: the app exited with status 3" STANDIN_EXIT_STATUS=3
scenario missing-text 1 "FAIL: text: not found: Zapier" "STANDIN_TEXT=New key only"
scenario wrong-app-id 1 "FAIL: WM_CLASS" EXPECT_WM_CLASS=org.example.Other
scenario no-icon 1 "FAIL: window icon" STANDIN_NO_ICON=1
scenario no-window 1 "FAIL: no window" START_TIMEOUT=3 STANDIN_DELAY=10
scenario crashes 1 "FAIL: the app exited with status 1 before showing a window" -- /bin/false

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
