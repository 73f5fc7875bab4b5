#!/usr/bin/env bash
# Starts a local PostgreSQL 15 with PostGIS on loopback (127.0.0.1:5432) for the PostGIS plugin
# tests and creates the role they log in with. Run as root (CI) or with sudo; safe to run again.
# The tests (tests/plugin/test_postgis.cpp) read PGHOST/PGPORT/PGUSER/PGPASSWORD and default to
# 127.0.0.1, 5432, resilience, resilience; they create and drop a database of their own.
set -euo pipefail
version=15
role="${PGUSER:-resilience}"
password="${PGPASSWORD:-resilience}"
sudo="" as_postgres=(runuser -u postgres --)
[ "$(id -u)" -eq 0 ] || sudo="sudo" as_postgres=(sudo -u postgres)

if ! $sudo pg_lsclusters -h | grep -q "^$version main"; then
  $sudo pg_createcluster "$version" main >/dev/null
fi
# Loopback only: listen_addresses stays at Debian's default 'localhost'.
$sudo pg_ctlcluster "$version" main start 2>/dev/null || true
for _ in $(seq 30); do
  pg_isready -q -h 127.0.0.1 -p 5432 && break
  sleep 1
done
pg_isready -h 127.0.0.1 -p 5432

# The test role creates its own scratch database and the postgis extension in it, so it needs
# CREATEDB and SUPERUSER (PostGIS is not a trusted extension). Only for a throwaway local server.
"${as_postgres[@]}" psql -q -v ON_ERROR_STOP=1 -d postgres <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$role') THEN
    CREATE ROLE "$role" LOGIN SUPERUSER PASSWORD '$password';
  END IF;
END \$\$;
SQL
echo "PostgreSQL $version with PostGIS listening on 127.0.0.1:5432 (role $role)"
