import { PermissionError, requirePermission, type CurrentUser } from "@/lib/auth/current-user";
import { exportRecords } from "@/lib/queries/curation-export";
import { recordsToCsv } from "@/lib/curation/csv";
import { httpLocale, httpMessage } from "@/lib/http/messages";
import { entityParam } from "@/lib/validations/admin-list";
import { importMessage } from "@/lib/curation/import-messages";
import { ENTITY_NAMES } from "@/lib/validations/curated";

export async function GET(req: Request, ctx: RouteContext<"/api/admin/export/[entity]">) {
  let user: CurrentUser;
  try {
    user = await requirePermission("VIEW_ADMIN");
  } catch (error) {
    if (!(error instanceof PermissionError)) throw error;
    const message = httpMessage(error.status === 401 ? "unauthorized" : "forbidden", httpLocale(req.headers));
    return Response.json({ error: message }, { status: error.status });
  }
  const name = (await ctx.params).entity;
  const entity = entityParam.safeParse(name);
  if (!entity.success) {
    const message = importMessage("unknownEntity", httpLocale(req.headers), { entity: name.slice(0, 40), entities: ENTITY_NAMES.join(", ") });
    return Response.json({ error: message }, { status: 404 });
  }
  const { columns, records } = await exportRecords(user, entity.data);
  const csv = `\uFEFF${recordsToCsv(records, columns)}\r\n`;
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="govatlas-${entity.data}-${new Date().toISOString().slice(0, 10)}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
