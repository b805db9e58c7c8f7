/** An ISO timestamp shown as "YYYY-MM-DD HH:MM:SS" in UTC (the audit log's clock; no locale guessing). */
export function UtcTime({ iso, seconds = true }: { iso: string; seconds?: boolean }) {
  const text = iso.slice(0, seconds ? 19 : 16).replace("T", " ");
  return (
    <time dateTime={iso} className="tabular-nums whitespace-nowrap">
      {text}
    </time>
  );
}
