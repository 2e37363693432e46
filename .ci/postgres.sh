#!/bin/sh
# postgres.sh installs PostgreSQL (Debian's package) when it is missing,
# starts it, creates the role and database that Warta's PostgreSQL store
# tests use, and prints the URL to put in WARTA_TEST_POSTGRES. Run it as
# root. It is idempotent and non-interactive: running it again changes
# nothing and prints the same URL. Everything but the URL goes to stderr.
#
#	export WARTA_TEST_POSTGRES=$(.ci/postgres.sh)
#	go test ./postgres/...
set -eu

role=${WARTA_PG_ROLE:-warta}
password=${WARTA_PG_PASSWORD:-warta}
database=${WARTA_PG_DATABASE:-warta_test}
port=${WARTA_PG_PORT:-5432}

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -q >&2
	apt-get install -y -q postgresql >&2
fi

version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
if ! pg_lsclusters -h | grep -q "^$version main "; then
	pg_createcluster --port "$port" "$version" main >&2
fi
if ! pg_lsclusters -h | grep -q "^$version main .* online "; then
	pg_ctlcluster "$version" main start >&2
fi
port=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" { print $3 }')

tries=0
until su postgres -c "pg_isready -q -p $port"; do
	tries=$((tries + 1))
	if [ "$tries" -ge 30 ]; then
		echo "postgres.sh: PostgreSQL $version did not start on port $port" >&2
		exit 1
	fi
	sleep 1
done

psql_admin() {
	su postgres -c "psql -p $port -q -v ON_ERROR_STOP=1 -At" "$@"
}
if [ -z "$(echo "SELECT 1 FROM pg_roles WHERE rolname = '$role'" | psql_admin)" ]; then
	echo "CREATE ROLE \"$role\" LOGIN PASSWORD '$password'" | psql_admin >&2
fi
if [ -z "$(echo "SELECT 1 FROM pg_database WHERE datname = '$database'" | psql_admin)" ]; then
	echo "CREATE DATABASE \"$database\" OWNER \"$role\"" | psql_admin >&2
fi

echo "postgres://$role:$password@127.0.0.1:$port/$database?sslmode=disable"
