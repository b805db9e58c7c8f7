"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { deleteSlideAction, duplicateSlideAction, moveSlideAction, updateSlideAction } from "@/app/[locale]/decks/actions";
import type { PresentSlide, SlideDto } from "@/lib/dto/decks";
import { describeParams, viewHref } from "@/lib/decks/view-link";
import { SlideView } from "@/components/present/slide-view";
import { SlideTable } from "@/components/present/slide-table";
import { ActionError } from "./action-error";
import { AddToBriefing } from "./add-to-briefing";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { TextArea, TextField } from "@/components/ui/text-field";
import { useDeckAction } from "./use-deck-action";

export type DeckRef = { id: string; version: number; frozenAt: string | null };

/** One slide on the deck page: a preview with the numbers it presents, its data, and (for editors) its controls. */
export function SlideCard(props: {
  slide: SlideDto;
  shown: PresentSlide;
  index: number;
  total: number;
  deck: DeckRef;
  canEdit: boolean;
  onMoved: (slideId: string, direction: "up" | "down") => void;
}) {
  const { slide, shown, index, total, deck } = props;
  const t = useTranslations("decks");
  const { run, pending, failure } = useDeckAction();
  const [editing, setEditing] = useState(false);
  const [form, setForm] = useState({ title: slide.title, takeaway: slide.takeaway ?? "", notes: slide.notes ?? "", body: slide.body ?? "" });
  const errors = failure?.fieldErrors ?? {};
  const ref = { deckId: deck.id, version: deck.version, slideId: slide.id };
  const n = index + 1;
  const move = (direction: "up" | "down") => run(moveSlideAction, { ...ref, direction }, () => props.onMoved(slide.id, direction));

  return (
    <li
      className="rounded-lg border border-slate-200 bg-white p-4"
      data-testid="slide-card"
      data-slide-id={slide.id}
      aria-labelledby={`slide-${slide.id}-heading`}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={`slide-${slide.id}-heading`} className="text-lg font-semibold">
          {t("slideHeading", { n, title: slide.title })}
        </h3>
        <Badge>
          {t(`kind.${slide.kind}`)}
          {shown.frozen ? ` · ${t("frozenLabel")}` : ""}
        </Badge>
      </div>
      <div className="mt-3 grid gap-4 lg:grid-cols-[minmax(0,28rem)_1fr]">
        <div className="overflow-hidden rounded border border-slate-300" aria-hidden="true">
          <SlideView slide={shown} frozenAt={deck.frozenAt} />
        </div>
        <div className="min-w-0 space-y-2 text-sm">
          {slide.takeaway && (
            <p>
              <span className="font-medium">{t("takeaway")}:</span> {slide.takeaway}
            </p>
          )}
          {slide.notes && (
            <p className="whitespace-pre-line text-slate-700">
              <span className="font-medium">{t("notes")}:</span> {slide.notes}
            </p>
          )}
          {slide.view && (
            <p className="text-slate-700">
              {t("viewOf", { chart: t(`charts.${slide.view.chart}`) })} · {t("filters", { filters: describeParams(slide.view) || t("noFilters") })} ·{" "}
              <Link href={viewHref(slide.view)} className="text-brand-700 underline">
                {t("openView")}
              </Link>
            </p>
          )}
          {!shown.data && shown.problem && (
            <p className="rounded border border-amber-300 bg-amber-50 p-2 text-amber-950" data-testid="slide-problem-note">
              {t(`problem.${shown.problem}`)}
            </p>
          )}
          {shown.data && (
            <details>
              <summary className="cursor-pointer font-medium text-brand-700">{t("showData")}</summary>
              <div className="mt-2 overflow-x-auto" data-testid="slide-data-table">
                <SlideTable table={shown.data.table} compact />
              </div>
            </details>
          )}
          {props.canEdit && (
            <div className="flex flex-wrap gap-2 pt-1" role="group" aria-label={t("slideHeading", { n, title: slide.title })}>
              <Button disabled={pending || index === 0} onClick={() => move("up")} aria-label={t("moveUpLabel", { n })} data-move="up">
                ↑ {t("moveUp")}
              </Button>
              <Button disabled={pending || index === total - 1} onClick={() => move("down")} aria-label={t("moveDownLabel", { n })} data-move="down">
                ↓ {t("moveDown")}
              </Button>
              <Button disabled={pending} onClick={() => run(duplicateSlideAction, ref)}>
                {t("duplicate")}
              </Button>
              <Button
                disabled={pending}
                onClick={() => {
                  setForm({ title: slide.title, takeaway: slide.takeaway ?? "", notes: slide.notes ?? "", body: slide.body ?? "" });
                  setEditing((e) => !e);
                }}
                aria-expanded={editing}
              >
                {t("edit")}
              </Button>
              <Button disabled={pending} onClick={() => window.confirm(t("confirmDeleteSlide", { title: slide.title })) && run(deleteSlideAction, ref)}>
                {t("delete")}
              </Button>
            </div>
          )}
          {slide.view && <AddToBriefing view={slide.view} defaultTitle={slide.title} buttonLabel={t("copyToDeck")} />}
          <ActionError failure={editing ? null : failure} />
        </div>
      </div>
      {props.canEdit && editing && (
        <form
          className="mt-4 space-y-3 border-t border-slate-200 pt-4"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            run(updateSlideAction, { ...ref, ...form, ...(slide.kind === "TEXT" ? {} : { body: undefined }) }, () => setEditing(false));
          }}
        >
          <TextField label={t("slideTitle")} name="title" value={form.title} onChange={(title) => setForm({ ...form, title })} error={errors.title} required />
          <TextField
            label={t("takeaway")}
            optionalLabel={t("optional")}
            name="takeaway"
            value={form.takeaway}
            onChange={(takeaway) => setForm({ ...form, takeaway })}
            error={errors.takeaway}
          />
          {slide.kind === "TEXT" && (
            <TextArea label={t("body")} name="body" rows={5} value={form.body} onChange={(body) => setForm({ ...form, body })} error={errors.body} />
          )}
          <TextArea
            label={t("notes")}
            optionalLabel={t("optional")}
            name="notes"
            rows={4}
            value={form.notes}
            onChange={(notes) => setForm({ ...form, notes })}
            error={errors.notes}
          />
          <ActionError failure={failure} />
          <div className="flex gap-2">
            <Button type="submit" variant="primary" disabled={pending}>
              {pending ? t("saving") : t("save")}
            </Button>
            <Button onClick={() => setEditing(false)}>{t("cancel")}</Button>
          </div>
        </form>
      )}
    </li>
  );
}
