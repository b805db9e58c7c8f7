/** "Budget briefing — May" → "govatlas-budget-briefing-may" (ASCII only; header-safe). */
export function exportFilename(title: string, extension: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[^\w\s-]/g, "")
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, "-")
    .slice(0, 60);
  return `govatlas-${slug || "deck"}.${extension}`;
}
