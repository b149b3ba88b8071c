#!/usr/bin/env bash
# One entry point for people and CI:
#   packaging/showroom.sh run  [showroom args]   install missing packages, build, open the demo development
#   packaging/showroom.sh test                   install missing packages, build, run every test headless
#   packaging/showroom.sh deps | build           the first steps alone
#   packaging/showroom.sh package                install missing packages, build, make the .deb and the tarball
# Environment: BUILD_DIR (default ./build), BUILD_TYPE (default RelWithDebInfo), SHOWROOM_SANITIZE=ON,
# SHOWROOM_FUZZ_SECONDS (per fuzz target during `test`, default 15, 0 skips).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
build_dir=${BUILD_DIR:-$root/build}
build_type=${BUILD_TYPE:-RelWithDebInfo}

install_deps() {
    mapfile -t wanted < <(grep -v '^\s*#' "$here/debian-packages.txt" | grep -v '^\s*$')
    # dpkg-query is fast; only call apt when something is really missing (idempotent, quick re-runs).
    missing=()
    for p in "${wanted[@]}"; do
        st=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
        [ "$st" = "install ok installed" ] || missing+=("$p")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        echo "showroom: all ${#wanted[@]} Debian packages present"
        return
    fi
    echo "showroom: installing ${#missing[@]} missing Debian packages: ${missing[*]}"
    sudo_cmd=()
    [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
    export DEBIAN_FRONTEND=noninteractive
    "${sudo_cmd[@]}" apt-get update -qq
    "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
    cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" \
        -DSHOWROOM_SANITIZE="${SHOWROOM_SANITIZE:-OFF}" "${launcher[@]}"
    cmake --build "$build_dir" --parallel "$(nproc)"
}

cmd=${1:-run}
[ $# -gt 0 ] && shift
case "$cmd" in
    deps) install_deps ;;
    build) install_deps; build ;;
    run)
        install_deps; build
        exec "$build_dir/app/showroom" --development "$build_dir/assets/demo" "$@"
        ;;
    test)
        install_deps; build
        # Bounded libFuzzer run over the importer, manifest parser and cache reader (clang + ASan/UBSan
        # in its own build folder); SHOWROOM_FUZZ_SECONDS=0 skips it. Before CTest so CTest's summary
        # stays the last line.
        fuzz_seconds=${SHOWROOM_FUZZ_SECONDS:-15}
        if [ "$fuzz_seconds" -gt 0 ]; then
            # A crash found here is reported loudly but does not fail the run: the known ones are inside
            # Assimp's readers and the app survives them (isolated import); the corpus replay tests in
            # CTest are the blocking check. Artifacts stay in $build_dir-fuzz/crashes/.
            # A fuzz build that does not compile is our defect and fails the run (exit 3 from the script).
            fuzz_status=0
            "$root/tests/fuzz/run-fuzz.sh" "$fuzz_seconds" "$build_dir-fuzz" || fuzz_status=$?
            case $fuzz_status in
                0) ;;
                1) echo "showroom: WARNING: fuzzing found a crash; see $build_dir-fuzz/crashes/" >&2 ;;
                *) echo "showroom: the fuzz build failed (exit $fuzz_status); see the messages above" >&2
                   exit 1 ;;
            esac
        fi
        cd "$build_dir"
        # A fresh build folder has no test timings: start from the ones in tests/ctest-costs.txt so the
        # longest tests start first rather than last (a long tail on 2 cores). CTest updates the file.
        if [ ! -s Testing/Temporary/CTestCostData.txt ] && [ -s "$root/tests/ctest-costs.txt" ]; then
            mkdir -p Testing/Temporary
            cp "$root/tests/ctest-costs.txt" Testing/Temporary/CTestCostData.txt
        fi
        ctest --output-on-failure --parallel "$(nproc)" --timeout 600 "$@"
        ;;
    package)
        install_deps; build
        (cd "$build_dir" && cpack)   # docs/installing.md
        ;;
    *) echo "usage: $0 run|test|deps|build|package" >&2; exit 2 ;;
esac
