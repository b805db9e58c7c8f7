// Seeds the exchange rates and their source, like the curated data: only missing rows are created, each with a first
// revision by the system user.
import type { Db } from "../lib/db-client";
import { seedPlan } from "./seed-plan";
import { createSeedRows, ensureSystemUser } from "./seed-rows";
import { exchangeRateSource } from "./data/exchange-rates";

export function exchangeRatePlan() {
  return seedPlan(undefined, { exchangeRates: true }).filter((r) => r.entity === "exchangeRates" || r.key === `sources ${exchangeRateSource.key}`);
}

export async function seedExchangeRates(db: Db): Promise<number> {
  const system = await ensureSystemUser(db);
  const created = await createSeedRows(
    db,
    exchangeRatePlan().map((row) => ({ ...row, exists: async (tx) => (await row.find(tx)) !== null })),
    system,
  );
  return created.exchangeRates ?? 0;
}
