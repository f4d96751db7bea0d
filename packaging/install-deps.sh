#!/usr/bin/env bash
# Installs every Debian 12 package that building, testing and running the demo
# of Streamside needs. Installs only what is missing; safe to run repeatedly.
set -euo pipefail

packages=(
  # toolchain
  cmake ninja-build g++ pkg-config git clang-format
  # Qt 6.4 and the libraries the app links
  qt6-base-dev qt6-base-dev-tools qt6-websockets-dev qt6-httpserver-dev
  qt6-webengine-dev qt6-webengine-dev-tools qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-svg-dev qt6-qpa-plugins libqt6sql6-sqlite libgl-dev
  qtkeychain-qt6-dev libsodium-dev libsimdjson-dev
  # Qt's own translations (standard dialogs; Arabic's right-to-left layout)
  qt6-translations-l10n
  # tests and benchmarks
  libgtest-dev libgmock-dev libbenchmark-dev
  # headless display, D-Bus session and keyring for the UI and keychain tests
  xvfb xauth dbus dbus-x11 gnome-keyring
  # fonts so that screenshots and offscreen rendering show real text
  fonts-dejavu-core fonts-wqy-microhei
  # the simulator's player renders a short H.264 clip at build time
  ffmpeg
  # installer packages and their checks (cmake --workflow --preset package)
  dpkg-dev rpm lintian desktop-file-utils appstream
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages are already installed."
  exit 0
fi

echo "install-deps: installing ${#missing[@]} missing package(s): ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo)
else
  cat >&2 <<MSG
install-deps: these Debian packages are missing and this user cannot install them:
  ${missing[*]}
Run this script as root (or install sudo), or ask an administrator to run:
  apt-get install ${missing[*]}
MSG
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -q
"${as_root[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
