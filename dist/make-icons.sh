#!/usr/bin/env bash
# Renders every raster icon from the hand-written source assets/icon.svg:
#   assets/icons/hicolor/<N>x<N>/apps/io.github.docspace_keys.DocSpaceKeys.png  (freedesktop theme)
#   assets/icon-256.png   window icon, embedded by the app with include_bytes!
#   assets/icon.ico       Windows executable icon (16…256 px), embedded by build.rs
#   assets/icon.icns      macOS bundle icon (16…512 px), used by dist/macos/make-app.sh
# The outputs are committed, so building the app never needs these tools.
# Needs (Debian): librsvg2-bin (rsvg-convert), imagemagick (convert), icnsutils (png2icns).
set -euo pipefail

APP_ID=io.github.docspace_keys.DocSpaceKeys
root=$(cd "$(dirname "$0")/.." && pwd)
svg="$root/assets/icon.svg"
assets="$root/assets"
# /usr/local/bin/convert may be a different program on some machines; use ImageMagick's.
CONVERT=${CONVERT:-/usr/bin/convert}

for tool in rsvg-convert "$CONVERT" png2icns; do
    command -v "$tool" >/dev/null || { echo "make-icons: missing $tool" >&2; exit 1; }
done

render() { # size output
    rsvg-convert --width "$1" --height "$1" --keep-aspect-ratio "$svg" --output "$2"
}

for n in 16 24 32 48 64 128 256 512; do
    dir="$assets/icons/hicolor/${n}x${n}/apps"
    mkdir -p "$dir"
    render "$n" "$dir/$APP_ID.png"
done
cp "$assets/icons/hicolor/256x256/apps/$APP_ID.png" "$assets/icon-256.png"

png() { echo "$assets/icons/hicolor/${1}x${1}/apps/$APP_ID.png"; }

# Windows: one .ico holding the sizes Explorer and the taskbar ask for.
"$CONVERT" "$(png 16)" "$(png 24)" "$(png 32)" "$(png 48)" "$(png 64)" "$(png 128)" "$(png 256)" \
    "$assets/icon.ico"

# macOS: png2icns picks the icon type from each image's size (16, 32, 48, 128, 256, 512).
png2icns "$assets/icon.icns" "$(png 16)" "$(png 32)" "$(png 48)" "$(png 128)" "$(png 256)" "$(png 512)" \
    >/dev/null

echo "make-icons: wrote $(find "$assets/icons" -name '*.png' | wc -l) theme PNGs, icon-256.png, icon.ico, icon.icns"
