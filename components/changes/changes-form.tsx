import { getTranslations } from "next-intl/server";
import type { FrozenDeckDto } from "@/lib/queries/open-data/changes";
import { Button } from "@/components/ui/button";

/** The period (a plain GET form: the URL holds it, so a view can be shared and bookmarked). */
export async function ChangesForm({ fromDay, toDay, deckId, decks }: { fromDay: string; toDay: string; deckId: string | null; decks: FrozenDeckDto[] }) {
  const t = await getTranslations("opendata.changes");
  const input = "mt-1 block rounded border border-slate-300 px-2 py-1";
  return (
    <form method="get" className="mt-4 flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4" data-testid="changes-form">
      <label className="text-sm">
        {t("from")}
        <input type="date" name="from" defaultValue={fromDay} className={input} />
      </label>
      <label className="text-sm">
        {t("to")}
        <input type="date" name="to" defaultValue={toDay} className={input} />
      </label>
      {decks.length > 0 && (
        <label className="text-sm">
          {t("deck")}
          <select name="deck" defaultValue={deckId ?? ""} className={input}>
            <option value="">{t("deckNone")}</option>
            {decks.map((d) => (
              <option key={d.id} value={d.id}>
                {t("deckOption", { title: d.title, date: d.frozenAt.slice(0, 10) })}
              </option>
            ))}
          </select>
        </label>
      )}
      <Button type="submit" variant="primary">
        {t("show")}
      </Button>
    </form>
  );
}
