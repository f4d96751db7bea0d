#!/usr/bin/env bash
# The soak test: builds streamside-soak (and the app, the simulator and the
# fakes it drives), then runs it in a headless desktop session: Xvfb, a
# private D-Bus session with a tray and a notification service, and an
# unlocked GNOME Keyring. Only loopback is contacted. See README, "Soak test".
#
# Usage: run-soak.sh [--preset dev|release] [streamside-soak options...]
#   --preset dev      (default) the dev build, as the test suite (and CI) has
#                     it: only what the soak needs is built on top
#   --preset release  an optimised build in build/release; turns the tests
#                     (the real-app harness) on in that build tree
#   --minutes M       length of the run (default 30; CI runs 2)
#   --seed N          replay the faults of an earlier run
#   --output DIR      (default build/<preset>/soak/<time>)
# The run's figures are printed at the end and kept, with the app's log and
# the simulator's ledger, in the output folder. Exit code 0: every check passed.
set -euo pipefail
cd "$(dirname "$0")/../.."
preset=dev
args=()
output=
while [ $# -gt 0 ]; do
    case "$1" in
    --preset) preset="$2"; shift 2 ;;
    --preset=*) preset="${1#--preset=}"; shift ;;
    --output) output="$2"; shift 2 ;;
    --output=*) output="${1#--output=}"; shift ;;
    *) args+=("$1"); shift ;;
    esac
done
case "$preset" in
release) cmake --preset release -DSTREAMSIDE_BUILD_TESTS=ON >/dev/null ;;
dev) [ -f build/dev/CMakeCache.txt ] || cmake --preset dev >/dev/null ;;
*) echo "run-soak: --preset must be release or dev" >&2; exit 2 ;;
esac
cmake --build --preset "$preset" --target streamside-soak
[ -n "$output" ] || output="$PWD/build/$preset/soak/$(date +%Y%m%d-%H%M%S)"
mkdir -p "$output"
output=$(cd "$output" && pwd)

tests/support/with-desktop-session.sh bash -c \
    'echo -n streamside-soak | gnome-keyring-daemon --unlock --components=secrets >/dev/null &&
     exec "$0" "$@"' "build/$preset/bin/streamside-soak" --output "$output" "${args[@]}"
