// Section B of the fact sheet: every regulatory instrument, with milestones for the dates a single
// adopted/effective pair cannot hold (the AI Act's milestones also list its Council and entry-into-force dates, so
// that its whole sequence reads in one place). Where the fact sheet gives only a month or year, the date is the first of
// that month/year and dateNote keeps the original text. Proposed and rejected instruments carry no adoptedOn:
// their dates are milestones. Chinese titles are the fact sheet's where it gives one; otherwise a working
// translation (or the seed article's wording).
// The "Update of 2026-12-04" (sections E and F) corrects and extends these rows; rows it touched carry
// lastCheckedOn 2026-12-04, and milestones it moved stay as superseded history.
import { eu, fr, uk } from "./instruments/europe.ts";
import { us } from "./instruments/united-states.ts";
import { cn } from "./instruments/china.ts";
import { krJp, int } from "./instruments/asia-and-international.ts";
import { update } from "./instruments/update-2026-12-04.ts";
import type { InstrumentSeed } from "./types.ts";

export const instruments: InstrumentSeed[] = [...eu, ...fr, ...uk, ...us, ...cn, ...krJp, ...int, ...update];
