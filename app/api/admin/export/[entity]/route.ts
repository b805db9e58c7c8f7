import { PermissionError, requirePermission } from "@/lib/auth/current-user";
import { exportRecords } from "@/lib/queries/curation-export";
import { recordsToCsv } from "@/lib/curation/csv";
import { entityParam } from "@/lib/validations/admin-list";

export async function GET(_req: Request, ctx: RouteContext<"/api/admin/export/[entity]">) {
  try {
    await requirePermission("VIEW_ADMIN");
  } catch (error) {
    if (error instanceof PermissionError) return Response.json({ error: error.message }, { status: error.status });
    throw error;
  }
  const entity = entityParam.safeParse((await ctx.params).entity);
  if (!entity.success) return Response.json({ error: "Unknown entity." }, { status: 404 });
  const { columns, records } = await exportRecords(entity.data);
  const csv = `\uFEFF${recordsToCsv(records, columns)}\r\n`;
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="govatlas-${entity.data}-${new Date().toISOString().slice(0, 10)}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
