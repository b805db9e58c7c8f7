import "server-only";
import type { Tx } from "../../db-client";
import type { MessageRef, MessageValues } from "../../errors/app-error";
import { formErrorKey, formErrorText, type FormErrorKey } from "../../errors/field-messages";

/**
 * Collects "unknown X" problems while relations given by natural keys are resolved: as message keys (`issues`,
 * shown in the reader's language) and as English text (`errors`, which the CSV import reports).
 */
export class ReferenceChecker {
  readonly errors: Record<string, string> = {};
  readonly issues: Record<string, MessageRef> = {};
  constructor(private readonly tx: Tx) {}

  /** Records the first problem of a field. */
  note(field: string, key: FormErrorKey, values: MessageValues = {}): void {
    if (field in this.errors) return;
    const ref = { key: formErrorKey(key), values };
    this.issues[field] = ref;
    this.errors[field] = formErrorText("en", ref);
  }

  async sources(field: string, keys: string[]): Promise<{ key: string }[]> {
    if (keys.length === 0) return [];
    const found = await this.tx.source.findMany({ where: { key: { in: keys }, deletedAt: null }, select: { key: true } });
    const missing = keys.filter((k) => !found.some((f) => f.key === k));
    if (missing.length) this.note(field, "unknownSource", { keys: missing.join(", ") });
    return keys.map((key) => ({ key }));
  }

  async jurisdiction(field: string, code: string): Promise<string> {
    const row = await this.tx.jurisdiction.findUnique({ where: { code }, select: { id: true, deletedAt: true } });
    if (!row || row.deletedAt) this.note(field, "unknownJurisdiction", { codes: code });
    return row?.id ?? "";
  }

  async codes(field: string, csv: string): Promise<void> {
    const codes = csv.split(",").filter(Boolean);
    if (codes.length === 0) return;
    const found = await this.tx.jurisdiction.findMany({ where: { code: { in: codes } }, select: { code: true } });
    const missing = codes.filter((c) => !found.some((f) => f.code === c));
    if (missing.length) this.note(field, "unknownJurisdiction", { codes: missing.join(", ") });
  }

  async instrument(field: string, slug: string | null): Promise<string | null> {
    if (!slug) return null;
    const row = await this.tx.instrument.findUnique({ where: { slug }, select: { id: true } });
    if (!row) this.note(field, "unknownInstrument", { slug });
    return row?.id ?? null;
  }

  async figure(field: string, slug: string | null): Promise<string | null> {
    if (!slug) return null;
    const row = await this.tx.investmentFigure.findUnique({ where: { slug }, select: { id: true } });
    if (!row) this.note(field, "unknownFigure", { slug });
    return row?.id ?? null;
  }

  async source(field: string, key: string): Promise<string> {
    const row = await this.tx.source.findUnique({ where: { key }, select: { id: true } });
    if (!row) this.note(field, "unknownSource", { keys: key });
    return row?.id ?? "";
  }

  async dimension(field: string, key: string): Promise<string> {
    const row = await this.tx.dimension.findUnique({ where: { key }, select: { id: true } });
    if (!row) this.note(field, "unknownDimension", { key });
    return row?.id ?? "";
  }

  get ok(): boolean {
    return Object.keys(this.errors).length === 0;
  }
}

export const day = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00.000Z`) : null);
export const iso = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : null);
