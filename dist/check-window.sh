#!/usr/bin/env bash
# Checks the installed app's real window on a headless X server, as a person would see it.
#
#   dist/check-window.sh [BINARY] [OUTDIR]
#
# BINARY defaults to /usr/bin/docspace-keys (as the .deb installs it); OUTDIR to
# ci-artifacts/check-window. The app runs with --demo inside Xvfb and dbus-run-session.
#
# Checks, each printed as a PASS or FAIL line:
#   window      a window titled "DocSpace API Keys…" is mapped within START_TIMEOUT
#   app id      both parts of its WM_CLASS are the app id (what StartupWMClass= in the
#               desktop file matches, so docks show the right icon)
#   window icon the window has an icon (_NET_WM_ICON, from ViewportBuilder::with_icon)
#   screenshot  OUTDIR/window.png (the window alone) is taken once the screen stops
#               changing, and isn't blank
#   text        OCR (tesseract) finds every EXPECT_TEXT entry: the key grid is shown
#   idle        the app uses at most IDLE_MAX_PERCENT of one core over IDLE_SECONDS
#   close       asked to close like a window manager does (WM_DELETE_WINDOW), the app
#               exits with status 0 within CLOSE_TIMEOUT
# Exit status 0 when all pass. OUTDIR also gets app.log (the app's output) and ocr.txt.
#
# Environment (defaults in brackets):
#   APP_ARGS [--demo]              arguments for the app (split on spaces)
#   WINDOW_TITLE [DocSpace API Keys]  title prefix to wait for
#   EXPECT_TEXT [New key;Zapier]   ";"-separated texts the window must show (case ignored)
#   EXPECT_WM_CLASS [io.github.docspace_keys.DocSpaceKeys]  empty skips the check
#   EXPECT_ICON [1]                any other value skips the window-icon check
#   SCREEN [1280x800x24]  START_TIMEOUT [60]  SETTLE_TIMEOUT [20]
#   IDLE_SECONDS [5]  IDLE_MAX_PERCENT [5]  CLOSE_TIMEOUT [10]
#
# Needs (Debian): xvfb xdotool x11-utils x11-apps imagemagick tesseract-ocr
# tesseract-ocr-eng dbus python3-xlib procps.
#
# Why WM_DELETE_WINDOW: there is no window manager in Xvfb. `xdotool windowclose` destroys
# the window under the app, which is a crash rather than a close, and `wmctrl -c` needs a
# window manager to turn its request into WM_DELETE_WINDOW. dist/lib/x11-close-window.py
# sends that message itself, exactly as a window manager's close button does.
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source-path=SCRIPTDIR source=lib/x11-session.sh
. "$here/lib/x11-session.sh"

binary=${1:-/usr/bin/docspace-keys}
out_dir=${2:-ci-artifacts/check-window}
read -r -a app_args <<<"${APP_ARGS---demo}"
title=${WINDOW_TITLE:-DocSpace API Keys}
expect_text=${EXPECT_TEXT-New key;Zapier}
expect_wm_class=${EXPECT_WM_CLASS-$XS_APP_ID}
expect_icon=${EXPECT_ICON:-1}
screen=${SCREEN:-1280x800x24}
start_timeout=${START_TIMEOUT:-60}
settle_timeout=${SETTLE_TIMEOUT:-20}
idle_seconds=${IDLE_SECONDS:-5}
idle_max_percent=${IDLE_MAX_PERCENT:-5}
close_timeout=${CLOSE_TIMEOUT:-10}

failures=0
pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
skip() { echo "SKIP: $*"; }

finish() {
    if [ "$failures" -eq 0 ]; then
        echo "check-window: all checks passed"
        exit 0
    fi
    echo "check-window: $failures check(s) failed; see $out_dir"
    exit 1
}

# Reads IMAGE with tesseract and checks for every text in EXPECT_TEXT. The image is
# enlarged and read in four versions: as is and inverted (egui may be in dark mode), each
# also reduced to black and white, because tesseract's own binarisation can lose grey
# text on a dark background. Stops as soon as everything was found; all OCR output goes
# to ocr.txt.
find_texts() {
    local image=$1 variant psm normalized missing=() text
    local -a wanted variants=(plain inverted plain-bw inverted-bw)
    local -A options=(
        [plain]="" [inverted]="-negate" [plain-bw]="-threshold 60%" [inverted-bw]="-negate -threshold 60%"
    )
    IFS=';' read -r -a wanted <<<"$expect_text"
    : >"$out_dir/ocr.txt"
    for variant in "${variants[@]}"; do
        # shellcheck disable=SC2086 # the options are several words on purpose
        timeout 60 "$XS_CONVERT" "$image" -colorspace Gray -resize 200% ${options[$variant]} \
            "$XS_TMP/ocr-$variant.png"
    done
    for psm in 11 6 3; do
        for variant in "${variants[@]}"; do
            [ -s "$XS_TMP/ocr-$variant.png" ] || continue
            echo "=== $variant, --psm $psm" >>"$out_dir/ocr.txt"
            timeout 120 tesseract "$XS_TMP/ocr-$variant.png" - --psm "$psm" 2>/dev/null \
                >>"$out_dir/ocr.txt"
            normalized=$(tr -s '[:space:]' ' ' <"$out_dir/ocr.txt")
            missing=()
            for text in "${wanted[@]}"; do
                [ -z "$text" ] && continue
                grep -qiF -- "$text" <<<"$normalized" || missing+=("$text")
            done
            if [ ${#missing[@]} -eq 0 ]; then
                return 0
            fi
        done
    done
    local IFS=';'
    echo "not found: ${missing[*]}"
    return 1
}

xs_require_all && xs_require tesseract || exit 2
if [ ! -x "$binary" ]; then
    echo "check-window: no executable at $binary" >&2
    exit 2
fi
mkdir -p "$out_dir"
out_dir=$(cd "$out_dir" && pwd)
rm -f "$out_dir/window.png" "$out_dir/screen.png" "$out_dir/ocr.txt" "$out_dir/app.log"
xs_init
xs_start_xvfb "$screen" || exit 2
app_started=$SECONDS
xs_start_app "$out_dir/app.log" "$binary" "${app_args[@]}"

# 1. The window appears.
if xs_wait_window "$title" "$start_timeout"; then
    pass "window \"$title\" mapped after $((SECONDS - app_started))s (id $WINDOW_ID)"
else
    if xs_wait_exit 0; then
        fail "the app exited with status $APP_STATUS before showing a window \"$title\""
    else
        fail "no window \"$title\" within ${start_timeout}s"
    fi
    xs_screenshot "$out_dir/screen.png" || true
    echo "--- the whole screen is in $out_dir/screen.png; last lines of $out_dir/app.log"
    tail -n 30 "$out_dir/app.log"
    for check in "app id" "window icon" screenshot text idle close; do skip "$check (no window)"; done
    finish
fi
app_pid=$(xs_window_pid "$WINDOW_ID")

# 2. The app id reaches the window system.
if [ -z "$expect_wm_class" ]; then
    skip "app id (EXPECT_WM_CLASS is empty)"
else
    # Both parts, instance and class: the app sets the instance on its first frame.
    want="\"$expect_wm_class\", \"$expect_wm_class\""
    for _ in 1 2 3 4 5 6 7 8 9 10; do
        wm_class=$(xs_wm_class "$WINDOW_ID")
        [ "$wm_class" = "$want" ] && break
        sleep 0.5
    done
    if [ "$wm_class" = "$want" ]; then
        pass "WM_CLASS is $wm_class"
    else
        fail "WM_CLASS is ${wm_class:-unset}, expected $want (instance and class)"
    fi
fi

# 3. The window carries the app's icon (otherwise X11 docks show a generic one).
if [ "$expect_icon" != 1 ]; then
    skip "window icon (EXPECT_ICON is not 1)"
else
    icon_size=$(xs_icon_size "$WINDOW_ID")
    if [ -n "$icon_size" ]; then
        pass "window icon $icon_size (_NET_WM_ICON)"
    else
        fail "window icon: _NET_WM_ICON is not set (ViewportBuilder::with_icon)"
    fi
fi

# 4. A screenshot once the window has settled (the demo loads its keys after start-up).
if ! xs_settle "$settle_timeout"; then
    echo "note: the screen was still changing after ${settle_timeout}s"
fi
if xs_screenshot "$out_dir/window.png" "$WINDOW_ID"; then
    colours=$("$XS_CONVERT" "$out_dir/window.png" -format '%k' info: 2>/dev/null || echo 0)
    if [ "${colours:-0}" -gt 1 ]; then
        pass "screenshot $out_dir/window.png ($colours colours)"
    else
        fail "screenshot $out_dir/window.png is blank ($colours colours)"
    fi
else
    fail "could not take a screenshot"
fi

# 5. The key grid is on screen.
if [ -z "$expect_text" ]; then
    skip "text (EXPECT_TEXT is empty)"
elif [ ! -s "$out_dir/window.png" ]; then
    fail "text: no screenshot to read"
elif result=$(find_texts "$out_dir/window.png"); then
    pass "text: found \"${expect_text//;/\", \"}\""
else
    fail "text: $result (OCR output in $out_dir/ocr.txt)"
fi

# 6. Nearly idle: nothing repaints or polls in a loop while nobody touches the window.
ticks_per_second=$(getconf CLK_TCK)
if [ -z "$app_pid" ] || ! before=$(xs_cpu_ticks "$app_pid"); then
    fail "idle: can't find the app's process"
else
    started=$(date +%s.%N)
    xs_sleep "$idle_seconds"
    after=$(xs_cpu_ticks "$app_pid" || echo "$before")
    ended=$(date +%s.%N)
    percent=$(awk -v t="$((after - before))" -v hz="$ticks_per_second" -v a="$started" -v b="$ended" \
        'BEGIN { printf "%.1f", 100 * t / hz / (b - a) }')
    if awk -v p="$percent" -v max="$idle_max_percent" 'BEGIN { exit !(p <= max) }'; then
        pass "idle: ${percent}% of one core over ${idle_seconds}s (pid $app_pid, limit ${idle_max_percent}%)"
    else
        fail "idle: ${percent}% of one core over ${idle_seconds}s (pid $app_pid, limit ${idle_max_percent}%)"
    fi
fi

# 7. Closing the window ends the app cleanly.
if ! close_output=$(xs_close_window "$WINDOW_ID" 2>&1); then
    fail "close: could not send WM_DELETE_WINDOW: $close_output"
elif ! xs_wait_exit "$close_timeout"; then
    fail "close: the app was still running ${close_timeout}s after WM_DELETE_WINDOW"
elif [ "$APP_STATUS" -ne 0 ]; then
    fail "close: the app exited with status $APP_STATUS"
    tail -n 30 "$out_dir/app.log"
else
    pass "close: the app exited with status 0 after WM_DELETE_WINDOW"
fi

finish
