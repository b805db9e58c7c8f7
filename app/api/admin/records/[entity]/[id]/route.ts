// JSON API for curation: update (optionally publishing in the same transaction) and delete. Origin, role and body
// are checked before anything is read (lib/http/json-body.ts); the engine checks the exact permission again.
import { z } from "zod";
import { deleteEntity, updateEntity } from "@/lib/mutations/curated/engine";
import { toResponse } from "@/lib/mutations/curated/http";
import { readJsonWrite } from "@/lib/http/json-body";
import { entityParam } from "@/lib/validations/admin-list";

const update = z.strictObject({ version: z.number().int().min(1), values: z.unknown(), publish: z.boolean().default(false) });
const remove = z.strictObject({ version: z.number().int().min(1) });

async function target(ctx: RouteContext<"/api/admin/records/[entity]/[id]">) {
  const { entity, id } = await ctx.params;
  const e = entityParam.safeParse(entity);
  return e.success && id.length <= 64 ? { entity: e.data, id } : null;
}

const notFound = () => Response.json({ ok: false, code: "not-found", message: "Unknown entity." }, { status: 404 });

export async function PUT(req: Request, ctx: RouteContext<"/api/admin/records/[entity]/[id]">) {
  const json = await readJsonWrite(req, "EDIT_DRAFT");
  if (!json.ok) return json.response;
  const t = await target(ctx);
  if (!t) return notFound();
  const parsed = update.safeParse(json.body);
  if (!parsed.success) return Response.json({ ok: false, code: "invalid", message: "Expected { version, values, publish? }." }, { status: 400 });
  return toResponse(await updateEntity(t.entity, t.id, parsed.data.version, parsed.data.values, { publish: parsed.data.publish }));
}

export async function DELETE(req: Request, ctx: RouteContext<"/api/admin/records/[entity]/[id]">) {
  const json = await readJsonWrite(req, "DELETE");
  if (!json.ok) return json.response;
  const t = await target(ctx);
  if (!t) return notFound();
  const parsed = remove.safeParse(json.body);
  if (!parsed.success) return Response.json({ ok: false, code: "invalid", message: "Expected { version }." }, { status: 400 });
  return toResponse(await deleteEntity(t.entity, t.id, parsed.data.version));
}
