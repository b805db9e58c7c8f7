import "server-only";
// References (jurisdiction codes, source keys, slugs) of an import's rows, each looked up once per file: a file of
// 5,000 figures names the same few jurisdictions and sources again and again.
import type { Tx } from "../../db-client";
import type { References } from "./adapters";
import { ReferenceChecker } from "./references";

type Lookup = { value: unknown; error?: string };
type Method = Exclude<keyof References, "errors" | "ok">;

export class CachedReferences implements References {
  readonly errors: Record<string, string> = {};
  constructor(
    private readonly tx: Tx,
    private readonly cache: Map<string, Promise<Lookup>>,
  ) {}

  private async look<T>(method: Method, field: string, arg: unknown): Promise<T> {
    const key = `${method}\u0000${JSON.stringify(arg)}`;
    let hit = this.cache.get(key);
    if (!hit) {
      hit = (async () => {
        const checker = new ReferenceChecker(this.tx);
        const value = await (checker[method] as (f: string, a: unknown) => Promise<unknown>).call(checker, "f", arg);
        return { value, error: checker.errors.f };
      })();
      this.cache.set(key, hit);
    }
    const result = await hit;
    if (result.error) this.errors[field] ??= result.error;
    return result.value as T;
  }

  get ok(): boolean {
    return Object.keys(this.errors).length === 0;
  }
  sources(field: string, keys: string[]) {
    return this.look<{ key: string }[]>("sources", field, [...keys].sort());
  }
  jurisdiction(field: string, code: string) {
    return this.look<string>("jurisdiction", field, code);
  }
  codes(field: string, csv: string) {
    return this.look<void>("codes", field, csv);
  }
  instrument(field: string, slug: string | null) {
    return this.look<string | null>("instrument", field, slug);
  }
  figure(field: string, slug: string | null) {
    return this.look<string | null>("figure", field, slug);
  }
  source(field: string, key: string) {
    return this.look<string>("source", field, key);
  }
  dimension(field: string, key: string) {
    return this.look<string>("dimension", field, key);
  }
}
