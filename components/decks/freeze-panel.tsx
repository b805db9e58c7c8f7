"use client";
import { useTranslations } from "next-intl";
import { freezeDeckAction, unfreezeDeckAction } from "@/app/[locale]/decks/actions";
import type { SlideDifference } from "@/lib/dto/decks";
import { ActionError } from "./action-error";
import { Button } from "@/components/ui/button";
import { THead, Table, Td, Tr } from "@/components/ui/table";
import { useDeckAction } from "./use-deck-action";
import { Section } from "@/components/ui/section";

const show = (v: string | number | null) => (v === null ? "–" : typeof v === "number" ? v.toLocaleString("en-US", { maximumFractionDigits: 2 }) : v);

/** Freeze / unfreeze, and which frozen slides differ from live data (old versus new on request). */
export function FreezePanel(props: {
  deck: { id: string; version: number; frozenAt: string | null };
  canEdit: boolean;
  hasSlides: boolean;
  differences: SlideDifference[];
  liveAfterFreeze: number;
}) {
  const t = useTranslations("decks");
  const { run, pending, failure } = useDeckAction();
  const ref = { deckId: props.deck.id, version: props.deck.version };
  return (
    <Section
      titleId="deck-data-title"
      title={t("dataTitle")}
      size="lg"
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      data-testid="freeze-panel"
    >
      <p className="max-w-3xl text-sm text-slate-700">{t("freezeHelp")}</p>
      <p className="font-medium" data-testid="freeze-status">
        {props.deck.frozenAt ? t("frozenAt", { date: `${props.deck.frozenAt.slice(0, 16).replace("T", " ")} UTC` }) : t("liveNote")}
      </p>
      {props.deck.frozenAt && (
        <>
          <p className={props.differences.length ? "font-semibold text-amber-900" : "text-slate-700"} data-testid="differ-count">
            {t("differ", { count: props.differences.length })}
          </p>
          {props.liveAfterFreeze > 0 && <p className="text-sm text-slate-700">{t("addedAfterFreeze", { count: props.liveAfterFreeze })}</p>}
          {props.differences.length > 0 && (
            <ul className="space-y-2" data-testid="differences">
              {props.differences.map((d) => (
                <li key={d.slideId} data-slide-id={d.slideId}>
                  <details className="rounded border border-amber-300 bg-amber-50 p-2 text-sm">
                    <summary className="cursor-pointer font-medium">
                      {t("slideHeading", { n: d.position + 1, title: d.title })} — {t("showDiff")}
                    </summary>
                    {d.liveProblem && <p className="mt-2">{t("diffLiveProblem")}</p>}
                    {d.frozenEmpty && <p className="mt-2">{t("diffFrozenEmpty")}</p>}
                    {d.changes.length > 0 && (
                      <Table frame="plain" density="compact" frameClassName="mt-2" data-testid="difference-table">
                        <THead tone="plain" columns={[t("diffRow"), t("diffColumn"), t("diffBefore"), t("diffAfter")]} />
                        <tbody>
                          {d.changes.map((c, i) => (
                            <Tr key={i}>
                              <Td>{c.row}</Td>
                              <Td>{c.column}</Td>
                              <Td className="tabular-nums" data-before>
                                {show(c.before)}
                              </Td>
                              <Td className="tabular-nums" data-after>
                                {show(c.after)}
                              </Td>
                            </Tr>
                          ))}
                        </tbody>
                      </Table>
                    )}
                  </details>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {props.canEdit && props.hasSlides && (
        <div className="flex flex-wrap gap-2">
          <Button disabled={pending} onClick={() => run(freezeDeckAction, ref)}>
            {props.deck.frozenAt ? t("refreeze") : t("freeze")}
          </Button>
          {props.deck.frozenAt && (
            <Button disabled={pending} onClick={() => run(unfreezeDeckAction, ref)}>
              {t("unfreeze")}
            </Button>
          )}
        </div>
      )}
      <ActionError failure={failure} />
    </Section>
  );
}
