import type { ReactNode } from "react";

/** The host name is enough to recognise a link and never overflows a phone screen; the full URL is the tooltip. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}

export function ExternalLink({ url, newTabLabel, children }: { url: string; newTabLabel: string; children?: ReactNode }) {
  return (
    <a href={url} target="_blank" rel="noopener noreferrer" title={url} className="break-all text-brand-700 underline hover:text-brand-900">
      {children ?? hostOf(url)}
      <span aria-hidden> ↗</span>
      <span className="sr-only"> {newTabLabel}</span>
    </a>
  );
}
