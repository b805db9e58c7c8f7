import { requirePagePermission } from "@/lib/auth/current-user";
import { NextIntlClientProvider } from "next-intl";
import { AdminNav } from "@/components/admin/admin-nav";

// Every admin page is dynamic and gated here; each page and mutation also checks the role itself.
export const dynamic = "force-dynamic";

export default async function AdminLayout({ children, params }: LayoutProps<"/[locale]/admin">) {
  const { locale } = await params;
  const user = await requirePagePermission("VIEW_ADMIN", locale);
  return (
    // Curation forms label their options from many catalogs (figure kinds, actor types, statuses…): the admin area's
    // client components get every catalog, while public pages get only SITE_NAMESPACES (see the locale layout).
    <NextIntlClientProvider>
      <div className="space-y-6">
        <AdminNav user={user} />
        {children}
      </div>
    </NextIntlClientProvider>
  );
}
