// The filter form's values → the canonical query string the server reads (the same one filtersToQuery writes).
import type { TimelineStatus } from "../../dto/timeline";
import { STATUSES } from "./dates";
import { filtersToQuery } from "./filters";

export type FormDomain = { jurisdictions: string[]; types: string[]; minYear: number; maxYear: number };
type FormValues = { getAll(name: string): unknown[]; get(name: string): unknown };

/**
 * Lists keep the domain's order and "every value" becomes no filter; a reversed year range follows the select that
 * just changed (`changed`: moving "to" before "from" moves "from" along, and the other way round).
 */
export function canonicalQuery(form: FormValues, domain: FormDomain, changed: string | null): string {
  const list = <T extends string>(name: string, all: readonly T[]): T[] => {
    const values = form.getAll(name).map(String);
    const picked = all.filter((v) => values.includes(v));
    return picked.length === all.length ? [] : picked;
  };
  const year = (name: string, fallback: number) => {
    const n = Number(form.get(name));
    return Number.isInteger(n) && n >= domain.minYear && n <= domain.maxYear ? n : fallback;
  };
  let from = year("from", domain.minYear);
  let to = year("to", domain.maxYear);
  if (from > to) [from, to] = changed === "to" ? [to, to] : [from, from];
  return filtersToQuery(
    { jurisdictions: list("j", domain.jurisdictions), types: list("type", domain.types), statuses: list<TimelineStatus>("status", STATUSES), from, to },
    domain,
  );
}
