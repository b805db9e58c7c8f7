"use client";
import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { addTextSlideAction, addViewSlideAction } from "@/app/[locale]/decks/actions";
import { CHART_IDS, type ChartId, type ChartView } from "@/lib/dto/decks";
import { viewFromLink } from "@/lib/decks/view-link";
import { ActionError } from "./action-error";
import { Button } from "@/components/ui/button";
import { SelectField, TextArea, TextField } from "@/components/ui/text-field";
import { useDeckAction } from "./use-deck-action";
import { Section } from "@/components/ui/section";

type Mode = "chart" | "text" | "table";
type Jurisdiction = { code: string; name: string };

/** Adds a chart view (from a pasted link), a text slide or a table (a governance comparison, or any view's table). */
export function AddSlidePanel({ deck, jurisdictions }: { deck: { id: string; version: number }; jurisdictions: Jurisdiction[] }) {
  const t = useTranslations("decks");
  const id = useId();
  const { run, pending, failure, clear } = useDeckAction();
  const [mode, setMode] = useState<Mode>("chart");
  const [chart, setChart] = useState<ChartId>("capex");
  const [link, setLink] = useState("");
  const [group, setGroup] = useState("");
  const [tableSource, setTableSource] = useState<"compare" | "view">("compare");
  const [codes, setCodes] = useState<string[]>(["EU", "US", "CN"].filter((c) => jurisdictions.some((j) => j.code === c)));
  const [title, setTitle] = useState("");
  const [takeaway, setTakeaway] = useState("");
  const [body, setBody] = useState("");
  const [notes, setNotes] = useState("");
  const [linkError, setLinkError] = useState<string | null>(null);
  const errors = failure?.fieldErrors ?? {};
  const ref = { deckId: deck.id, version: deck.version };
  const reset = () => {
    setTitle("");
    setTakeaway("");
    setBody("");
    setNotes("");
    setLink("");
  };

  function viewForForm(): ChartView | null {
    if (mode === "table" && tableSource === "compare") {
      if (codes.length < 2 || codes.length > 4) {
        setLinkError(t("pickTwo"));
        return null;
      }
      return { chart: "compare", params: { j: codes.join(",") } };
    }
    const parsed = viewFromLink(chart, link, chart === "initiatives" ? { group: group.toUpperCase() } : {});
    if (!parsed.ok) {
      setLinkError(t("linkInvalid", { reason: parsed.reason }));
      return null;
    }
    return parsed.view;
  }

  function submit() {
    setLinkError(null);
    clear();
    if (mode === "text") return run(addTextSlideAction, { ...ref, title, body, takeaway, notes }, reset);
    const view = viewForForm();
    if (!view) return;
    run(addViewSlideAction, { ...ref, kind: mode === "chart" ? "CHART" : "TABLE", title, takeaway, view }, reset);
  }

  const viewError = linkError ?? errors.view ?? errors["view.params"] ?? errors["view.chart"];
  const chartPicker = (
    <div className="grid gap-3 sm:grid-cols-2">
      <SelectField<ChartId>
        label={t("chart")}
        name="chart"
        value={chart}
        onChange={setChart}
        options={CHART_IDS.map((c) => ({ value: c, label: t(`charts.${c}`) }))}
      />
      <TextField
        label={t("link")}
        optionalLabel={t("optional")}
        name="link"
        value={link}
        onChange={setLink}
        hint={t("linkHelp")}
        error={viewError ?? undefined}
      />
      {chart === "initiatives" && (
        <TextField label={t("group")} optionalLabel={t("optional")} name="group" value={group} onChange={setGroup} hint={t("groupHelp")} />
      )}
    </div>
  );

  return (
    <Section
      titleId={`${id}-title`}
      title={t("addSlide")}
      size="lg"
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      data-testid="add-slide-panel"
    >
      <fieldset className="flex flex-wrap gap-4 text-sm">
        <legend className="sr-only">{t("addSlide")}</legend>
        {(["chart", "text", "table"] as const).map((m) => (
          <label key={m} className="flex items-center gap-1 font-medium">
            <input
              type="radio"
              name={`${id}-mode`}
              checked={mode === m}
              onChange={() => {
                setMode(m);
                setLinkError(null);
                clear();
              }}
            />
            {t(m === "chart" ? "addChart" : m === "text" ? "addText" : "addTable")}
          </label>
        ))}
      </fieldset>
      <form
        className="space-y-3"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
        data-testid={`add-${mode}-form`}
      >
        {mode === "chart" && chartPicker}
        {mode === "table" && (
          <>
            <fieldset className="flex flex-wrap gap-4 text-sm">
              <legend className="mb-1 font-medium">{t("tableSource")}</legend>
              <label className="flex items-center gap-1">
                <input type="radio" name={`${id}-table`} checked={tableSource === "compare"} onChange={() => setTableSource("compare")} />{" "}
                {t("tableFromCompare")}
              </label>
              <label className="flex items-center gap-1">
                <input type="radio" name={`${id}-table`} checked={tableSource === "view"} onChange={() => setTableSource("view")} /> {t("tableFromView")}
              </label>
            </fieldset>
            {tableSource === "compare" ? (
              <fieldset className="text-sm" aria-describedby={viewError ? `${id}-codes-error` : undefined}>
                <legend className="mb-1 font-medium">{t("jurisdictions")}</legend>
                <div className="flex flex-wrap gap-3">
                  {jurisdictions.map((j) => (
                    <label key={j.code} className="flex items-center gap-1">
                      <input
                        type="checkbox"
                        checked={codes.includes(j.code)}
                        onChange={(e) => setCodes(e.target.checked ? [...codes, j.code] : codes.filter((c) => c !== j.code))}
                      />
                      {j.name} ({j.code})
                    </label>
                  ))}
                </div>
                {viewError && (
                  <p id={`${id}-codes-error`} className="mt-1 font-medium text-red-800">
                    {viewError}
                  </p>
                )}
              </fieldset>
            ) : (
              chartPicker
            )}
          </>
        )}
        <TextField
          label={t("slideTitle")}
          optionalLabel={mode === "text" ? undefined : t("optional")}
          name="title"
          value={title}
          onChange={setTitle}
          error={errors.title}
          required={mode === "text"}
        />
        <TextField label={t("takeaway")} optionalLabel={t("optional")} name="takeaway" value={takeaway} onChange={setTakeaway} error={errors.takeaway} />
        {mode === "text" && (
          <>
            <TextArea label={t("body")} name="body" rows={5} value={body} onChange={setBody} error={errors.body} />
            <TextArea label={t("notes")} optionalLabel={t("optional")} name="notes" rows={3} value={notes} onChange={setNotes} error={errors.notes} />
          </>
        )}
        <ActionError failure={failure} testId="add-slide-error" />
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? t("saving") : t("add")}
        </Button>
      </form>
    </Section>
  );
}
