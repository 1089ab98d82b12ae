#!/bin/sh
# Every test: unit, API, CLI, UI and the real-keychain test, under a virtual
# display and a private Secret Service. Extra arguments go to `cargo test`.
set -eu
cd "$(dirname "$0")/.."
scripts/install-test-deps.sh
XDG_RUNTIME_DIR="$(mktemp -d)"
export XDG_RUNTIME_DIR
chmod 700 "$XDG_RUNTIME_DIR"
exec xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" scripts/with-secret-service.sh cargo test "$@"
