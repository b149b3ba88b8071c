#!/usr/bin/env bash
# qmllint over every QML module of the app, resolving imports through the URI-shaped module tree the
# build writes (build/qml). It lints the copies the build puts next to each module's qmldir
# (build/qml/Showroom/Site/SiteStage.qml is qml/site/SiteStage.qml), so a module's own singletons and
# types resolve as they do at run time. Fails on any warning that is not listed, with its reason, in
# known-warnings.txt (Qt 6.4's false positives). Usage: run-qmllint.sh BUILD_DIR SOURCE_DIR
set -uo pipefail
build=${1:?build folder}
src=${2:?source folder}
qmllint=${QMLLINT:-/usr/lib/qt6/bin/qmllint}
known="$src/tests/qmllint/known-warnings.txt"
[ -x "$qmllint" ] || { echo "qmllint: $qmllint not found (Debian package qt6-declarative-dev-tools)"; exit 1; }

# The files each module's qmldir lists (never stale copies a moved file left in the build folder).
mapfile -t files < <(cd "$build/qml" && for d in $(find Showroom -name qmldir -printf '%h\n' | sort); do
    awk -v d="$d" '$NF ~ /\.qml$/ { print d "/" $NF }' "$d/qmldir"
done | sort -u)
[ ${#files[@]} -gt 0 ] || { echo "qmllint: no QML modules under $build/qml (build first)"; exit 1; }
out=$(cd "$build/qml" && "$qmllint" -I "$build/qml" "${files[@]}" 2>&1)
# One line per finding: "Warning: Showroom/Site/SiteStage.qml:12:5: message" (6.4 prints the file and
# position in the line; continuation lines of a finding start with spaces and are skipped).
mapfile -t warnings < <(printf '%s\n' "$out" | grep -E '^(Warning|Info): ' | sed -E 's/^(Warning|Info): //')
new=0
for w in "${warnings[@]}"; do
    [ -n "$w" ] || continue
    file=${w%%:*}
    listed=0
    while IFS='|' read -r kfile kmessage kreason; do
        [[ -z "$kfile" || "$kfile" == \#* ]] && continue
        if [[ "$file" == "$kfile" && "$w" == *"$kmessage"* ]]; then
            listed=1
            break
        fi
    done < "$known"
    if [ $listed -eq 0 ]; then
        echo "qmllint: NEW $w"
        new=$((new + 1))
    fi
done
echo "qmllint: ${#files[@]} files, ${#warnings[@]} warnings, $new not in known-warnings.txt"
[ $new -eq 0 ]
