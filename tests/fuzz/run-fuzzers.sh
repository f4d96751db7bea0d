#!/usr/bin/env bash
# Builds the fuzz targets with clang (the `fuzz` preset) and runs each for
# RUNS inputs (default 10 million), one after the other:
#
#   tests/fuzz/run-fuzzers.sh                       # every target
#   tests/fuzz/run-fuzzers.sh loopback-callback     # only those named
#
# Targets: eventsub-frame (seeded with Twitch's official examples,
# tests/data/twitch-vectors), loopback-callback (requests Chromium sent to
# the loopback login listener, tests/fuzz/corpus/loopback-callback) and
# helix-response (answers of the simulator's Helix, each after the path it
# answered, tests/fuzz/corpus/helix-response). Each run keeps its corpus in
# build/fuzz/corpus/TARGET and its log in build/fuzz/logs/TARGET.log, and
# prints libFuzzer's final statistics and a summary line (inputs, seconds,
# inputs per second). Exits non-zero on a crash or a sanitizer report,
# leaving the reproducer in build/fuzz/artifacts/.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${RUNS:-10000000}
all_targets=(eventsub-frame loopback-callback helix-response)
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${all_targets[@]}")

seeds() {
    case "$1" in
    eventsub-frame) echo tests/data/twitch-vectors/*.json ;;
    *) echo "tests/fuzz/corpus/$1"/* ;;
    esac
}

max_len() {
    case "$1" in
    loopback-callback) echo 20000 ;; # a head and a body at their limits, and more
    # The readers are linear in the body: a longer one adds time, not paths
    # (a full page of 100 streams is about 60 KB), and the time is needed for
    # 10 million inputs.
    helix-response) echo 4096 ;;
    *) echo 65536 ;;
    esac
}

for target in "${targets[@]}"; do
    case " ${all_targets[*]} " in
    *" $target "*) ;;
    *) echo "unknown target '$target' (known: ${all_targets[*]})" >&2; exit 2 ;;
    esac
done

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target "${targets[@]/#/streamside-fuzz-}"
mkdir -p build/fuzz/artifacts build/fuzz/logs

for target in "${targets[@]}"; do
    corpus=build/fuzz/corpus/$target
    log=build/fuzz/logs/$target.log
    mkdir -p "$corpus"
    # shellcheck disable=SC2046
    cp $(seeds "$target") "$corpus/"
    dictionary=()
    [ -f "tests/fuzz/$target.dict" ] && dictionary=(-dict="tests/fuzz/$target.dict")
    echo "== $target: $runs inputs (progress in $log)"
    start=$(date +%s)
    status=0
    "build/fuzz/bin/streamside-fuzz-$target" "$corpus" "${dictionary[@]}" \
        -runs="$runs" -max_len="$(max_len "$target")" -print_final_stats=1 \
        -artifact_prefix=build/fuzz/artifacts/ >"$log" 2>&1 || status=$?
    seconds=$(( $(date +%s) - start ))
    grep -E '^(stat::|Done )' "$log" || true
    if [ "$status" -ne 0 ]; then
        tail -n 60 "$log"
        echo "$target: FAILED (exit status $status) after ${seconds} s" >&2
        exit "$status"
    fi
    executed=$(sed -n 's/^stat::number_of_executed_units: //p' "$log")
    echo "$target: $executed inputs in $seconds s ($(( executed / (seconds > 0 ? seconds : 1) )) per second)"
done
