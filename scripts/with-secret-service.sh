#!/bin/sh
# Runs a command inside a private D-Bus session with an unlocked GNOME Keyring,
# so the real Secret Service can be used by tests. Leaves no daemon behind and
# does not touch $HOME.
# Usage: scripts/with-secret-service.sh CMD [ARGS...]
set -u
if [ -z "${IN_PRIVATE_BUS:-}" ]; then
  export IN_PRIVATE_BUS=1
  exec dbus-run-session -- "$0" "$@"
fi
XDG_DATA_HOME="$(mktemp -d)"   # keyrings go to $XDG_DATA_HOME/keyrings
export XDG_DATA_HOME
printf %s "test-pw" | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
GKD=$!
i=0
until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q true; do
  i=$((i+1))
  if [ "$i" -gt 100 ]; then
    echo "secret service did not come up" >&2
    kill "$GKD" 2>/dev/null
    exit 1
  fi
  sleep 0.1
done
DOCSPACE_KEYS_REQUIRE_SECRET_SERVICE=1 "$@"
rc=$?
kill "$GKD" 2>/dev/null
wait "$GKD" 2>/dev/null
rm -rf "$XDG_DATA_HOME"
exit $rc
