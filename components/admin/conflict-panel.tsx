"use client";
import { useTranslations } from "next-intl";
import { diffRecords, displayValue } from "@/lib/curation/diff";
import type { ConflictInfo } from "@/lib/mutations/curated/result";
import { Button } from "@/components/ui/button";
import { DiffTable } from "./diff-table";

/** "Their version beside yours": shown when a save was refused because someone saved first. */
export function ConflictPanel(props: { conflict: ConflictInfo; mine: Record<string, unknown>; onLoadTheirs: () => void; onKeepMine: () => void }) {
  const t = useTranslations("curation");
  const changes = diffRecords(props.conflict.theirs, props.mine);
  return (
    <section role="alert" aria-labelledby="conflict-title" className="rounded border-2 border-amber-400 bg-amber-50 p-4" data-testid="conflict-panel">
      <h2 id="conflict-title" className="text-lg font-semibold">
        {t("conflict.title")}
      </h2>
      <p className="text-sm">
        {t("conflict.by", {
          by: props.conflict.by ?? "?",
          at: props.conflict.at.replace("T", " ").slice(0, 19) + " UTC",
          version: props.conflict.currentVersion,
        })}
      </p>
      <p className="text-sm">{t("conflict.explain")}</p>
      <DiffTable
        frameClassName="mt-2"
        columns={{ field: t("conflict.field"), before: t("conflict.theirs"), after: t("conflict.yours") }}
        cellTestIds={{ before: "theirs", after: "yours" }}
        rows={changes.map((c) => ({
          field: c.field,
          label: t.has(`fields.${c.field}`) ? t(`fields.${c.field}`) : c.field,
          before: displayValue(c.before),
          after: displayValue(c.after),
        }))}
      />
      <div className="mt-3 flex flex-wrap gap-3">
        <Button onClick={props.onLoadTheirs}>{t("conflict.loadTheirs")}</Button>
        <Button variant="warning" onClick={props.onKeepMine}>
          {t("conflict.keepMine")}
        </Button>
      </div>
    </section>
  );
}
