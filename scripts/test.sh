#!/usr/bin/env bash
# The one test command (`npm test`): type check, schema drift, unit + integration (SQLite and PostgreSQL),
# then browser tests in real Chromium against a production build.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

pg_dir=""
cleanup() { if [ -n "$pg_dir" ]; then bash scripts/pg/cluster.sh stop "$pg_dir" >/dev/null 2>&1 || true; rm -rf "$pg_dir"; fi; }
trap cleanup EXIT

echo "== type check"
npx next typegen >/dev/null
npx tsc --noEmit

echo "== throwaway PostgreSQL for the tests"
pg_dir="$(mktemp -d /tmp/govatlas-pg-XXXXXX)"
pg_port="${TEST_PG_PORT:-55432}"
TEST_PG_URL="$(bash scripts/pg/cluster.sh start "$pg_dir" "$pg_port" | tail -n 1)"
export TEST_PG_URL MIGRATION_PG_URL="$TEST_PG_URL"

echo "== schema and migrations in sync (SQLite and PostgreSQL)"
npx tsx scripts/db/check-drift.ts

echo "== unit and integration tests"
npx vitest run --project unit --project integration

echo "== browser tests (real Chromium, production build)"
npx vitest run --project e2e

echo "All tests passed."
