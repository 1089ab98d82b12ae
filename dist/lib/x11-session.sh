# shellcheck shell=bash
# Shared by dist/check-window.sh and dist/screenshot.sh (source it, don't run it): runs the
# app on a private, headless X server and looks at its window the way a person would.
#
# Every wait is bounded. xs_init installs a trap that, on any exit, stops the app with
# everything it started (it runs in its own process group, inside its own D-Bus session)
# and the X server, and removes the temporary files.
#
# Needs (Debian): xvfb, xdotool, x11-utils (xprop), x11-apps (xwd), imagemagick,
# dbus (dbus-run-session), python3-xlib, procps (pgrep), coreutils (timeout).

# The variables below are this file's interface with the scripts that source it.
# shellcheck disable=SC2034
XS_LIB_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
XS_APP_ID=io.github.docspace_keys.DocSpaceKeys
# /usr/local/bin/convert may be another program; use ImageMagick's.
XS_CONVERT=${CONVERT:-/usr/bin/convert}
# Debian's python3 has python3-xlib; a python3 earlier in PATH (pyenv, venv) may not.
XS_PYTHON=${XS_PYTHON:-/usr/bin/python3}

XS_TMP=
XVFB_PID=
APP_PID=
APP_STATUS=
WINDOW_ID=
XS_SLEEP_PID=

xs_log() { echo "[$(date +%T)] $*"; }

# Stops with a message when a tool is missing.
xs_require() {
    local tool missing=()
    for tool in "$@"; do
        command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "missing tools: ${missing[*]}" >&2
        return 1
    fi
}

xs_require_all() {
    xs_require Xvfb xdotool xprop xwd dbus-run-session setsid timeout pgrep "$XS_CONVERT" \
        "$XS_PYTHON" || return 1
    "$XS_PYTHON" -c 'import Xlib' 2>/dev/null || {
        echo "missing python3-xlib for $XS_PYTHON" >&2
        return 1
    }
}

xs_init() {
    XS_TMP=$(mktemp -d "${TMPDIR:-/tmp}/x11-session.XXXXXX")
    trap xs_cleanup EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    trap 'exit 129' HUP
}

# Sleeps in a way a signal can interrupt: bash runs traps only between foreground commands,
# so a plain `sleep 30` would hold up the clean-up for as long.
xs_sleep() {
    sleep "$1" &
    XS_SLEEP_PID=$!
    wait "$XS_SLEEP_PID"
    XS_SLEEP_PID=
}

# True while PID runs (a zombie that has not been waited for counts as ended).
xs_alive() {
    local stat
    [ -n "$1" ] && stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
    stat=${stat##*) }
    [ "${stat%% *}" != Z ]
}

# Starts Xvfb on a display number it picks itself (-displayfd), so parallel runs can't
# collide, and exports DISPLAY. Argument: screen geometry such as 1280x800x24.
xs_start_xvfb() {
    local geometry=$1 display_file="$XS_TMP/display" deadline=$((SECONDS + 10))
    Xvfb -displayfd 3 -nolisten tcp -noreset -screen 0 "$geometry" \
        3>"$display_file" >"$XS_TMP/xvfb.log" 2>&1 &
    XVFB_PID=$!
    until grep -q '^[0-9][0-9]*$' "$display_file" 2>/dev/null; do
        if ! xs_alive "$XVFB_PID" || [ $SECONDS -ge $deadline ]; then
            echo "Xvfb did not start:" >&2
            cat "$XS_TMP/xvfb.log" >&2
            return 1
        fi
        sleep 0.1
    done
    DISPLAY=":$(head -n 1 "$display_file")"
    export DISPLAY
    xs_log "Xvfb $geometry on $DISPLAY (pid $XVFB_PID)"
}

# Starts the app in its own process group and D-Bus session, with throwaway XDG folders
# so nothing from this machine's user leaks in (settings, window size) or out.
# Arguments: LOG_FILE COMMAND [ARGS...]. Sets APP_PID (dbus-run-session, which exits with
# the app's status, and the process group's id).
xs_start_app() {
    local log=$1
    shift
    local home="$XS_TMP/home"
    mkdir -p "$home/data" "$home/config" "$home/cache"
    mkdir -m 700 "$home/runtime"
    env -u WAYLAND_DISPLAY \
        XDG_SESSION_TYPE=x11 \
        XDG_RUNTIME_DIR="$home/runtime" \
        XDG_DATA_HOME="$home/data" \
        XDG_CONFIG_HOME="$home/config" \
        XDG_CACHE_HOME="$home/cache" \
        setsid dbus-run-session -- "$@" >"$log" 2>&1 </dev/null &
    APP_PID=$!
    xs_log "started: $* (session pid $APP_PID)"
}

# Waits until a visible window whose title starts with TITLE exists. Sets WINDOW_ID.
# Fails early if the app exits first. Arguments: TITLE TIMEOUT_SECONDS.
xs_wait_window() {
    local title=$1 deadline=$((SECONDS + $2)) pattern id
    pattern="^$(printf '%s' "$title" | sed 's/[][\.*^$+?(){}|/]/\\&/g')"
    while :; do
        id=$(timeout 5 xdotool search --onlyvisible --name "$pattern" 2>/dev/null | head -n 1)
        if [ -n "$id" ]; then
            # shellcheck disable=SC2034 # read by the scripts that source this file
            WINDOW_ID=$id
            return 0
        fi
        xs_alive "$APP_PID" || return 1
        [ $SECONDS -lt $deadline ] || return 1
        sleep 0.5
    done
}

# The process that owns the window: _NET_WM_PID (winit sets it), else the app started
# under dbus-run-session.
xs_window_pid() {
    local pid child
    pid=$(timeout 5 xprop -id "$1" _NET_WM_PID 2>/dev/null | sed -n 's/.* = \([0-9][0-9]*\)$/\1/p')
    if [ -z "$pid" ]; then
        for child in $(pgrep -P "$APP_PID"); do
            [ "$(cat "/proc/$child/comm" 2>/dev/null)" = dbus-daemon ] || pid=$child
        done
    fi
    echo "$pid"
}

# The window's WM_CLASS, e.g. `"io.github.docspace_keys.DocSpaceKeys", "io.github.docspace_keys.DocSpaceKeys"`.
xs_wm_class() {
    timeout 5 xprop -id "$1" WM_CLASS 2>/dev/null | sed -n 's/^WM_CLASS([A-Z_]*) = //p'
}

# Size of the first icon in the window's _NET_WM_ICON (set by ViewportBuilder::with_icon),
# e.g. "256x256"; empty when the window has no icon.
xs_icon_size() {
    # shellcheck disable=SC2016 # $0 and $1 are for xprop, not the shell
    timeout 5 xprop -id "$1" -notype -f _NET_WM_ICON 32c '=$0x$1\n' _NET_WM_ICON 2>/dev/null |
        sed -n 's/^_NET_WM_ICON=\([0-9][0-9]*x[0-9][0-9]*\)$/\1/p'
}

# CPU time a process has used so far, in clock ticks (utime + stime).
xs_cpu_ticks() {
    local stat
    stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
    stat=${stat##*) }
    # Fields 14 and 15 of /proc/PID/stat; after the command name, field 3 is word 1.
    awk '{ print $12 + $13 }' <<<"$stat"
}

# Screenshot to a PNG without metadata. Arguments: FILE [WINDOW_ID] (default: whole screen).
xs_screenshot() {
    local file=$1 source=(-root)
    [ -n "${2:-}" ] && source=(-id "$2")
    timeout 20 xwd "${source[@]}" -silent >"$XS_TMP/shot.xwd" &&
        timeout 30 "$XS_CONVERT" "xwd:$XS_TMP/shot.xwd" -strip "png:$file"
}

# Waits until the screen stops changing: two identical frames one second apart, at least
# two seconds after the call. Fails if still changing at the deadline. Argument: SECONDS.
xs_settle() {
    local deadline=$((SECONDS + $1)) earliest=$((SECONDS + 2)) previous='' current
    while :; do
        current=$(timeout 20 xwd -root -silent 2>/dev/null | md5sum)
        if [ "$current" = "$previous" ] && [ $SECONDS -ge $earliest ]; then
            return 0
        fi
        [ $SECONDS -lt $deadline ] || return 1
        previous=$current
        sleep 1
    done
}

# Sends WM_DELETE_WINDOW, as a window manager's close button does.
xs_close_window() {
    timeout 10 "$XS_PYTHON" "$XS_LIB_DIR/x11-close-window.py" "$1"
}

# Waits for the app to exit; sets APP_STATUS. Argument: SECONDS.
xs_wait_exit() {
    local deadline=$((SECONDS + $1))
    while xs_alive "$APP_PID"; do
        [ $SECONDS -lt $deadline ] || return 1
        sleep 0.2
    done
    wait "$APP_PID"
    # shellcheck disable=SC2034 # read by the scripts that source this file
    APP_STATUS=$?
    APP_PID=
    return 0
}

# Stops the app's whole process group (app, dbus-daemon, anything they started), then
# the X server. Runs on every exit.
xs_cleanup() {
    local status=$? deadline pid
    if [ -n "$APP_PID" ] && xs_alive "$APP_PID"; then
        kill -TERM -- "-$APP_PID" 2>/dev/null || kill -TERM "$APP_PID" 2>/dev/null
        deadline=$((SECONDS + 3))
        while xs_alive "$APP_PID" && [ $SECONDS -lt $deadline ]; do sleep 0.1; done
        kill -KILL -- "-$APP_PID" 2>/dev/null || kill -KILL "$APP_PID" 2>/dev/null
    fi
    # Anything of the group that outlived its leader.
    [ -n "$APP_PID" ] && kill -KILL -- "-$APP_PID" 2>/dev/null
    if [ -n "$XVFB_PID" ] && xs_alive "$XVFB_PID"; then
        kill -TERM "$XVFB_PID" 2>/dev/null
        deadline=$((SECONDS + 3))
        while xs_alive "$XVFB_PID" && [ $SECONDS -lt $deadline ]; do sleep 0.1; done
        kill -KILL "$XVFB_PID" 2>/dev/null
    fi
    [ -n "$XS_SLEEP_PID" ] && kill "$XS_SLEEP_PID" 2>/dev/null
    for pid in "$APP_PID" "$XVFB_PID" "$XS_SLEEP_PID"; do
        [ -n "$pid" ] && wait "$pid" 2>/dev/null
    done
    [ -n "$XS_TMP" ] && rm -rf "$XS_TMP"
    return $status
}
