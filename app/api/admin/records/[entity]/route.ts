// JSON API for curation (scripts, load tests). Origin, role and body are checked before anything is read
// (lib/http/json-body.ts); the engine checks the caller's role again for the exact operation.
import { z } from "zod";
import { createEntity } from "@/lib/mutations/curated/engine";
import { AppError } from "@/lib/errors/app-error";
import { errorResponse, resultResponse } from "@/lib/errors/http";
import { httpLocale } from "@/lib/http/messages";
import { readJsonWrite } from "@/lib/http/json-body";
import { entityParam } from "@/lib/validations/admin-list";

const body = z.strictObject({ values: z.unknown(), publish: z.boolean().default(false) });

export async function POST(req: Request, ctx: RouteContext<"/api/admin/records/[entity]">) {
  const json = await readJsonWrite(req, "EDIT_DRAFT");
  if (!json.ok) return json.response;
  const entity = entityParam.safeParse((await ctx.params).entity);
  const locale = httpLocale(req.headers);
  if (!entity.success) return errorResponse(new AppError("not-found", { key: "appErrors.curation.unknownEntity" }), locale);
  const parsed = body.safeParse(json.body);
  if (!parsed.success) return errorResponse(new AppError("invalid", { key: "appErrors.curation.expectedCreate" }), locale);
  return resultResponse(await createEntity(entity.data, parsed.data.values, { publish: parsed.data.publish }), 201);
}
