#!/bin/bash
# The REST server's figures at scale, PostgreSQL beside SQLite, one build, one run:
#
#   tests/bench/server-figures.sh BUILD_DIR WORK_DIR [ACCOUNTS] [ORDERS] [LINES] [ORDER]
#
# Makes a PostgreSQL 15 cluster with its stock settings (initdb defaults: shared_buffers 128MB,
# fsync on, synchronous_commit on) on a loopback port in WORK_DIR, fills it and a SQLite store
# with `bssdesk-server --generate` (ORDER: "name", ids in name order, or "random", ids in no
# relation to it: a store that grew by use), starts a server with two request threads on each,
# and prints for each request: the median of 9 single requests (ms), then under `wrk -t2 -c16
# -d10s` requests per second and p99 latency. Needs wrk, curl, python3 and PostgreSQL 15
# (Debian: wrk curl python3 postgresql-15). Stops everything it started when it ends.
# REQUESTS (lines of paths under /api/v1; MIDDLE stands for the middle account) replaces the list.
set -euo pipefail

BUILD=$(realpath "${1:?build folder}")
WORK=$(realpath -m "${2:?work folder}")
ACCOUNTS=${3:-1000000}
ORDERS=${4:-0}
LINES=${5:-2}
ORDER=${6:-name}
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PG_PORT=55471
SQLITE_PORT=18471
POSTGRES_PORT=18472
SPEC="accounts=$ACCOUNTS"
[ "$ORDERS" != 0 ] && SPEC="$SPEC,orders=$ORDERS,lines=$LINES"
[ "$ORDER" = random ] && SPEC="$SPEC,shuffled=1"

as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
    [ -n "${SERVERS:-}" ] && kill $SERVERS 2>/dev/null || true
    as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -m fast stop >/dev/null 2>&1 || true
}
trap cleanup EXIT

rm -rf "$WORK" && mkdir -p "$WORK"
[ "$(id -u)" = 0 ] && chown postgres "$WORK"
as_postgres "$PG_BIN/initdb" -D "$WORK/pg" -A trust -U postgres >/dev/null
as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg.log" -w \
    -o "-p $PG_PORT -k $WORK -c listen_addresses=127.0.0.1" start >/dev/null
psql -h 127.0.0.1 -p $PG_PORT -U postgres -qc "CREATE DATABASE bench"
PG_URL="postgres://postgres@127.0.0.1:$PG_PORT/bench"
SQLITE_URL="sqlite:$WORK/bench.sqlite"

echo "# $(date -u +%FT%TZ) $(git -C "$(dirname "$0")" rev-parse --short HEAD) $SPEC," \
     "load $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores;" \
     "PostgreSQL $(psql -h 127.0.0.1 -p $PG_PORT -U postgres -Atc 'SHOW server_version')" \
     "shared_buffers=$(psql -h 127.0.0.1 -p $PG_PORT -U postgres -Atc 'SHOW shared_buffers')" \
     "fsync=$(psql -h 127.0.0.1 -p $PG_PORT -U postgres -Atc 'SHOW fsync')"
for store in "$SQLITE_URL" "$PG_URL"; do
    start=$(date +%s.%N)
    "$BUILD/bssdesk-server" --store "$store" --generate "$SPEC" >/dev/null 2>&1
    echo "generate ${store%%:*}: $(python3 -c "print(round($(date +%s.%N) - $start, 1))") s"
    echo "benchpass1" | "$BUILD/bssdesk-server" --store "$store" --add-user bench --role admin \
        >/dev/null 2>&1
done

"$BUILD/bssdesk-server" --store "$SQLITE_URL" --listen 127.0.0.1:$SQLITE_PORT --threads 2 \
    >"$WORK/sqlite-server.log" 2>&1 &
SERVERS="$!"
"$BUILD/bssdesk-server" --store "$PG_URL" --listen 127.0.0.1:$POSTGRES_PORT --threads 2 \
    >"$WORK/postgres-server.log" 2>&1 &
SERVERS="$SERVERS $!"
for port in $SQLITE_PORT $POSTGRES_PORT; do
    until curl -sf "http://127.0.0.1:$port/api/v1/health" >/dev/null; do sleep 0.2; done
done
token() {
    curl -sf -H 'Content-Type: application/json' -d '{"username":"bench","password":"benchpass1"}' \
        "http://127.0.0.1:$1/api/v1/auth/token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])'
}
TOKEN_SQLITE=$(token $SQLITE_PORT)
TOKEN_POSTGRES=$(token $POSTGRES_PORT)
MIDDLE=$((ACCOUNTS / 2))

single() { # port token path -> median ms of 9 after one warm-up
    local times=""
    for _ in 1 2 3 4 5 6 7 8 9 10; do
        times="$times $(curl -s -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $2" \
            "http://127.0.0.1:$1/api/v1/$3")"
    done
    python3 -c "import statistics,sys; v=[float(x)*1000 for x in sys.argv[2:]]; print('%.1f' % statistics.median(v))" $times
}
loaded() { # port token path -> "req/s p99"
    wrk -t2 -c16 -d10s --latency -H "Authorization: Bearer $2" "http://127.0.0.1:$1/api/v1/$3" |
        python3 -c '
import re, sys
text = sys.stdin.read()
rate = re.search(r"Requests/sec:\s+([\d.]+)", text).group(1)
p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", text)
scale = {"us": 0.001, "ms": 1, "s": 1000}[p99.group(2)]
errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
print("%d %.1f%s" % (float(rate), float(p99.group(1)) * scale, " ERR" + errors.group(1) if errors else ""))'
}

printf '%-48s %18s %18s %22s %22s\n' request "sqlite single ms" "postgres single ms" \
    "sqlite req/s, p99 ms" "postgres req/s, p99 ms"
while read -r path; do
    [ -z "$path" ] && continue
    path=${path//MIDDLE/$MIDDLE}
    printf '%-48s %18s %18s %22s %22s\n' "$path" \
        "$(single $SQLITE_PORT "$TOKEN_SQLITE" "$path")" \
        "$(single $POSTGRES_PORT "$TOKEN_POSTGRES" "$path")" \
        "$(loaded $SQLITE_PORT "$TOKEN_SQLITE" "$path")" \
        "$(loaded $POSTGRES_PORT "$TOKEN_POSTGRES" "$path")"
done <<EOF
${REQUESTS:-accounts?limit=100
accounts?limit=100&q=Amb
accounts?limit=100&q=Ze
accounts?limit=100&q=m
accounts?limit=100&q=rbor
accounts?limit=100&q=con
accounts?limit=100&q=0999
accounts?limit=100&q=works%200999901
accounts?limit=100&q=zzzq
accounts?limit=100&fromEnd=true
accounts?limit=100&offset=MIDDLE
accounts?limit=100&type=endUser&platform=kaspersky&syncStatus=Synchronized
accounts/MIDDLE
accounts/count
accounts/count?q=Amb
accounts/count?q=rbor
accounts/count?q=0999
orders?limit=100
orders?limit=100&status=draft
orders/count}
EOF
