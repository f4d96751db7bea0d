#!/usr/bin/env bash
# Builds the optimised benchmarks (release preset plus the benchmark
# binaries) and runs each, printing its figures. Only loopback is contacted.
set -euo pipefail
cd "$(dirname "$0")/../.."
cmake --preset release -DSTREAMSIDE_BUILD_BENCHMARKS=ON >/dev/null
cmake --build --preset release --target streamside-bench-event-decode streamside-bench-frame-to-row \
    streamside-bench-history-switch
echo "== $(date -u +%FT%TZ) on $(nproc) cores: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2)"
build/release/bin/streamside-bench-event-decode --benchmark_min_time=2
build/release/bin/streamside-bench-frame-to-row
build/release/bin/streamside-bench-history-switch
