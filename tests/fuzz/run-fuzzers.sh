#!/usr/bin/env bash
# Builds the fuzz targets with clang (the `fuzz` preset) and runs each for
# RUNS inputs (default 10 million), seeded from Twitch's official examples.
# Prints libFuzzer's final statistics; exits non-zero on a crash or a
# sanitizer report, leaving the reproducer in build/fuzz/artifacts/.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${RUNS:-10000000}
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target streamside-fuzz-eventsub-frame
corpus=build/fuzz/corpus/eventsub-frame
mkdir -p "$corpus" build/fuzz/artifacts
cp tests/data/twitch-vectors/*.json "$corpus/"
build/fuzz/bin/streamside-fuzz-eventsub-frame "$corpus" \
    -runs="$runs" -max_len=65536 -print_final_stats=1 \
    -artifact_prefix=build/fuzz/artifacts/
