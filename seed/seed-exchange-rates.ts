// Seeds the exchange rates and their source, like the curated data: only missing rows are created.
import type { Db } from "../lib/db-client";
import { exchangeRates, exchangeRateSource as s } from "./data/exchange-rates";

export async function seedExchangeRates(db: Db): Promise<number> {
  let created = 0;
  await db.$transaction(async (tx) => {
    const source =
      (await tx.source.findUnique({ where: { key: s.key }, select: { id: true } })) ??
      (await tx.source.create({
        data: { key: s.key, title: s.title, publisher: s.publisher, url: s.url, publishedOn: new Date(`${s.publishedOn}T00:00:00Z`), language: s.language, kind: s.kind, note: s.note },
        select: { id: true },
      }));
    for (const r of exchangeRates) {
      const exists = await tx.exchangeRate.findUnique({ where: { currency_period: { currency: r.currency, period: r.period } }, select: { id: true } });
      if (exists) continue;
      await tx.exchangeRate.create({
        data: { currency: r.currency, period: r.period, rate: r.rate, usdPerUnit: r.usdPerUnit, asOf: new Date(`${r.asOf}T00:00:00Z`), sourceId: source.id },
      });
      created += 1;
    }
  });
  return created;
}
