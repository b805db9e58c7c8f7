"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionFailure } from "@/lib/dto/decks";
import { Button } from "@/components/ui/button";

/** The failure of the last action, announced to screen readers; a conflict offers a reload. */
export function ActionError({ failure, testId }: { failure: ActionFailure | null; testId?: string }) {
  const t = useTranslations("decks");
  const router = useRouter();
  if (!failure) return null;
  return (
    <div
      role="alert"
      className="rounded border border-red-300 bg-red-50 p-2 text-sm text-red-900"
      data-testid={testId ?? "action-error"}
      data-code={failure.code}
    >
      <p>{failure.message}</p>
      {failure.code === "conflict" && (
        <Button variant="danger" size="sm" className="mt-1" onClick={() => router.refresh()}>
          {t("reload")}
        </Button>
      )}
    </div>
  );
}
