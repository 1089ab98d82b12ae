#!/usr/bin/env bash
# Takes the README screenshot: the app on its built-in demo portal, 1280×800, on a headless
# X server.
#
#   dist/screenshot.sh [BINARY] [OUTPUT]
#
# BINARY defaults to target/release/docspace-keys, or target/debug/docspace-keys when there
# is no release build; OUTPUT to assets/screenshot.png.
#
# Environment: APP_ARGS [--demo], WINDOW_TITLE [DocSpace API Keys], SIZE [1280x800],
# START_TIMEOUT [60], SETTLE_TIMEOUT [20].
# Needs (Debian): xvfb xdotool x11-utils x11-apps imagemagick dbus python3-xlib procps.
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
# shellcheck source-path=SCRIPTDIR source=lib/x11-session.sh
. "$here/lib/x11-session.sh"

binary=${1:-}
if [ -z "$binary" ]; then
    binary="$root/target/release/docspace-keys"
    [ -x "$binary" ] || binary="$root/target/debug/docspace-keys"
fi
output=${2:-$root/assets/screenshot.png}
read -r -a app_args <<<"${APP_ARGS---demo}"
title=${WINDOW_TITLE:-DocSpace API Keys}
size=${SIZE:-1280x800}
width=${size%x*}
height=${size#*x}

die() { echo "screenshot: $*" >&2; exit 1; }

xs_require_all || exit 2
[ -x "$binary" ] || die "no executable at $binary (build it first)"
mkdir -p "$(dirname "$output")"
xs_init
xs_start_xvfb "${width}x${height}x24" || exit 1
xs_start_app "$XS_TMP/app.log" "$binary" "${app_args[@]}"

if ! xs_wait_window "$title" "${START_TIMEOUT:-60}"; then
    tail -n 30 "$XS_TMP/app.log" >&2
    die "no window \"$title\" appeared"
fi
# Without a window manager the window goes exactly where it is told: fill the screen.
timeout 5 xdotool windowmove "$WINDOW_ID" 0 0
timeout 5 xdotool windowsize "$WINDOW_ID" "$width" "$height"
xs_settle "${SETTLE_TIMEOUT:-20}" || echo "screenshot: the window was still changing; taking it anyway"
xs_screenshot "$output" "$WINDOW_ID" || die "could not take the screenshot"
echo "screenshot: wrote $output ($("$XS_CONVERT" "$output" -format '%wx%h' info:))"

# Leave the way a person would; the clean-up trap stops the app if it doesn't go.
xs_close_window "$WINDOW_ID" >/dev/null 2>&1 && xs_wait_exit 10
exit 0
