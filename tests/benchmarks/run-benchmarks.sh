#!/usr/bin/env bash
# Builds the optimised benchmarks (release preset with the benchmark
# binaries and the tests' real-app harness) and runs them, printing their
# figures (docs/BENCHMARKS.md records them). Only loopback is contacted.
#
# Usage: run-benchmarks.sh [NAME...]   (default: all, about 15 minutes)
#   decode          EventSub frames decoded per second on one core
#   frame-to-row    frame-to-row latency against the simulator at 1,000 events/s
#   history-switch  UI-thread work per switch through 20 favourites with 500 events each
#   app-start       start-up, streamer page ready and its memory, against floors
#   background      memory in the tray after the hand-over, wake-ups and CPU
# The last two run the real executables in a headless desktop session
# (Xvfb, a private D-Bus with a tray and a notification service, an
# unlocked GNOME Keyring); nothing else should run on the machine meanwhile.
set -euo pipefail
cd "$(dirname "$0")/../.."
all=(decode frame-to-row history-switch app-start background)
names=("$@")
[ ${#names[@]} -gt 0 ] || names=("${all[@]}")
targets=()
for name in "${names[@]}"; do
    case "$name" in
    decode) targets+=(streamside-bench-event-decode) ;;
    frame-to-row) targets+=(streamside-bench-frame-to-row) ;;
    history-switch) targets+=(streamside-bench-history-switch) ;;
    app-start) targets+=(streamside-bench-app-start streamside) ;;
    background) targets+=(streamside-bench-background-memory streamside) ;;
    *) echo "run-benchmarks: unknown benchmark '$name' (known: ${all[*]})" >&2; exit 2 ;;
    esac
done
cmake --preset release -DSTREAMSIDE_BUILD_BENCHMARKS=ON -DSTREAMSIDE_BUILD_TESTS=ON >/dev/null
cmake --build --preset release --target "${targets[@]}"

in_desktop_session() {
    tests/support/with-desktop-session.sh bash -c \
        'echo -n streamside-bench | gnome-keyring-daemon --unlock --components=secrets >/dev/null &&
         exec "$0"' "$1"
}

echo "== $(date -u +%FT%TZ) on $(nproc) cores:$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2)," \
    "$(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), $(uname -r)," \
    "commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
for name in "${names[@]}"; do
    echo
    echo "== $name"
    case "$name" in
    decode) build/release/bin/streamside-bench-event-decode --benchmark_min_time=2 ;;
    frame-to-row) build/release/bin/streamside-bench-frame-to-row ;;
    history-switch) build/release/bin/streamside-bench-history-switch ;;
    app-start) in_desktop_session build/release/bin/streamside-bench-app-start ;;
    background) in_desktop_session build/release/bin/streamside-bench-background-memory ;;
    esac
done
