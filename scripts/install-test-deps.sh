#!/bin/sh
# Installs the Debian packages the full test suite needs: a virtual display for
# the window and clipboard tests, a real Secret Service for the keychain test, and
# the fonts a desktop has for every script (the UI tests fail on a missing glyph).
set -eu
PACKAGES="xvfb xauth xclip xdotool x11-apps imagemagick dbus dbus-bin gnome-keyring libgl1-mesa-dri libegl1 libxkbcommon-x11-0 fonts-noto-cjk fonts-noto-core fonts-noto-color-emoji"
missing=""
for package in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing="$missing $package"
done
[ -z "$missing" ] && exit 0
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
