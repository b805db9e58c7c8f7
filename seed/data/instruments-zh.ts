// Chinese for the instruments' type, status and date notes, and the events' date notes (working translations of
// the English text in instruments.ts / events.ts; dates and counts as there). Kept apart so the English rows stay
// readable beside the fact sheet. The tables are instruments-zh.json (keyed by instrument slug) and
// event-date-notes-zh.json (keyed by event slug).
import notes from "./instruments-zh.json" with { type: "json" };
import eventNotes from "./event-date-notes-zh.json" with { type: "json" };
import { instrumentNotesZhSchema, seedRecord } from "./schemas.ts";
import { z } from "zod";

export type InstrumentNotesZh = { typeZh: string; statusNoteZh?: string; dateNoteZh?: string };

export const instrumentNotesZh: Record<string, InstrumentNotesZh> = seedRecord("instruments-zh.json", instrumentNotesZhSchema, notes);

export const eventDateNotesZh: Record<string, string> = seedRecord("event-date-notes-zh.json", z.string().min(1, "must not be empty"), eventNotes);
