#!/usr/bin/env bash
# Runs the background-memory benchmark (BackgroundMemoryBenchmark.cpp) in a
# headless desktop session with a tray, a notification service and an
# unlocked GNOME Keyring. Takes about three minutes. Only loopback is
# contacted. Usage: background-memory.sh [BUILD_DIR] (default build/release).
set -euo pipefail
cd "$(dirname "$0")/../.."
build="${1:-build/release}"
if [ "$build" = build/release ]; then
    cmake --preset release -DSTREAMSIDE_BUILD_TESTS=ON -DSTREAMSIDE_BUILD_BENCHMARKS=ON >/dev/null
    cmake --build --preset release --target streamside-bench-background-memory
fi
echo "== $(date -u +%FT%TZ) on $(nproc) cores: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2)"
exec tests/support/with-desktop-session.sh bash -c \
    'echo -n streamside-bench | gnome-keyring-daemon --unlock --components=secrets >/dev/null &&
     exec "$0"' "$build/bin/streamside-bench-background-memory"
