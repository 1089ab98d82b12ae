#!/usr/bin/env bash
# Builds the Windows .exe and its installer on Debian, from the repository root:
#
#   dist/windows/build.sh
#
# Installs what it needs when missing (the Rust target, mingw-w64 for linking and for the
# icon and version resources, wixl from msitools), then writes
#   target/x86_64-pc-windows-gnu/release/docspace-keys.exe
#   target/windows/docspace-keys-VERSION-x86_64.msi
#
# Environment:
#   PROFILE [release]   the cargo profile. CI uses release-windows-ci (see Cargo.toml and
#                       dist/README.md); what ships is built with release.
#   INSTALL_DEPS [1]    0 skips installing anything.
#   EXE                 package this .exe instead of building one (the release workflow
#                       packages the signed MSVC build this way).
set -euo pipefail
cd "$(dirname "$0")/../.."

profile=${PROFILE:-release}
target=x86_64-pc-windows-gnu
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
[ -n "$version" ] || { echo "build: no version in Cargo.toml" >&2; exit 1; }

log() { printf '[windows build %s] %s\n' "$(date -u +%T)" "$*"; }

if [ "${INSTALL_DEPS:-1}" = 1 ]; then
    packages="wixl msitools"
    [ -z "${EXE:-}" ] &&
        packages="$packages gcc-mingw-w64-x86-64 g++-mingw-w64-x86-64 binutils-mingw-w64-x86-64"
    missing=""
    for package in $packages; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
            missing="$missing $package"
    done
    if [ -n "$missing" ]; then
        log "installing:$missing"
        sudo=""
        [ "$(id -u)" -ne 0 ] && sudo=sudo
        $sudo apt-get update -qq
        # shellcheck disable=SC2086 # a list of package names
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
            $missing >/dev/null
    fi
    if [ -z "${EXE:-}" ]; then
        rustup target list --installed | grep -qx "$target" || rustup target add "$target"
    fi
fi

if [ -n "${EXE:-}" ]; then
    exe=$EXE
else
    log "cargo build --profile $profile --target $target"
    started=$SECONDS
    cargo build --locked --profile "$profile" --target "$target" --bin docspace-keys
    log "built in $((SECONDS - started)) s"
    # cargo names the folder after the profile, except for dev.
    exe="target/$target/$profile/docspace-keys.exe"
fi
[ -f "$exe" ] || { echo "build: no $exe" >&2; exit 1; }

mkdir -p target/windows
msi="target/windows/docspace-keys-$version-x86_64.msi"
# wixl resolves source files relative to the current folder (it rejects absolute paths).
wixl --arch x64 -D "Version=$version" -D "ExePath=$exe" -D IconPath=assets/icon.ico \
    -o "$msi" dist/windows/docspace-keys.wxs
log "wrote $exe ($(stat -c %s "$exe") bytes)"
log "wrote $msi ($(stat -c %s "$msi") bytes)"
