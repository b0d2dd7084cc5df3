#!/bin/sh
# First start of the database container only: an ordinary role that owns Offerbook's database. Offerbook connects
# as it (compose.yaml's DATABASE_URL), so PostgreSQL's row-level security applies to every request.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres <<SQL
create role offerbook login password '${OFFERBOOK_DB_PASSWORD}' nosuperuser nocreatedb nocreaterole;
create database offerbook owner offerbook;
SQL
