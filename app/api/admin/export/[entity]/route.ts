import { PermissionError, requirePermission, type CurrentUser } from "@/lib/auth/current-user";
import { exportRecords } from "@/lib/queries/curation-export";
import { recordsToCsv } from "@/lib/curation/csv";
import { httpLocale, httpMessage } from "@/lib/http/messages";
import { entityParam } from "@/lib/validations/admin-list";

export async function GET(req: Request, ctx: RouteContext<"/api/admin/export/[entity]">) {
  let user: CurrentUser;
  try {
    user = await requirePermission("VIEW_ADMIN");
  } catch (error) {
    if (!(error instanceof PermissionError)) throw error;
    const message = httpMessage(error.status === 401 ? "unauthorized" : "forbidden", httpLocale(req.headers));
    return Response.json({ error: message }, { status: error.status });
  }
  const entity = entityParam.safeParse((await ctx.params).entity);
  if (!entity.success) return Response.json({ error: "Unknown entity." }, { status: 404 });
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
