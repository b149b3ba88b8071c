#!/usr/bin/env bash
# The robot visitor through the real executable: showroom --kiosk --robot N --db FILE must print its one
# line, every event it counted must be in the database under its sessions (checked here again with the
# sqlite3 tool, independently of the robot's own check), its sessions marked 'robot', no event without
# a session, no QML warning. With N >= 100 (the soak): resident memory after warm-up (the first tenth of
# the visits, KioskRobot.h says why) grows < 5 %.
# Usage: robot-check.sh SHOWROOM N   (run under tests/with-xvfb.sh)
set -u
showroom=$1
n=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
db=$tmp/robot.db
start=$(date +%s)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
"$showroom" --kiosk --robot "$n" --db "$db" >"$tmp/out" 2>"$tmp/err"
rc=$?
end=$(date +%s)
cat "$tmp/out"
grep '^robot:' "$tmp/err" >&2
# A leak report at exit makes the process exit non-zero after the robot's work is done (its line printed):
# the leaks are judged below, not here.
if [ $rc -ne 0 ] && ! { grep -q 'ERROR: LeakSanitizer' "$tmp/err" && grep -q '^robot: sessions' "$tmp/out"; }; then
    echo "FAIL: showroom exited $rc" >&2
    tail -20 "$tmp/err" >&2
    exit 1
fi
line=$(tail -n1 "$tmp/out")
if ! [[ $line =~ ^robot:\ sessions\ ([0-9]+)\ events\ ([0-9]+)\ rss_start_kb\ ([0-9]+)\ rss_end_kb\ ([0-9]+)$ ]]; then
    echo "FAIL: the last line is not the robot's: '$line'" >&2
    exit 1
fi
sessions=${BASH_REMATCH[1]}; events=${BASH_REMATCH[2]}; rss_start=${BASH_REMATCH[3]}; rss_end=${BASH_REMATCH[4]}
fail=0
[ "$sessions" -eq "$n" ] || { echo "FAIL: $sessions sessions, asked for $n" >&2; fail=1; }
[ "$events" -gt "$n" ] || { echo "FAIL: only $events events in $n sessions" >&2; fail=1; }
q() { python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])' "$db" "$1"; }
stored=$(q "SELECT count(*) FROM events e JOIN sessions s ON e.session_id = s.id WHERE s.mode = 'robot'")
[ "$stored" -eq "$events" ] || { echo "FAIL: the robot counted $events events, the database holds $stored" >&2; fail=1; }
robot_sessions=$(q "SELECT count(*) FROM sessions WHERE mode = 'robot' AND end_reason = 'idle_timeout'")
[ "$robot_sessions" -eq "$n" ] || { echo "FAIL: $robot_sessions robot sessions ended idle_timeout, expected $n" >&2; fail=1; }
other=$(q "SELECT count(*) FROM sessions WHERE mode IS NOT 'robot'")
[ "$other" -eq 0 ] || { echo "FAIL: $other sessions not marked robot" >&2; fail=1; }
orphans=$(q "SELECT count(*) FROM events WHERE session_id IS NULL")
[ "$orphans" -eq 0 ] || { echo "FAIL: $orphans events outside any session (recorded during the attract loop?)" >&2; fail=1; }
warnings=$(sed -n 's/^robot: qml_warnings \([0-9]*\).*/\1/p' "$tmp/err")
[ "${warnings:-x}" = 0 ] || { echo "FAIL: QML warnings: ${warnings:-unknown}" >&2; grep -m20 '\.qml:' "$tmp/err" >&2; fail=1; }
if grep -q -i 'segmentation\|aborted\|ERROR: AddressSanitizer\|runtime error:' "$tmp/err"; then
    echo "FAIL: a crash or sanitizer report:" >&2; grep -i -m20 'sanitizer\|segmentation\|aborted\|runtime error' "$tmp/err" >&2; fail=1
fi
# LeakSanitizer (a -DSHOWROOM_SANITIZE=ON build): a leak whose stack passes through our code or Qt fails.
# Others are reported but allowed up to 64 KB in all: libdbus's, and the GL driver's, which Mesa unloads
# when the display closes, so their frames read "<unknown module>" (they do not grow with the visits).
if grep -q 'ERROR: LeakSanitizer' "$tmp/err"; then
    python3 - "$tmp/err" "$showroom" <<'PY' || fail=1
import re, sys
text = open(sys.argv[1], errors='replace').read()
ours, theirs = [], []
for block in re.split(r'\n(?=(?:Direct|Indirect) leak of )', text)[1:]:
    block = block.split('\n\n')[0]
    size = int(re.match(r'\w+ leak of (\d+) byte', block).group(1))
    frames = [l for l in block.splitlines()[1:] if re.match(r'\s*#\d+ ', l) and 'libsanitizer' not in l]
    mine = any(('/work/' in f or 'showroom' in f or 'libQt6' in f or '/app/' in f) for f in frames)
    (ours if mine else theirs).append((size, frames[:1]))
total = sum(s for s, _ in theirs)
print(f"leaks: ours {len(ours)} ({sum(s for s, _ in ours)} bytes), outside our code and Qt {len(theirs)} ({total} bytes)",
      file=sys.stderr)
if ours:
    print("FAIL: LeakSanitizer found leaks through our code or Qt (see the report above)", file=sys.stderr)
    sys.exit(1)
if total > 65536:
    print(f"FAIL: {total} bytes leaked outside our code (limit 64 KB)", file=sys.stderr)
    sys.exit(1)
PY
fi
if [ "$n" -ge 100 ]; then
    warm=$(sed -n 's/.*rss_warm_kb \([0-9]*\).*/\1/p' "$tmp/err")
    growth=$(python3 -c "print(round(100.0 * ($rss_end - $warm) / $warm, 2))")
    ok=$(python3 -c "print(1 if ($rss_end - $warm) < 0.05 * $warm else 0)")
    echo "soak: sessions $n seconds $((end - start)) rss_start_kb $rss_start rss_warm_kb $warm rss_end_kb $rss_end growth_after_warmup_pct $growth load_before '$load_before' load_after '$(cut -d' ' -f1-3 /proc/loadavg)'"
    [ "$ok" = 1 ] || { echo "FAIL: resident memory grew $growth % after warm-up (limit 5 %)" >&2; fail=1; }
fi
exit $fail
