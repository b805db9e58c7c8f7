import { AreaMessages } from "@/components/layout/area-messages";

// The decks pages' client messages (each page checks its own permission).
export default function DecksLayout({ children }: LayoutProps<"/[locale]/decks">) {
  return <AreaMessages area="decks">{children}</AreaMessages>;
}
