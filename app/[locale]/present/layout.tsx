import { AreaMessages } from "@/components/layout/area-messages";

// The present pages' client messages (each page checks its own permission).
export default function PresentLayout({ children }: LayoutProps<"/[locale]/present">) {
  return <AreaMessages area="present">{children}</AreaMessages>;
}
