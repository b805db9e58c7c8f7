import { requirePagePermission } from "@/lib/auth/current-user";

// Every admin page is dynamic and gated here; each mutation also checks the role itself.
export const dynamic = "force-dynamic";

export default async function AdminLayout({ children, params }: LayoutProps<"/[locale]/admin">) {
  const { locale } = await params;
  await requirePagePermission("VIEW_ADMIN", locale);
  return <div className="space-y-6">{children}</div>;
}
