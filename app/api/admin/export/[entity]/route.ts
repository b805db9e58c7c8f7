import { PermissionError, requirePermission, type CurrentUser } from "@/lib/auth/current-user";
import { exportRecords } from "@/lib/queries/curation-export";
import { recordsToCsv } from "@/lib/curation/csv";
import { httpLocale } from "@/lib/http/messages";
import { AppError } from "@/lib/errors/app-error";
import { errorResponse } from "@/lib/errors/http";
import { entityParam } from "@/lib/validations/admin-list";

export async function GET(req: Request, ctx: RouteContext<"/api/admin/export/[entity]">) {
  let user: CurrentUser;
  try {
    user = await requirePermission("VIEW_ADMIN");
  } catch (error) {
    if (!(error instanceof PermissionError)) throw error;
    return errorResponse(error, httpLocale(req.headers));
  }
  const entity = entityParam.safeParse((await ctx.params).entity);
  if (!entity.success) return errorResponse(new AppError("not-found", { key: "appErrors.curation.unknownEntity" }), httpLocale(req.headers));
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
