# Shared by the PostgreSQL integration scripts: a fresh database on the test server of
# ./scripts/test, helpers to run PostgreSQL programs as the server's owner, and a bounded wait.
set -euo pipefail
: "${ORCHARD_TEST_PG:?run through ./scripts/test, which starts PostgreSQL and sets ORCHARD_TEST_PG}"
: "${ORCHARD_TEST_PG_DIR:?run through ./scripts/test (ORCHARD_TEST_PG_DIR)}"
: "${ORCHARDCTL:?}" "${ORCHARD_LEDGERD:?}"
pg_bin=/usr/lib/postgresql/15/bin
pg_port=$(cat "$ORCHARD_TEST_PG_DIR/port")
as_owner() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
sql() { psql -X -q -tA -h 127.0.0.1 -p "$1" -U orchard -d "$2" -c "$3"; }
free_port() {
  local port
  for _ in $(seq 1 200); do
    port=$((20000 + RANDOM % 30000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
  return 1
}
fail() { echo "FAIL: $*" >&2; exit 1; }
json_field() { python3 -c 'import json,sys; print(json.load(sys.stdin)[sys.argv[1]])' "$1"; }

test_db=orchard_$(basename "$0" | tr -c 'a-z0-9\n' '_')_$$
sql "$pg_port" postgres "CREATE DATABASE $test_db"
test_url=postgresql://orchard@127.0.0.1:$pg_port/$test_db
cleanups=("sql $pg_port postgres 'DROP DATABASE IF EXISTS $test_db WITH (FORCE)'")
cleanup() { for ((i=${#cleanups[@]}-1; i>=0; i--)); do eval "${cleanups[i]}" >/dev/null 2>&1 || true; done; }
trap cleanup EXIT
