import { AreaMessages } from "@/components/layout/area-messages";

// The account pages' client messages (each page checks its own permission).
export default function AccountLayout({ children }: LayoutProps<"/[locale]/account">) {
  return <AreaMessages area="account">{children}</AreaMessages>;
}
