#!/usr/bin/env bash
# Runs a command with a throw-away PostgreSQL cluster: initdb into a
# temporary folder, a server listening on a Unix socket only (no TCP), and
# BULLETINDESK_TEST_PG set to its libpq conninfo, so the editor and cli
# tests run against PostgreSQL as well. The cluster is stopped and removed
# when the command ends, also when it fails or is interrupted.
#   scripts/with-postgres.sh go test ./editor/...
set -euo pipefail

pgbin=""
for v in 17 16 15; do
	if [ -x "/usr/lib/postgresql/$v/bin/initdb" ]; then pgbin="/usr/lib/postgresql/$v/bin"; break; fi
done
if [ -z "$pgbin" ]; then
	"$(dirname "$0")/ensure-packages.sh" postgresql
	pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi

dir=$(mktemp -d /tmp/bd-pg.XXXXXX)
# The server refuses to run as root: as root, the cluster belongs to the
# postgres user Debian's package creates.
as=()
if [ "$(id -u)" -eq 0 ]; then
	id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
	chown postgres "$dir"
	as=(runuser -u postgres --)
fi
# Tests that re-run themselves as another user (nobody, for read-only
# archives) must reach the socket too; the data folder stays private.
chmod 755 "$dir"

cleanup() {
	"${as[@]}" "$pgbin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
	rm -rf "$dir"
}
trap cleanup EXIT INT TERM

"${as[@]}" "$pgbin/initdb" -D "$dir/data" -A trust -U bd --no-sync -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
	{ cat "$dir/initdb.log" >&2; exit 1; }
"${as[@]}" "$pgbin/pg_ctl" -D "$dir/data" -o "-k $dir -h '' -F -c max_connections=200" -l "$dir/log" -w start >/dev/null ||
	{ cat "$dir/log" >&2; exit 1; }

export BULLETINDESK_TEST_PG="host=$dir user=bd dbname=postgres"
echo "PostgreSQL test cluster: $BULLETINDESK_TEST_PG" >&2
"$@"
