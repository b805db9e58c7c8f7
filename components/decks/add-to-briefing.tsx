"use client";
import { useEffect, useId, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { addToBriefingAction } from "@/app/[locale]/decks/actions";
import type { ActionFailure, ChartView } from "@/lib/dto/decks";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/text-field";

type DeckOption = { id: string; title: string; version: number; slideCount: number };
type Access = { state: "loading" } | { state: "failed" } | { state: "signedOut" } | { state: "viewer" } | { state: "editor"; decks: DeckOption[] };

/**
 * "Add to briefing": a button and a modal dialog (native <dialog>: focus stays inside, Esc closes, focus returns
 * to the button). It works on statically cached pages: the decks come from GET /api/decks when the dialog
 * opens, and the slide is added by a server action that checks the role itself.
 */
export function AddToBriefing({ view, defaultTitle, buttonLabel }: { view: ChartView; defaultTitle: string; buttonLabel?: string }) {
  const t = useTranslations("briefing");
  const locale = useLocale();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const [access, setAccess] = useState<Access>({ state: "loading" });
  const [title, setTitle] = useState(defaultTitle);
  const [target, setTarget] = useState<"existing" | "new">("existing");
  const [deckId, setDeckId] = useState("");
  const [newDeckTitle, setNewDeckTitle] = useState("");
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [added, setAdded] = useState<{ deckId: string; deckTitle: string; slideCount: number } | null>(null);

  async function loadDecks() {
    setAccess({ state: "loading" });
    try {
      const res = await fetch("/api/decks", { cache: "no-store", headers: { Accept: "application/json" } });
      if (res.status === 401) return setAccess({ state: "signedOut" });
      if (res.status === 403) return setAccess({ state: "viewer" });
      if (!res.ok) return setAccess({ state: "failed" });
      const body = (await res.json()) as { canEdit: boolean; decks: DeckOption[] };
      if (!body.canEdit) return setAccess({ state: "viewer" });
      setAccess({ state: "editor", decks: body.decks });
      setTarget(body.decks.length ? "existing" : "new");
      setDeckId((current) => (body.decks.some((d) => d.id === current) ? current : (body.decks[0]?.id ?? "")));
    } catch {
      setAccess({ state: "failed" });
    }
  }

  function open() {
    setTitle(defaultTitle);
    setFailure(null);
    setAdded(null);
    dialog.current?.showModal();
    void loadDecks();
  }

  useEffect(() => {
    const el = dialog.current;
    const restore = () => trigger.current?.focus();
    el?.addEventListener("close", restore);
    return () => el?.removeEventListener("close", restore);
  }, []);

  async function submit() {
    if (access.state !== "editor") return;
    const deck = access.decks.find((d) => d.id === deckId);
    const input = { view, title, target: target === "new" || !deck ? { newDeckTitle } : { deckId: deck.id, version: deck.version } };
    setPending(true);
    try {
      const result = await addToBriefingAction(input, locale);
      if (result.ok) {
        setFailure(null);
        setAdded({ deckId: result.deckId, deckTitle: result.deckTitle, slideCount: result.slideCount });
        void loadDecks();
      } else {
        setFailure(result);
        if (result.code === "conflict" || result.code === "not-found") void loadDecks();
      }
    } catch {
      setFailure({ ok: false, code: "internal", message: t("loadFailed"), fieldErrors: {} });
    } finally {
      setPending(false);
    }
  }

  const errors = failure?.fieldErrors ?? {};
  const here = typeof window === "undefined" ? "" : window.location.pathname + window.location.search;
  return (
    <>
      <Button ref={trigger} size="sm" onClick={open} aria-haspopup="dialog">
        {buttonLabel ?? t("button")}
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby={`${id}-title`}
        className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg border border-slate-300 p-0 shadow-xl backdrop:bg-slate-900/50"
        data-testid="add-to-briefing-dialog"
      >
        <div className="space-y-4 p-5 text-sm">
          <div className="flex items-start justify-between gap-3">
            <h2 id={`${id}-title`} className="text-lg font-semibold">
              {t("dialogTitle")}
            </h2>
            <Button onClick={() => dialog.current?.close()}>{t("close")}</Button>
          </div>
          {access.state === "loading" && <p role="status">{t("loading")}</p>}
          {access.state === "failed" && <p role="alert">{t("loadFailed")}</p>}
          {access.state === "signedOut" && (
            <p role="alert" data-testid="briefing-sign-in">
              {t("signInNeeded")}{" "}
              <a className="font-medium text-brand-700 underline" href={`/${locale}/login?next=${encodeURIComponent(here)}`}>
                {t("signIn")}
              </a>
            </p>
          )}
          {access.state === "viewer" && (
            <p role="alert" data-testid="briefing-viewer">
              {t("viewerNeeded")}
            </p>
          )}
          {access.state === "editor" && (
            <form
              className="space-y-3"
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                void submit();
              }}
            >
              <TextField label={t("slideTitle")} name="title" value={title} onChange={setTitle} error={errors.title} required />
              <fieldset className="space-y-2">
                <legend className="font-medium">{t("target")}</legend>
                {access.decks.length === 0 && <p className="text-slate-700">{t("noDecksYet")}</p>}
                <div className="flex flex-wrap gap-4">
                  {access.decks.length > 0 && (
                    <label className="flex items-center gap-1">
                      <input type="radio" name={`${id}-target`} checked={target === "existing"} onChange={() => setTarget("existing")} /> {t("existingDeck")}
                    </label>
                  )}
                  <label className="flex items-center gap-1">
                    <input type="radio" name={`${id}-target`} checked={target === "new"} onChange={() => setTarget("new")} /> {t("newDeck")}
                  </label>
                </div>
                {target === "existing" && access.decks.length > 0 ? (
                  <SelectField
                    label={t("deck")}
                    name="deckId"
                    value={deckId}
                    onChange={setDeckId}
                    options={access.decks.map((d) => ({ value: d.id, label: `${d.title} (${d.slideCount})` }))}
                    error={errors["target.deckId"]}
                  />
                ) : (
                  <TextField
                    label={t("newDeckTitle")}
                    name="newDeckTitle"
                    value={newDeckTitle}
                    onChange={setNewDeckTitle}
                    error={errors["target.newDeckTitle"] ?? errors.target}
                    required
                  />
                )}
              </fieldset>
              {failure && !Object.keys(failure.fieldErrors).length && (
                <p role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-red-900" data-code={failure.code}>
                  {failure.message}
                </p>
              )}
              {failure && Object.keys(failure.fieldErrors).length > 0 && (
                <p role="alert" className="sr-only">
                  {failure.message}
                </p>
              )}
              {added && (
                <p role="status" className="rounded border border-green-300 bg-green-50 p-2 text-green-900" data-testid="briefing-added">
                  {t("added", { deck: added.deckTitle, count: added.slideCount })}{" "}
                  <Link href={`/decks/${added.deckId}`} className="font-medium underline">
                    {t("openDeck")}
                  </Link>
                </p>
              )}
              <Button type="submit" variant="primary" disabled={pending}>
                {pending ? t("adding") : t("add")}
              </Button>
            </form>
          )}
        </div>
      </dialog>
    </>
  );
}
