// Exchange rates: the fact sheet has none, so the only rates seeded are those read from their publisher,
// the Federal Reserve's G.5A release of 1 Feb 2024 (2023 annual averages), quoted exactly as published:
// currency units per US dollar, except EUR and GBP, which the Fed quotes as US dollars per unit.
import type { SourceSeed } from "./types";

export const exchangeRateSource: SourceSeed = {
  key: "X1",
  title: "Federal Reserve Statistical Release G.5A — Foreign Exchange Rates (Annual), 2023 averages",
  publisher: "Board of Governors of the Federal Reserve System",
  url: "https://www.federalreserve.gov/releases/g5a/20240201/",
  publishedOn: "2024-02-01",
  language: "en",
  kind: "OFFICIAL",
  note: "Annual averages of daily noon buying rates in New York. Used for indicative chart conversions only.",
};

export type ExchangeRateSeed = { currency: string; period: string; rate: string; usdPerUnit: boolean; asOf: string; source: "X1" };

export const exchangeRates: ExchangeRateSeed[] = [
  { currency: "CNY", period: "2023", rate: "7.0809", usdPerUnit: false, asOf: "2023-12-31", source: "X1" },
  { currency: "EUR", period: "2023", rate: "1.0817", usdPerUnit: true, asOf: "2023-12-31", source: "X1" },
  { currency: "GBP", period: "2023", rate: "1.2440", usdPerUnit: true, asOf: "2023-12-31", source: "X1" },
  { currency: "JPY", period: "2023", rate: "140.5001", usdPerUnit: false, asOf: "2023-12-31", source: "X1" },
  { currency: "KRW", period: "2023", rate: "1306.7637", usdPerUnit: false, asOf: "2023-12-31", source: "X1" },
];
