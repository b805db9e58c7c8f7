// JSON API for curation: update (optionally publishing in the same transaction) and delete. Origin, role and body
// are checked before anything is read (lib/http/json-body.ts); the engine checks the exact permission again.
import { z } from "zod";
import { deleteEntity, updateEntity } from "@/lib/mutations/curated/engine";
import { AppError } from "@/lib/errors/app-error";
import { errorResponse, resultResponse } from "@/lib/errors/http";
import type { Permission } from "@/lib/auth/roles";
import { httpLocale } from "@/lib/http/messages";
import { readJsonWrite } from "@/lib/http/json-body";
import { entityParam } from "@/lib/validations/admin-list";

type Ctx = RouteContext<"/api/admin/records/[entity]/[id]">;

const update = z.strictObject({ version: z.number().int().min(1), values: z.unknown(), publish: z.boolean().default(false) });
const remove = z.strictObject({ version: z.number().int().min(1) });

type Malformed = "expectedUpdate" | "expectedDelete";

const refuse = (req: Request, code: "not-found" | "invalid", key: "unknownEntity" | Malformed) => ({
  ok: false as const,
  response: errorResponse(new AppError(code, { key: `appErrors.curation.${key}` }), httpLocale(req.headers)),
});

/**
 * The write's checks in order: origin, role and JSON (readJsonWrite), then the record named in the path, then the
 * body against `schema` (refused with `malformedKey`).
 */
async function readRecordWrite<S extends z.ZodType>(req: Request, ctx: Ctx, permission: Permission, schema: S, malformedKey: Malformed) {
  const json = await readJsonWrite(req, permission);
  if (!json.ok) return json;
  const { entity, id } = await ctx.params;
  const e = entityParam.safeParse(entity);
  if (!e.success || id.length > 64) return refuse(req, "not-found", "unknownEntity");
  const parsed = schema.safeParse(json.body);
  if (!parsed.success) return refuse(req, "invalid", malformedKey);
  return { ok: true as const, entity: e.data, id, body: parsed.data };
}

export async function PUT(req: Request, ctx: Ctx) {
  const w = await readRecordWrite(req, ctx, "EDIT_DRAFT", update, "expectedUpdate");
  if (!w.ok) return w.response;
  return resultResponse(await updateEntity(w.entity, w.id, w.body.version, w.body.values, { publish: w.body.publish }));
}

export async function DELETE(req: Request, ctx: Ctx) {
  const w = await readRecordWrite(req, ctx, "DELETE", remove, "expectedDelete");
  if (!w.ok) return w.response;
  return resultResponse(await deleteEntity(w.entity, w.id, w.body.version));
}
