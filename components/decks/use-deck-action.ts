"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import type { ActionFailure, ActionResult } from "@/lib/dto/decks";

type Action<T extends object> = (input: unknown, locale: unknown) => Promise<ActionResult<T>>;

/**
 * Runs a deck server action, keeps its failure (message + field errors) for the form, and re-renders the
 * page from the server on success so that the next action uses the new deck version.
 */
export function useDeckAction() {
  const router = useRouter();
  const locale = useLocale();
  const t = useTranslations("decks");
  const [pending, startTransition] = useTransition();
  const [failure, setFailure] = useState<ActionFailure | null>(null);

  function run<T extends object>(action: Action<T>, input: unknown, onSuccess?: (result: { ok: true } & T) => void) {
    startTransition(async () => {
      let result: ActionResult<T>;
      try {
        result = await action(input, locale);
      } catch {
        result = { ok: false, code: "internal", message: t("errors.network"), fieldErrors: {} };
      }
      if (result.ok) {
        setFailure(null);
        onSuccess?.(result);
        router.refresh();
      } else setFailure(result);
    });
  }
  return { run, pending, failure, clear: () => setFailure(null) };
}
