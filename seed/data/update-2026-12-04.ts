// Where each row of the fact sheet's "Update of 2026-12-04" (sections E and F) lives in the seed: the records that
// carry it, with the sources and grade each must show. Tests read this (tests/unit/data-update-rows.test.ts) and so
// can page tests: every record listed here is published and must appear on the pages with its source and grade.
import type { Confidence } from "./types.ts";

export type UpdateRecord =
  | { entity: "instruments" | "investments" | "events" | "claims"; slug: string; sources: string[]; confidence?: Confidence }
  | { entity: "milestones"; instrument: string; date: string; labelEn: string; sources: string[]; superseded?: boolean }
  | { entity: "assessments"; jurisdiction: string; dimension: string; since?: string; sources: string[]; confidence: Confidence }
  | { entity: "sources"; key: string; sources: string[] };

export type UpdateRow = { id: string; records: UpdateRecord[]; /** Why part of the row is shown differently, or not at all. */ note?: string };

const inst = (slug: string, sources: string[], confidence: Confidence): UpdateRecord => ({ entity: "instruments", slug, sources, confidence });
const fig = (slug: string, sources: string[], confidence: Confidence): UpdateRecord => ({ entity: "investments", slug, sources, confidence });
const evt = (slug: string, sources: string[], confidence: Confidence): UpdateRecord => ({ entity: "events", slug, sources, confidence });
const claim = (slug: string, sources: string[]): UpdateRecord => ({ entity: "claims", slug, sources });
const ms = (instrument: string, date: string, labelEn: string, sources: string[], superseded = false): UpdateRecord => ({ entity: "milestones", instrument, date, labelEn, sources, superseded });

export const update20261204: UpdateRow[] = [
  { id: "E1", records: [fig("meta-capex-2023", ["U1", "U2"], "MEDIUM")] },
  { id: "E2", records: [claim("s0-meta-40bn-ai-spending", ["U3"]), fig("meta-ai-spend-2024", ["U3"], "MEDIUM")] },
  { id: "E3", records: [claim("s0-amazon-75bn-ai-spending", ["U4"]), fig("amazon-net-capex-2024", ["U4"], "MEDIUM")] },
  { id: "E4", records: [claim("s1-cnil-first-ai-recommendations-date", ["U5"]), inst("fr-cnil-ai-recommendations", ["U5"], "MEDIUM")] },
  {
    id: "E5",
    records: [
      ms("eu-ai-act", "2026-08-02", "Most rules apply, incl. Annex III high-risk", ["R1"], true),
      ms("eu-ai-act", "2027-08-02", "Annex I high-risk rules apply", ["R1"], true),
      ms("eu-ai-act", "2026-08-02", "Art. 50 transparency obligations and the AI Office's enforcement powers apply", ["U6", "U7"]),
      ms("eu-ai-act", "2026-12-02", "New bans apply (non-consensual intimate imagery, CSAM generation); grace period for Art. 50(2) marking ends", ["U6", "U7"]),
      ms("eu-ai-act", "2027-08-02", "National AI regulatory sandboxes due", ["U6", "U7"]),
      ms("eu-ai-act", "2027-12-02", "Annex III high-risk obligations apply (as amended by the Digital Omnibus)", ["U6", "U7"]),
      ms("eu-ai-act", "2028-08-02", "Annex I (product) high-risk obligations apply (as amended by the Digital Omnibus)", ["U6", "U7"]),
    ],
  },
  { id: "E6", records: [inst("eu-digital-omnibus-ai", ["U6", "U7"], "MEDIUM")], note: "Regulation number and entry into force shown as \"to be confirmed\"." },
  { id: "E7", records: [fig("meta-capex-2026-guidance-apr", ["U8"], "MEDIUM"), fig("meta-capex-2026-guidance", ["R20"], "MEDIUM")] },
  { id: "E8", records: [inst("us-eo-national-ai-policy-framework", ["U9"], "HIGH")] },
  {
    id: "E9",
    records: [evt("2026-05-15-eu-ratifies-coe-ai-convention", ["U10"], "LOW"), inst("int-coe-framework-convention-ai", ["U10"], "MEDIUM")],
    note: "Graded L: the event is LOW; the treaty's entry into force is shown as not confirmed.",
  },
  { id: "E10", records: [fig("stargate-jv", ["U11"], "MEDIUM"), fig("stargate-expansion-2025", ["U11", "U12"], "MEDIUM")] },
  { id: "E11", records: [claim("s2-stargate-20-data-centres-100k-jobs", ["U13"])] },
  { id: "E12", records: [fig("world-private-ai-investment-2024", ["U14", "R6"], "MEDIUM"), claim("s2-us-china-40pct-private-investment", ["U14", "R6"])] },
  { id: "E13", records: [claim("s2-gdpr-83pct-fines-us-firms", ["R67"]), inst("eu-gdpr", ["R67"], "LOW")] },
  {
    id: "E14",
    records: [{ entity: "sources", key: "U15", sources: [] }],
    note: "The Fed G.5A releases with the 2024 and 2025 annual averages were not found with the search tool, so no rate for those years is stored; views must say which period's rate they use.",
  },
  { id: "E15", records: [], note: "Every assessment's asOf is its lastCheckedOn (2026-12-04); checked by tests on all assessments." },
  { id: "E16", records: [{ entity: "assessments", jurisdiction: "EU", dimension: "stance", since: "2026-06-29", sources: ["U6"], confidence: "MEDIUM" }, { entity: "assessments", jurisdiction: "EU", dimension: "stance", sources: ["S2"], confidence: "MEDIUM" }] },
  { id: "F1", records: [inst("eu-gpai-code-of-practice", ["U16"], "MEDIUM"), ms("eu-gpai-code-of-practice", "2025-08-01", "Commission and AI Board find the Code adequate", ["U16"])] },
  { id: "F2", records: [inst("us-ai-action-plan-2025", ["U17"], "MEDIUM")] },
  { id: "F3", records: [inst("cn-ai-plus-action-opinions", ["U18"], "MEDIUM")] },
  { id: "F4", records: [inst("int-un-ai-scientific-panel-global-dialogue", ["U19", "U20"], "MEDIUM")], note: "Graded H/M: stored as the lower grade with a note." },
  { id: "F5", records: [fig("uk-us-tech-prosperity-deal-2025", ["U21"], "MEDIUM"), evt("2025-09-16-uk-us-tech-prosperity-deal", ["U21"], "MEDIUM")] },
  { id: "F6", records: [evt("2025-09-23-stargate-expansion", ["U11"], "MEDIUM"), fig("stargate-expansion-2025", ["U11"], "MEDIUM")] },
  { id: "F7", records: [inst("us-ca-sb53-frontier-ai-transparency", ["U22"], "MEDIUM")], note: "The effective date is shown as not confirmed." },
  { id: "F8", records: [inst("us-co-colorado-ai-act", ["U23", "U24"], "MEDIUM"), inst("us-co-sb26-189-automated-decisions", ["U24"], "MEDIUM")] },
  { id: "F9", records: [inst("us-eo-14363-genesis-mission", ["U25"], "HIGH")] },
  { id: "F10", records: [evt("2025-12-08-nvidia-h200-exports-china", ["U26"], "LOW")] },
  { id: "F11", records: [inst("us-eo-national-ai-policy-framework", ["U9"], "HIGH"), inst("us-great-american-ai-act-draft", ["U27"], "MEDIUM")] },
  {
    id: "F12",
    records: [fig("kr-national-growth-fund", ["U28", "U29"], "MEDIUM"), fig("kr-national-growth-fund-ai-2026", ["U28", "U29"], "MEDIUM"), evt("2025-12-11-korea-national-growth-fund-launched", ["U28", "U29"], "MEDIUM")],
  },
  { id: "F13", records: [inst("us-ny-raise-act", ["U30"], "MEDIUM")] },
  { id: "F14", records: [inst("jp-ai-basic-plan", ["U31"], "MEDIUM")] },
  { id: "F15", records: [inst("kr-ai-basic-act", ["U32"], "MEDIUM")] },
  { id: "F16", records: [fig("big-tech-four-capex-2026-guidance", ["U33", "U8", "U34"], "MEDIUM"), evt("2026-04-29-meta-raises-2026-capex-guidance", ["U8", "U33"], "MEDIUM")] },
  { id: "F17", records: [evt("2026-02-international-ai-safety-report-2026", ["U35"], "MEDIUM")] },
  { id: "F18", records: [evt("2026-02-16-india-ai-impact-summit", ["U36"], "MEDIUM")], note: "India's \"over $250bn\" is a claim in the event's text, not a charted figure (the fact sheet does not say whose money)." },
  { id: "F19", records: [inst("cn-15th-five-year-plan", ["U37"], "MEDIUM")], note: "The adoption date is shown as not confirmed." },
  {
    id: "F20",
    records: [
      fig("world-private-ai-investment-2025", ["U38", "U39"], "MEDIUM"), fig("us-private-ai-investment-2025", ["U38", "U39"], "MEDIUM"),
      fig("cn-private-ai-investment-2025", ["U38", "U39"], "MEDIUM"), fig("world-corporate-ai-investment-2025", ["U38", "U39"], "MEDIUM"),
      evt("2026-04-13-stanford-ai-index-2026", ["U38", "U39"], "MEDIUM"),
    ],
    note: "Graded H/M: stored as the lower grade with a note.",
  },
  { id: "F21", records: [evt("2026-05-13-uk-kings-speech-no-ai-bill", ["U40"], "LOW")] },
  { id: "F22", records: [inst("eu-digital-omnibus-ai", ["U6", "U7"], "MEDIUM"), ms("eu-digital-omnibus-ai", "2026-06-29", "Council gives final approval", ["U6", "U7"])] },
  { id: "F23", records: [inst("us-eo-advanced-ai-innovation-security", ["U41"], "LOW")], note: "Says that reports disagree on whether the review is voluntary." },
  {
    id: "F24",
    records: [inst("us-tx-traiga", ["V1"], "LOW")],
    note: "The fact sheet gives no source (from knowledge: confirm): kept LOW and marked not confirmed, sourced to a GovTech report found with the search tool (V1).",
  },
];
