// Section A of the fact sheet: the ten jurisdictions, plus those the "Update of 2026-12-04" needs (US states under
// the US, India). approachEn joins the row's stance and legal-form cells; approachZh is a faithful short translation.
// Mixed grades ("H/M") are stored as the lower grade, with a note readers can understand.
import rows from "./jurisdictions.json" with { type: "json" };
import { jurisdictionSchema, seedTable } from "./schemas.ts";
import type { JurisdictionSeed } from "./types.ts";

/** Re-read against the fact sheet's update of 2026-12-04. */
export const CHECKED = "2026-12-04" as const;
export const MIXED_HIGH_MEDIUM = "Mixed: partly high (official texts, seed articles), partly medium (press, law firms)";

// The rows are the JSON table jurisdictions.json: the ten of section A, then those the update needs (see
// seed/data/README.md).
export const jurisdictions: JurisdictionSeed[] = seedTable("jurisdictions.json", jurisdictionSchema, rows).map((j) => ({ ...j, lastCheckedOn: CHECKED }));
