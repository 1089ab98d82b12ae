#!/usr/bin/env bash
# CI's Windows stage, on Debian: builds the .exe and the MSI (dist/windows/build.sh), then
# checks them under Wine 8 as a Windows user would meet them:
#
#   dist/windows/ci-check.sh [OUTDIR]
#
#   pe          the .exe is a GUI-subsystem program (no console window on a double-click)
#   resources   it carries the icon group and the version information (wrestool)
#   msi         the MSI holds the .exe, the Start-menu shortcut, the product name, the
#               version and the fixed UpgradeCode (msiinfo)
#   install     `msiexec /i … /qn` puts the .exe in Program Files and the shortcut in the
#               Start menu, and the installed .exe starts
#   cli         against the Linux demo portal: login --password-stdin (the sign-in lands
#               in Wine's Credential Manager), keys list --json from the remembered
#               sign-in, keys create, keys delete, logout (the sign-in is gone)
#   window      --demo under Xvfb opens the window; a screenshot (OUTDIR/window.png) shows
#               the key grid (OCR finds "New key" and "Zapier"); it closes cleanly
#   upgrade     an MSI with a higher version replaces the installed one (one product left)
#   uninstall   `msiexec /x … /qn` removes the program, the shortcut and the registry value
#
# OUTDIR (default ci-artifacts/windows) gets window.png, ocr.txt and the logs.
#
# Environment:
#   PROFILE [release-windows-ci]  cargo profile for the .exe (see dist/README.md)
#   LINUX_BIN                     the Linux binary that serves the demo portal (default:
#                                 /usr/bin/docspace-keys, else target/release, target/debug)
#   SKIP_BUILD=1                  check what dist/windows/build.sh built last
#
# Wine 8 lacks bcryptprimitives.dll, which Rust's standard library needs: a small shim
# (dist/windows/wine-shim/) is built here and put next to the .exe under test. It is never
# part of the MSI; Windows has the real DLL.
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root" || exit 1
out_dir=${1:-$root/ci-artifacts/windows}
profile=${PROFILE:-release-windows-ci}
export PROFILE=$profile
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
exe="target/x86_64-pc-windows-gnu/$profile/docspace-keys.exe"
msi="target/windows/docspace-keys-$version-x86_64.msi"
product="DocSpace API Keys"
upgrade_code="{E90E1892-B21D-45E5-B462-E47C4666B0E8}"
wine=/usr/lib/wine/wine64
wineserver=/usr/lib/wine/wineserver64

# shellcheck source-path=SCRIPTDIR source=../lib/x11-session.sh
. "$root/dist/lib/x11-session.sh"

failures=0
pass() { echo "PASS $*"; }
fail() { echo "FAIL $*"; failures=$((failures + 1)); }
log() { printf '[windows check %s] %s\n' "$(date -u +%T)" "$*"; }
die() { echo "windows check: $*" >&2; exit 1; }

mkdir -p "$out_dir"
stage_started=$SECONDS

# --- build --------------------------------------------------------------------------------
if [ "${SKIP_BUILD:-0}" != 1 ]; then
    "$here/build.sh" || die "the build failed"
fi
if [ ! -f "$exe" ] || [ ! -f "$msi" ]; then die "no $exe or $msi (run dist/windows/build.sh)"; fi
build_seconds=$((SECONDS - stage_started))

log "installing Wine and the checking tools"
packages="wine64 wine icoutils msitools gcc-mingw-w64-x86-64 binutils-mingw-w64-x86-64 xvfb
  xdotool x11-utils x11-apps imagemagick tesseract-ocr tesseract-ocr-eng python3-xlib dbus procps"
needed=""
for package in $packages; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
        needed="$needed $package"
done
if [ -n "$needed" ]; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo=sudo
    $sudo apt-get update -qq
    # shellcheck disable=SC2086 # a list of package names
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
        $needed >/dev/null || die "could not install:$needed"
fi
xs_require_all || exit 2

xs_init
work=$XS_TMP/windows
mkdir -p "$work"
export WINEPREFIX=$work/prefix WINEDEBUG=-all WINEARCH=win64 WINEDLLOVERRIDES="mscoree,mshtml="
PORTAL_PID=
stop_wine() { timeout 20 "$wineserver" -k 2>/dev/null; timeout 20 "$wineserver" -w 2>/dev/null; }
# The clean-up of x11-session.sh, plus the demo portal and the Wine server.
windows_cleanup() {
    local status=$?
    [ -n "$PORTAL_PID" ] && kill "$PORTAL_PID" 2>/dev/null && wait "$PORTAL_PID" 2>/dev/null
    [ -d "$WINEPREFIX" ] && stop_wine
    xs_cleanup
    return $status
}
trap windows_cleanup EXIT

# --- the .exe -----------------------------------------------------------------------------
subsystem=$(x86_64-w64-mingw32-objdump -p "$exe" | sed -n 's/^Subsystem[[:space:]]*//p')
case $subsystem in
    *"(Windows GUI)"*) pass "pe: GUI subsystem ($subsystem)" ;;
    *) fail "pe: subsystem is '$subsystem', not Windows GUI" ;;
esac

resources=$(wrestool -l "$exe" 2>&1)
if grep -q -- '--type=14 ' <<<"$resources"; then
    pass "resources: icon group ($(grep -c -- '--type=3 ' <<<"$resources") icons)"
else
    fail "resources: no icon group in the .exe: $resources"
fi
# Version strings are UTF-16; dropping the zero bytes makes them greppable.
version_info=$(wrestool -x --raw --type=16 "$exe" 2>/dev/null | tr -d '\000')
if grep -q "ProductName$product" <<<"$version_info" &&
    grep -q "ProductVersion$version" <<<"$version_info"; then
    pass "resources: version information ($product $version)"
else
    fail "resources: the version resource lacks ProductName '$product' or ProductVersion $version"
fi

# --- the MSI ------------------------------------------------------------------------------
# msiinfo ends lines with CR LF.
msi_table() { msiinfo export "$msi" "$1" 2>/dev/null | tr -d '\r'; }
msi_property() { msi_table Property | awk -F'\t' -v name="$1" '$1 == name { print $2 }'; }
check_equal() { # WHAT EXPECTED ACTUAL
    if [ "$2" = "$3" ]; then pass "msi: $1 is $3"; else fail "msi: $1 is '$3', expected '$2'"; fi
}
check_equal "ProductName" "$product" "$(msi_property ProductName)"
check_equal "ProductVersion" "$version" "$(msi_property ProductVersion)"
check_equal "UpgradeCode" "$upgrade_code" "$(msi_property UpgradeCode)"
check_equal "ALLUSERS (per machine)" "1" "$(msi_property ALLUSERS)"
check_equal "ARPPRODUCTICON" "AppIcon.ico" "$(msi_property ARPPRODUCTICON)"
if msi_table File | awk -F'\t' '$3 == "docspace-keys.exe" { found = 1 } END { exit !found }'; then
    pass "msi: the File table holds docspace-keys.exe"
else
    fail "msi: no docspace-keys.exe in the File table"
fi
if msi_table Shortcut | awk -F'\t' -v name="$product" \
    '$2 == "ProgramMenuFolder" && $3 == name && $5 ~ /docspace-keys\.exe$/ && $9 == "AppIcon.ico" { found = 1 }
     END { exit !found }'; then
    pass "msi: Start-menu shortcut \"$product\" to docspace-keys.exe with the icon"
else
    fail "msi: no Start-menu shortcut \"$product\" with the icon"
fi
if msi_table File | grep -qi bcryptprimitives; then
    fail "msi: the Wine test shim is in the MSI"
fi

# --- install ------------------------------------------------------------------------------
# A display first: the Wine server keeps the environment it started with.
xs_start_xvfb 1280x800x24 || die "no X server"
win_path() { printf 'Z:%s' "$(realpath "$1" | sed 's|/|\\|g')"; }
log "wine msiexec /i $msi /qn"
timeout 300 "$wine" msiexec /i "$(win_path "$msi")" /qn >"$out_dir/msiexec-install.log" 2>&1
status=$?
install_dir="$WINEPREFIX/drive_c/Program Files/$product"
installed="$install_dir/docspace-keys.exe"
shortcut_found() {
    find "$WINEPREFIX/drive_c/ProgramData/Microsoft/Windows/Start Menu" \
        "$WINEPREFIX/drive_c/users" -name "$product.lnk" 2>/dev/null | grep -q .
}
if [ $status -eq 0 ] && cmp -s "$exe" "$installed"; then
    pass "install: msiexec put docspace-keys.exe into C:\\Program Files\\$product"
else
    fail "install: msiexec exited with $status; installed .exe present: $([ -f "$installed" ] && echo yes || echo no)"
fi
# Wine's msi puts an all-users shortcut into the user's Start menu; Windows uses ProgramData.
if shortcut_found; then pass "install: the Start-menu shortcut \"$product.lnk\" exists"
else fail "install: no Start-menu shortcut \"$product.lnk\""; fi

log "building the bcryptprimitives.dll shim for Wine, next to the installed .exe"
x86_64-w64-mingw32-gcc -O2 -shared -o "$install_dir/bcryptprimitives.dll" \
    "$here/wine-shim/bcryptprimitives.c" "$here/wine-shim/bcryptprimitives.def" -ladvapi32 ||
    die "could not build the shim"

app() { timeout 120 "$wine" "$installed" "$@"; }
if started=$(app --version 2>&1) && [ "$started" = "docspace-keys $version" ]; then
    pass "install: the installed .exe starts ($started)"
else
    fail "install: the installed .exe did not start: $started"
fi

# --- command line against the Linux demo portal --------------------------------------------
linux_bin=${LINUX_BIN:-}
for candidate in /usr/bin/docspace-keys target/release/docspace-keys target/debug/docspace-keys; do
    [ -n "$linux_bin" ] && break
    [ -x "$candidate" ] && linux_bin=$candidate
done
[ -x "$linux_bin" ] || die "no Linux docspace-keys to serve the demo portal (set LINUX_BIN)"
"$linux_bin" demo-portal --port 0 >"$work/portal.out" 2>"$work/portal.err" &
PORTAL_PID=$!
portal=
for _ in $(seq 100); do
    portal=$(sed -n '1s/^DocSpace demo portal: //p' "$work/portal.out" 2>/dev/null)
    [ -n "$portal" ] && break
    sleep 0.1
done
[ -n "$portal" ] || die "the demo portal did not start: $(cat "$work/portal.err")"
log "demo portal at $portal (pid $PORTAL_PID)"

credential_in_wine() { # Wine keeps its Credential Manager in the user's registry.
    stop_wine
    grep -qF "Credential Manager\\\\Generic: admin@example.com @ $portal" "$WINEPREFIX/user.reg"
}
# The CLI's output is kept, but never the created key's secret (keys create --json).
cli_log=$out_dir/cli.log
: >"$cli_log"
run_cli() { # ARGS...; stdin passes through
    local status
    echo "\$ docspace-keys.exe $*" >>"$cli_log"
    app "$@" >"$work/out" 2>"$work/err"
    status=$?
    cat "$work/err" >>"$cli_log"
    return $status
}

unset DOCSPACE_TOKEN DOCSPACE_PORTAL
if printf 'demo\n' | run_cli login --portal "$portal" --user admin@example.com --password-stdin &&
    grep -q "Signed in" "$work/err"; then
    pass "cli: login --password-stdin signed in"
else
    fail "cli: login failed: $(cat "$work/err")"
fi
if credential_in_wine; then pass "cli: the sign-in is in Wine's Credential Manager"
else fail "cli: no Credential Manager entry for admin@example.com @ $portal"; fi

list_names() { python3 -c 'import json, sys; [print(k["name"]) for k in json.load(open(sys.argv[1]))]' "$1"; }
if run_cli keys list --json </dev/null && names=$(list_names "$work/out") && grep -qx "Zapier automation" <<<"$names"; then
    pass "cli: keys list --json from the remembered sign-in ($(wc -l <<<"$names") keys)"
else
    fail "cli: keys list --json: $(cat "$work/err")"
fi

key_id=
if run_cli keys create --name "Wine check" --scope files:read --json </dev/null &&
    key_id=$(python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); assert d["key"] and d["name"] == "Wine check"; print(d["id"])' "$work/out" 2>/dev/null); then
    pass "cli: keys create made \"Wine check\" ($key_id) and gave its secret once"
else
    fail "cli: keys create: $(cat "$work/err")"
fi
rm -f "$work/out"
# The names are read whole first: `grep -q` stopping early would break the pipe.
if run_cli keys list --json </dev/null && names=$(list_names "$work/out") &&
    grep -qx "Wine check" <<<"$names"; then
    pass "cli: the new key is listed"
else
    fail "cli: the new key is not in keys list"
fi
if [ -n "$key_id" ] && run_cli keys delete "$key_id" </dev/null &&
    run_cli keys list --json </dev/null && names=$(list_names "$work/out") &&
    ! grep -qx "Wine check" <<<"$names"; then
    pass "cli: keys delete removed it"
else
    fail "cli: keys delete: $(cat "$work/err")"
fi

if run_cli logout </dev/null; then pass "cli: logout"; else fail "cli: logout: $(cat "$work/err")"; fi
if ! run_cli keys list </dev/null && grep -q "Not signed in" "$work/err"; then
    pass "cli: after logout, keys list says \"Not signed in\""
else
    fail "cli: after logout keys list still worked or said: $(cat "$work/err")"
fi
if ! credential_in_wine; then pass "cli: the Credential Manager entry is gone"
else fail "cli: the Credential Manager entry is still there after logout"; fi

# --- the window ---------------------------------------------------------------------------
xs_start_app "$out_dir/window.log" "$wine" "$installed" --demo
if ! xs_wait_window "$product" 120; then
    fail "window: no window \"$product\" within 120 s"
    tail -n 30 "$out_dir/window.log"
else
    pass "window: \"$product\" opened (id $WINDOW_ID)"
    timeout 5 xdotool windowmove "$WINDOW_ID" 0 0
    timeout 5 xdotool windowsize "$WINDOW_ID" 1280 800
    xs_settle 30 || log "the screen was still changing; taking the screenshot anyway"
    if xs_screenshot "$out_dir/window.png" "$WINDOW_ID"; then
        pass "window: screenshot $out_dir/window.png ($("$XS_CONVERT" "$out_dir/window.png" -format '%wx%h' info:))"
    else
        fail "window: could not take a screenshot"
    fi
    "$XS_CONVERT" "$out_dir/window.png" -resize 200% "$work/ocr.png" 2>/dev/null
    tesseract "$work/ocr.png" - >"$out_dir/ocr.txt" 2>/dev/null
    # OCR often loses the space between two short words ("Newkey"): compare without spaces.
    for text in "New key" "Zapier"; do
        if tr -d ' ' <"$out_dir/ocr.txt" | grep -qiF "${text// /}"; then pass "window: shows \"$text\""
        else fail "window: \"$text\" not found by OCR (see $out_dir/ocr.txt)"; fi
    done
    if xs_close_window "$WINDOW_ID" >/dev/null 2>&1 && xs_wait_exit 30; then
        if [ "$APP_STATUS" -eq 0 ]; then pass "window: closed, exit status 0"
        else fail "window: exit status $APP_STATUS after closing"; fi
    else
        fail "window: still running 30 s after the close request"
    fi
fi

# --- upgrade and uninstall ----------------------------------------------------------------
# The same .exe packaged as a higher version stands in for the next release.
next_version=$(awk -F. -v OFS=. '{ $3 += 1; print }' <<<"$version")
next_msi=$work/docspace-keys-$next_version-x86_64.msi
# Entries named "DocSpace API Keys" under Apps & features (the Uninstall key).
products() {
    awk -v name="\"DisplayName\"=\"$product\"" '
        /^\[/ { uninstall = index($0, "\\\\CurrentVersion\\\\Uninstall\\\\") > 0 }
        uninstall && $0 == name { count++ }
        END { print count + 0 }' "$WINEPREFIX/system.reg"
}
rm -f "$install_dir/bcryptprimitives.dll"
if wixl --arch x64 -D "Version=$next_version" -D "ExePath=$exe" -D IconPath=assets/icon.ico \
        -o "$next_msi" dist/windows/docspace-keys.wxs 2>"$work/wixl.err" &&
    timeout 300 "$wine" msiexec /i "$(win_path "$next_msi")" /qn >"$out_dir/msiexec-upgrade.log" 2>&1 &&
    stop_wine && [ "$(products)" = 1 ] &&
    grep -q '^"DisplayVersion"="'"$next_version"'"' "$WINEPREFIX/system.reg"; then
    pass "upgrade: $next_version replaced $version (one \"$product\" in Apps & features)"
else
    fail "upgrade: $(products) products after installing $next_version over $version"
fi
timeout 300 "$wine" msiexec /x "$(win_path "$next_msi")" /qn >"$out_dir/msiexec-uninstall.log" 2>&1
status=$?
stop_wine
if [ $status -eq 0 ] && [ ! -e "$installed" ] && ! shortcut_found && [ "$(products)" = 0 ] &&
    ! grep -qF '[Software\\DocSpace API Keys]' "$WINEPREFIX/system.reg"; then
    pass "uninstall: the program, the shortcut, its registry value and the Apps & features entry are gone"
else
    fail "uninstall: msiexec /x exited with $status; left: $(find "$install_dir" -type f -printf '%f ' 2>/dev/null)$(shortcut_found && echo 'shortcut ')$(products) entries"
fi

log "Windows stage: build ${build_seconds}s, checks $((SECONDS - stage_started - build_seconds))s"
if [ $failures -eq 0 ]; then
    echo "windows check: all passed"
else
    echo "windows check: $failures failed"
fi
[ $failures -eq 0 ]
