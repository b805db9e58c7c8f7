"use client";
// The dry run's (or the applied import's) rows: what each row does, its field changes old → new, and its problems
// by column. Unchanged rows are hidden unless asked for; a large file's rows are trimmed by the server action.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { displayValue } from "@/lib/curation/diff";
import type { ImportPreview as Preview } from "@/lib/mutations/curated/import-records";
import { Badge } from "@/components/ui/badge";
import { THead, Table, Td, Tr } from "@/components/ui/table";

const TONE = { create: "success", update: "info", unchanged: "neutral", conflict: "warning", error: "danger" } as const;

export function ImportPreview({ preview }: { preview: Preview }) {
  const t = useTranslations("import");
  const [showUnchanged, setShowUnchanged] = useState(false);
  const rows = preview.rows.filter((r) => showUnchanged || r.action !== "unchanged");
  return (
    <div className="space-y-2">
      {preview.counts.unchanged > 0 && (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={showUnchanged} onChange={(e) => setShowUnchanged(e.target.checked)} /> {t("showUnchanged")}
        </label>
      )}
      <Table frame="plain" density="compact" data-testid="import-preview">
        <THead tone="plain" columns={[t("row"), t("key"), t("action"), t("details")]} />
        <tbody>
          {rows.map((r) => (
            <Tr key={r.row} data-row={r.row} data-action={r.action}>
              <Td>{r.row}</Td>
              <Td className="font-mono text-xs">{r.key || "—"}</Td>
              <Td>
                <Badge tone={TONE[r.action]}>{t(`actions.${r.action}`)}</Badge>
                {r.asDraft && <span className="ml-1 text-xs text-slate-600">({t("asDraft")})</span>}
              </Td>
              <Td>
                {r.problems.length > 0 && (
                  <ul className="text-red-800">
                    {r.problems.map((p) => (
                      <li key={p.column}>
                        <span className="font-mono text-xs">{p.column}</span>: {p.message}
                      </li>
                    ))}
                  </ul>
                )}
                {r.action !== "error" && r.action !== "conflict" && r.changes.length > 0 && (
                  <ul>
                    {r.changes.map((c) => (
                      <li key={c.field}>
                        <span className="font-mono text-xs">{c.field}</span>:{" "}
                        {r.action === "update" && (
                          <>
                            <del className="text-slate-500">{displayValue(c.before)}</del> →{" "}
                          </>
                        )}
                        <ins className="no-underline font-medium">{displayValue(c.after)}</ins>
                      </li>
                    ))}
                  </ul>
                )}
              </Td>
            </Tr>
          ))}
        </tbody>
      </Table>
      {(preview.omitted ?? 0) > 0 && <p className="text-sm text-slate-600">{t("more", { count: preview.omitted ?? 0 })}</p>}
    </div>
  );
}
