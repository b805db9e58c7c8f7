// JSON API for curation: update (optionally publishing in the same transaction) and delete. Origin, role and body
// are checked before anything is read (lib/http/json-body.ts); the engine checks the exact permission again.
import { z } from "zod";
import { deleteEntity, updateEntity } from "@/lib/mutations/curated/engine";
import { AppError } from "@/lib/errors/app-error";
import { errorResponse, resultResponse } from "@/lib/errors/http";
import { httpLocale } from "@/lib/http/messages";
import { readJsonWrite } from "@/lib/http/json-body";
import { entityParam } from "@/lib/validations/admin-list";

const update = z.strictObject({ version: z.number().int().min(1), values: z.unknown(), publish: z.boolean().default(false) });
const remove = z.strictObject({ version: z.number().int().min(1) });

async function target(ctx: RouteContext<"/api/admin/records/[entity]/[id]">) {
  const { entity, id } = await ctx.params;
  const e = entityParam.safeParse(entity);
  return e.success && id.length <= 64 ? { entity: e.data, id } : null;
}

const notFound = (req: Request) => errorResponse(new AppError("not-found", { key: "appErrors.curation.unknownEntity" }), httpLocale(req.headers));
const malformed = (req: Request, key: "expectedUpdate" | "expectedDelete") =>
  errorResponse(new AppError("invalid", { key: `appErrors.curation.${key}` }), httpLocale(req.headers));

export async function PUT(req: Request, ctx: RouteContext<"/api/admin/records/[entity]/[id]">) {
  const json = await readJsonWrite(req, "EDIT_DRAFT");
  if (!json.ok) return json.response;
  const t = await target(ctx);
  if (!t) return notFound(req);
  const parsed = update.safeParse(json.body);
  if (!parsed.success) return malformed(req, "expectedUpdate");
  return resultResponse(await updateEntity(t.entity, t.id, parsed.data.version, parsed.data.values, { publish: parsed.data.publish }));
}

export async function DELETE(req: Request, ctx: RouteContext<"/api/admin/records/[entity]/[id]">) {
  const json = await readJsonWrite(req, "DELETE");
  if (!json.ok) return json.response;
  const t = await target(ctx);
  if (!t) return notFound(req);
  const parsed = remove.safeParse(json.body);
  if (!parsed.success) return malformed(req, "expectedDelete");
  return resultResponse(await deleteEntity(t.entity, t.id, parsed.data.version));
}
