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

echo "== lint"
npm run --silent lint

echo "== throwaway PostgreSQL for the tests"
pg_dir="$(mktemp -d /tmp/govatlas-pg-XXXXXX)"
pg_port="${TEST_PG_PORT:-55432}"
TEST_PG_URL="$(bash scripts/pg/cluster.sh start "$pg_dir" "$pg_port" | tail -n 1)"
export TEST_PG_URL MIGRATION_PG_URL="$TEST_PG_URL"

echo "== schema and migrations in sync (SQLite and PostgreSQL)"
npx tsx scripts/db/check-drift.ts

echo "== unit and integration tests"
# The scale-out test runs production servers: it comes after the browser stage, which makes the build it reuses.
npx vitest run --project unit --project integration --exclude 'tests/integration/scale-out*'

echo "== browser tests (real Chromium, production build)"
npx vitest run --project e2e

echo "== two instances on PostgreSQL and Redis (reuses that build)"
# The browser stage just built .next/ from these sources (unless told to reuse an older build): mark it current so
# that the two `npm start`s of the test serve it instead of building again.
if [ "${E2E_REUSE_BUILD:-}" != "1" ]; then npx tsx scripts/scale/build-stamp.ts mark; fi
npx vitest run --project integration tests/integration/scale-out

echo "All tests passed."
