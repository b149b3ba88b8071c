#!/usr/bin/env bash
# Runs one test program in a real X server so Qt Quick 3D gets an OpenGL (llvmpipe) backend.
# Qt's offscreen platform would silently fall back to the software scene graph and render no 3D.
# Each invocation starts its own Xvfb on a display it picks atomically (-displayfd), so CTest can run
# window tests in parallel without xvfb-run's display-number races.
set -u
if [ "${SHOWROOM_USE_DISPLAY:-0}" = 1 ] && [ -n "${DISPLAY:-}" ]; then
    export QT_QPA_PLATFORM=xcb
    exec "$@"
fi
command -v Xvfb >/dev/null || { echo "with-xvfb.sh: Xvfb is not installed (apt-get install xvfb)" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'kill "$xvfb_pid" 2>/dev/null; wait "$xvfb_pid" 2>/dev/null; rm -rf "$tmp"' EXIT
Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp -noreset 3>"$tmp/display" 2>"$tmp/xvfb.log" &
xvfb_pid=$!
for _ in $(seq 1 100); do
    [ -s "$tmp/display" ] && break
    sleep 0.05
done
if [ ! -s "$tmp/display" ]; then
    echo "with-xvfb.sh: Xvfb did not start:" >&2
    cat "$tmp/xvfb.log" >&2
    exit 2
fi
export DISPLAY=":$(head -n1 "$tmp/display")"
export QT_QPA_PLATFORM=xcb
export XDG_RUNTIME_DIR="$tmp"
"$@"
