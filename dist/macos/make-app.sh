#!/usr/bin/env bash
# Assembles "DocSpace API Keys.app" (and a .dmg) from a built binary. Run on macOS.
#
#   cargo build --release --target aarch64-apple-darwin
#   cargo build --release --target x86_64-apple-darwin
#   dist/macos/make-app.sh target/aarch64-apple-darwin/release/docspace-keys \
#                          target/x86_64-apple-darwin/release/docspace-keys
#
# Arguments: one binary, or two (one per architecture) that lipo merges into a universal
# binary. Default: target/release/docspace-keys.
#
# Environment:
#   OUT_DIR               where the .app and .dmg go (default: target/macos)
#   MACOS_SIGN_IDENTITY   e.g. "Developer ID Application: Example Ltd (TEAMID1234)".
#                         Unset: ad-hoc signature, fine on the build machine only: other Macs
#                         refuse it (Gatekeeper) and the keychain asks on every read.
#   MACOS_NOTARY_PROFILE  a profile saved with `xcrun notarytool store-credentials`; when set
#                         (with an identity) the .dmg is notarized and the ticket stapled.
#   MAKE_DMG=0            stop after the .app.
#
# Result: OUT_DIR/DocSpace API Keys.app
#           Contents/Info.plist            from dist/macos/Info.plist
#           Contents/PkgInfo
#           Contents/MacOS/docspace-keys   the binary (CFBundleExecutable)
#           Contents/Resources/AppIcon.icns from assets/icon.icns (CFBundleIconFile)
#         OUT_DIR/DocSpace-API-Keys-<version>.dmg   the .app plus an Applications link
# On a machine that is not a Mac only the .app folder is assembled (for checking the layout).
set -euo pipefail

APP_NAME="DocSpace API Keys"
EXECUTABLE=docspace-keys
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out_dir=${OUT_DIR:-$root/target/macos}
binaries=("$@")
[ ${#binaries[@]} -eq 0 ] && binaries=("$root/target/release/$EXECUTABLE")

die() { echo "make-app: $*" >&2; exit 1; }

# The bundle's version must be the crate's version.
crate_version=$(sed -n 's/^version = "\(.*\)"$/\1/p' "$root/Cargo.toml" | head -n 1)
plist_version=$(grep -A1 '<key>CFBundleShortVersionString</key>' "$here/Info.plist" \
    | sed -n 's/.*<string>\(.*\)<\/string>.*/\1/p')
[ "$crate_version" = "$plist_version" ] ||
    die "Info.plist says $plist_version but Cargo.toml says $crate_version; update both"

for binary in "${binaries[@]}"; do
    [ -f "$binary" ] || die "no binary at $binary (build it first)"
done
[ ${#binaries[@]} -le 2 ] || die "give one binary, or two to merge into a universal one"
[ -f "$root/assets/icon.icns" ] || die "assets/icon.icns is missing (run dist/make-icons.sh)"

app="$out_dir/$APP_NAME.app"
rm -rf "$app"
mkdir -p "$app/Contents/MacOS" "$app/Contents/Resources"

if [ ${#binaries[@]} -eq 2 ]; then
    lipo -create -output "$app/Contents/MacOS/$EXECUTABLE" "${binaries[@]}"
else
    cp "${binaries[0]}" "$app/Contents/MacOS/$EXECUTABLE"
fi
chmod 755 "$app/Contents/MacOS/$EXECUTABLE"
cp "$here/Info.plist" "$app/Contents/Info.plist"
cp "$root/assets/icon.icns" "$app/Contents/Resources/AppIcon.icns"
printf 'APPL????' >"$app/Contents/PkgInfo"
echo "make-app: assembled $app"

if [ "$(uname -s)" != Darwin ]; then
    echo "make-app: not on macOS, so the bundle is not signed and no .dmg is made"
    exit 0
fi

plutil -lint "$app/Contents/Info.plist" >/dev/null

# Sign with the hardened runtime (required for notarization). The app needs no
# entitlements: it is not sandboxed, OpenGL and the login keychain need none.
if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
    codesign --force --options runtime --timestamp --sign "$MACOS_SIGN_IDENTITY" "$app"
else
    echo "make-app: MACOS_SIGN_IDENTITY not set; signing ad hoc (for this Mac only)"
    codesign --force --options runtime --sign - "$app"
fi
codesign --verify --strict --verbose=2 "$app"

[ "${MAKE_DMG:-1}" = 0 ] && exit 0

dmg="$out_dir/DocSpace-API-Keys-$crate_version.dmg"
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname "$APP_NAME" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$dmg" >/dev/null
echo "make-app: wrote $dmg"

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
    codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$dmg"
    if [ -n "${MACOS_NOTARY_PROFILE:-}" ]; then
        # Apple scans the upload and issues a ticket; stapling it lets Gatekeeper accept the
        # app offline on first launch.
        xcrun notarytool submit "$dmg" --keychain-profile "$MACOS_NOTARY_PROFILE" --wait
        xcrun stapler staple "$dmg"
        spctl --assess --type open --context context:primary-signature --verbose=2 "$dmg"
    else
        echo "make-app: MACOS_NOTARY_PROFILE not set; the .dmg is signed but not notarized"
    fi
fi
