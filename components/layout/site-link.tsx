import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";

/**
 * A link to one of the site's pages, in the reader's language; with `file`, to an address outside the localised pages
 * (a feed, a JSON file), which keeps its path as written.
 */
export function SiteLink({ href, file, className, children }: { href: string; file?: boolean; className: string; children: ReactNode }) {
  return file ? (
    <a href={href} className={className}>
      {children}
    </a>
  ) : (
    <Link href={href} className={className}>
      {children}
    </Link>
  );
}
