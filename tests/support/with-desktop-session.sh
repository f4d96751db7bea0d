#!/usr/bin/env bash
# Runs a command the way a desktop session runs an app, headless: on its own
# X display (Xvfb, on a display number it picks itself, so that runs in
# parallel do not collide) with the xcb platform, and inside a private D-Bus
# session bus. The desktop's services on that bus (tray, notifications) are
# the test's business: see tests/ui/fake-desktop-services. Everything it
# writes lives in a temporary home that is removed afterwards.
set -euo pipefail
home=$(mktemp -d)
xvfb_pid=
cleanup() {
    if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; fi
    rm -rf "$home"
}
trap cleanup EXIT
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config"
export XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
# Whatever desktop the caller runs in must not choose Qt's theme or tray.
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION QT_QPA_PLATFORMTHEME KDE_FULL_SESSION GNOME_DESKTOP_SESSION_ID

# Xvfb writes the display number it took to the fifo once it accepts
# connections; reading it waits for exactly that.
mkfifo "$home/display"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$home/display" 2>"$home/xvfb.log" &
xvfb_pid=$!
read -r display <"$home/display" || true
if [ -z "${display:-}" ]; then
    echo "with-desktop-session: Xvfb did not start:" >&2
    cat "$home/xvfb.log" >&2
    exit 1
fi
export DISPLAY=":$display" QT_QPA_PLATFORM=xcb

# A session bus that starts no service installed on this machine (a real
# notification daemon would answer in the fakes' place); services a test
# wants started on demand go into $STREAMSIDE_TEST_DBUS_SERVICE_DIR.
export STREAMSIDE_TEST_DBUS_SERVICE_DIR="$home/dbus-services"
mkdir -p "$STREAMSIDE_TEST_DBUS_SERVICE_DIR" "$home/bus"
cat >"$home/session.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=$home/bus</listen>
  <auth>EXTERNAL</auth>
  <servicedir>$STREAMSIDE_TEST_DBUS_SERVICE_DIR</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
CONF
dbus-run-session --config-file="$home/session.conf" -- "$@"
