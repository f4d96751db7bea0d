#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked GNOME Keyring
# (a real Secret Service), the way a desktop session provides one, headless.
# Everything it writes lives in a temporary home that is removed afterwards.
set -euo pipefail
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config"
export XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- bash -c '
    echo -n streamside-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    "$@"' bash "$@"
