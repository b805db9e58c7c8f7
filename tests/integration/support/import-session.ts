// The setup the CSV import tests share: a migrated and seeded SQLite database, the acting user chosen through the
// stubbed session (the role check re-reads the user from the database as in production), and the export and
// import steps as the admin routes run them. Each test file calls vi.mock("@/lib/auth/auth", …) itself.
import { expect } from "vitest";
import { actingAs } from "./auth-stub";
import { useTempDatabase } from "./database";
import type { TestUsers } from "../../support/test-db";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { EntityName } from "@/lib/validations/curated";

export async function useImportDatabase() {
  const { db, users } = await useTempDatabase();
  const engine = await import("@/lib/mutations/curated/engine");
  const importer = await import("@/lib/mutations/curated/import-records");
  const csv = await import("@/lib/curation/csv");
  const exporter = await import("@/lib/queries/curation-export");
  const me = (role: keyof TestUsers): CurrentUser => ({ id: users[role].id, email: users[role].email, name: `Test ${role}`, role });

  /** The export's CSV text, as the route sends it (minus the BOM). */
  async function exportCsv(entity: EntityName, role: keyof TestUsers = "ADMIN"): Promise<string> {
    const { columns, records } = await exporter.exportRecords(me(role), entity);
    return csv.recordsToCsv(records, columns);
  }
  /** Parses the file (expecting no file-level problems) and imports it. */
  const run = (entity: EntityName, text: string, options: { dryRun: boolean; publish?: boolean }) => {
    const file = csv.parseImportCsv(entity, text);
    expect(file.problems).toEqual([]);
    return importer.importRecords(entity, file, options);
  };
  return { db, users, engine, importer, csv, as: actingAs(users), exportCsv, run };
}
