#!/usr/bin/env bash
# CTest fixture of the packaging tests: CPack makes the Debian package and the tarball from this build
# tree (no rebuild: the build that CTest tests), into OUT, which holds nothing else afterwards.
#   build-package.sh BUILD_DIR OUT
set -euo pipefail
build=$1
out=$2
rm -rf "$out"
mkdir -p "$out"
# Files in the package get the modes install() gives them, whatever the caller's umask.
umask 022
# The packages' time stamps: the last commit's, so two builds of one commit give the same package.
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git -C "$(dirname "$0")" log -1 --format=%ct 2>/dev/null || date +%s)}
start=$(date +%s)
if ! cpack --config "$build/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1; then
    cat "$out/cpack.log" >&2
    echo "build-package.sh: cpack failed (log above)" >&2
    exit 1
fi
rm -rf "$out/_CPack_Packages"
ls -l "$out"/*.deb "$out"/*.tar.gz
echo "build-package.sh: packages made in $(($(date +%s) - start)) s"
