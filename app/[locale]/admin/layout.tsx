import { requirePagePermission } from "@/lib/auth/current-user";
import { AdminNav } from "@/components/admin/admin-nav";

// Every admin page is dynamic and gated here; each page and mutation also checks the role itself.
export const dynamic = "force-dynamic";

export default async function AdminLayout({ children, params }: LayoutProps<"/[locale]/admin">) {
  const { locale } = await params;
  const user = await requirePagePermission("VIEW_ADMIN", locale);
  return (
    <div className="space-y-6">
      <AdminNav user={user} />
      {children}
    </div>
  );
}
