// Section B of the fact sheet: every regulatory instrument, with milestones for the dates a single
// adopted/effective pair cannot hold (the AI Act's milestones also list its Council and entry-into-force dates, so
// that its whole sequence reads in one place). Where the fact sheet gives only a month or year, the date is the first of
// that month/year and dateNote keeps the original text. Proposed and rejected instruments carry no adoptedOn:
// their dates are milestones. Chinese titles are the fact sheet's where it gives one; otherwise a working
// translation (or the seed article's wording).
// The "Update of 2026-12-04" (sections E and F) corrects and extends these rows; rows it touched carry
// lastCheckedOn 2026-12-04, and milestones it moved stay as superseded history.
// The rows are JSON tables in instruments/, one a region (what each holds: seed/data/README.md), in this order.
import eu from "./instruments/eu.json" with { type: "json" };
import fr from "./instruments/fr.json" with { type: "json" };
import uk from "./instruments/uk.json" with { type: "json" };
import us from "./instruments/us.json" with { type: "json" };
import cn from "./instruments/cn.json" with { type: "json" };
import krJp from "./instruments/kr-jp.json" with { type: "json" };
import int from "./instruments/int.json" with { type: "json" };
import update from "./instruments/update-2026-12-04.json" with { type: "json" };
import { instrumentSchema, seedTable } from "./schemas.ts";
import type { InstrumentSeed } from "./types.ts";

const tables = { eu, fr, uk, us, cn, "kr-jp": krJp, int, "update-2026-12-04": update };

export const instruments: InstrumentSeed[] = Object.entries(tables).flatMap(([name, rows]) => seedTable(`instruments/${name}.json`, instrumentSchema, rows));
