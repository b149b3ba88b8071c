#!/bin/sh
# A throwaway PostgreSQL for the sync tests and benchmark: Debian's server binaries, run as an
# unprivileged user when we are root (initdb refuses root; CI runs as root), listening only on a Unix
# socket inside DIR. Nothing outside DIR is touched; "remove" deletes it all.
#   pgserver.sh start DIR [fsync]   initdb (first time) + start; prints the libpq URL of database postgres
#   pgserver.sh stop DIR [fast|immediate]
#   pgserver.sh remove DIR          stop (immediate) and rm -rf DIR
set -eu
cmd=${1:?usage: pgserver.sh start|stop|remove DIR}
dir=${2:?usage: pgserver.sh start|stop|remove DIR}
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "pgserver.sh: PostgreSQL server binaries not found (apt-get install postgresql)" >&2
    exit 3
fi
owner() {
    if [ "$(id -u)" = 0 ]; then
        # The Debian package's own system user; any unprivileged user would do.
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}
case $cmd in
start)
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    [ "$(id -u)" = 0 ] && chown postgres "$dir" && chmod 755 "$dir"
    if [ ! -f "$dir/data/PG_VERSION" ]; then
        owner "$bindir/initdb" -D "$dir/data" -U showroom --auth=trust -E UTF8 --no-locale \
            >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    # fsync off for the tests (a throwaway cluster); the benchmark passes "fsync" to measure it honestly.
    fsync=off
    [ "${3:-}" = fsync ] && fsync=on
    owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-k $dir -c listen_addresses= -c fsync=$fsync -c max_connections=40" start >/dev/null ||
        { cat "$dir/server.log" >&2; exit 1; }
    echo "postgresql:///postgres?host=$dir&user=showroom"
    ;;
stop)
    [ -f "$dir/data/postmaster.pid" ] || exit 0
    owner "$bindir/pg_ctl" -D "$dir/data" -m "${3:-fast}" -w -t 60 stop >/dev/null
    ;;
remove)
    if [ -f "$dir/data/postmaster.pid" ]; then
        owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w -t 60 stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "pgserver.sh: unknown command '$cmd' (start, stop, remove)" >&2
    exit 2
    ;;
esac
