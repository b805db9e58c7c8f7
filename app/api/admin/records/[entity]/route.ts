// JSON API for curation (scripts, load tests). The engine checks the caller's role itself.
import { z } from "zod";
import { createEntity } from "@/lib/mutations/curated/engine";
import { readJson, toResponse } from "@/lib/mutations/curated/http";
import { entityParam } from "@/lib/validations/admin-list";

const body = z.strictObject({ values: z.unknown(), publish: z.boolean().default(false) });

export async function POST(req: Request, ctx: RouteContext<"/api/admin/records/[entity]">) {
  const entity = entityParam.safeParse((await ctx.params).entity);
  if (!entity.success) return Response.json({ ok: false, code: "not-found", message: "Unknown entity." }, { status: 404 });
  const json = await readJson(req);
  if (!json.ok) return json.response;
  const parsed = body.safeParse(json.body);
  if (!parsed.success) return Response.json({ ok: false, code: "invalid", message: "Expected { values, publish? }." }, { status: 400 });
  return toResponse(await createEntity(entity.data, parsed.data.values, { publish: parsed.data.publish }), 201);
}
