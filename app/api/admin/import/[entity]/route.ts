// CSV import for scripts: POST a CSV body (Content-Type: text/csv) of one entity, in the export's columns.
// `?dryRun=1` answers the preview (per-row action, field changes, problems) and saves nothing; without it the file
// is applied all or nothing. `?publish=1` (admins) publishes what it creates or updates. Origin, role, type and size
// are checked before the body is read (lib/http/json-body.ts); the import checks the role again.
import { z } from "zod";
import { readCsvWrite } from "@/lib/http/json-body";
import { httpLocale } from "@/lib/http/messages";
import { parseImportCsv } from "@/lib/curation/csv";
import { MAX_CSV_BYTES } from "@/lib/curation/import-limits";
import { importMessage } from "@/lib/curation/import-messages";
import { importRecords } from "@/lib/mutations/curated/import-records";
import { toResponse } from "@/lib/mutations/curated/http";
import { ENTITY_NAMES } from "@/lib/validations/curated";
import { entityParam } from "@/lib/validations/admin-list";

const flag = z
  .enum(["0", "1", "true", "false"])
  .optional()
  .transform((v) => v === "1" || v === "true");
const query = z.strictObject({ dryRun: flag, publish: flag });

export async function POST(req: Request, ctx: RouteContext<"/api/admin/import/[entity]">) {
  const read = await readCsvWrite(req, "EDIT_DRAFT", MAX_CSV_BYTES);
  if (!read.ok) return read.response;
  const locale = httpLocale(req.headers);
  const name = (await ctx.params).entity;
  const entity = entityParam.safeParse(name);
  if (!entity.success) {
    return Response.json(
      { ok: false, code: "not-found", message: importMessage("unknownEntity", locale, { entity: name.slice(0, 40), entities: ENTITY_NAMES.join(", ") }) },
      { status: 404 },
    );
  }
  const options = query.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!options.success) return Response.json({ ok: false, code: "invalid", message: importMessage("malformed", locale) }, { status: 400 });
  const file = parseImportCsv(entity.data, read.text);
  if (file.problems.length) {
    const problems = file.problems.map((p) => importMessage(p.key, locale, p.params));
    return Response.json({ ok: false, code: "invalid", message: problems.join(" "), problems }, { status: 400 });
  }
  const result = await importRecords(entity.data, file, { dryRun: options.data.dryRun, publish: options.data.publish, locale });
  // The engine's refusals in the caller's language (the preview's own messages already are).
  if (!result.ok && (result.code === "forbidden" || result.code === "unauthorized" || result.code === "busy"))
    return toResponse({ ...result, message: importMessage(result.code, locale) });
  return toResponse(result);
}
