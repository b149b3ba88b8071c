#!/usr/bin/env bash
# Runs every libFuzzer target for SECONDS each, starting from our generated seed corpora.
#   tests/fuzz/run-fuzz.sh SECONDS [BUILD_DIR]
# Configures a separate clang build (default: build-fuzz next to the source tree) with
# -DSHOWROOM_FUZZ=ON, ASan + UBSan and coverage instrumentation, builds only the fuzz targets, and keeps
# each target's corpus in BUILD_DIR/corpus/<target> (it grows across runs). Crashes are written to
# BUILD_DIR/crashes/<target>/; the script exits 1 if any target found one, 3 if the build failed.
set -euo pipefail
seconds=${1:?usage: run-fuzz.sh SECONDS [BUILD_DIR]}
src=$(cd "$(dirname "$0")/../.." && pwd)
build=${2:-$src/../build-fuzz}
command -v clang++ >/dev/null || { echo "run-fuzz.sh: clang++ is not installed (apt-get install clang)" >&2; exit 2; }

# Exit codes: 1 = a target found a crash; 3 = the fuzz build itself failed (a broken build is a defect
# of ours, never a finding, so callers must not treat it like one).
cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DSHOWROOM_FUZZ=ON \
    -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined" \
    -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null \
    || { echo "run-fuzz.sh: configuring the fuzz build in $build failed" >&2; exit 3; }
targets=(import manifest cache ifc)
cmake --build "$build" --target fuzz_seeds "${targets[@]/#/fuzz_}" -j"$(nproc)" \
    || { echo "run-fuzz.sh: building the fuzz targets failed" >&2; exit 3; }

export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
failed=0
for t in "${targets[@]}"; do
    exe=$(find "$build" -name "fuzz_$t" -type f -perm -u+x | head -n1)
    seeds=$(find "$build" -name fuzz_seeds -type f -perm -u+x | head -n1)
    mkdir -p "$build/corpus/$t" "$build/crashes/$t"
    "$seeds" "$t" "$build/corpus/$t"
    echo "== fuzz_$t for ${seconds}s"
    # -rss_limit_mb: a hostile header must be refused before it allocates, not after.
    if ! "$exe" "$build/corpus/$t" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=4096 -max_len=1048576 \
        -artifact_prefix="$build/crashes/$t/" -print_final_stats=1 2>"$build/fuzz_$t.log"; then
        echo "fuzz_$t FAILED: see $build/fuzz_$t.log and $build/crashes/$t/" >&2
        tail -n 40 "$build/fuzz_$t.log" >&2
        failed=1
    else
        grep -E "^(Done|stat::number_of_executed_units|stat::peak_rss_mb)" "$build/fuzz_$t.log" || true
    fi
done
exit $failed
