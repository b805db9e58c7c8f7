"use client";
import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { canonicalQuery, type FormDomain } from "@/lib/charts/timeline/form-query";

/**
 * Applies each change of the server-rendered filter form at once: the form's values become the canonical query
 * (`?from=2025`, `j=EU,US`) and the router navigates there, one history entry per change, so Back restores the
 * previous view. The server renders the filtered view; without JavaScript the form's Apply button does the same.
 */
export function TimelineFiltersApply({ formId, path, domain }: { formId: string; path: string; domain: FormDomain }) {
  const router = useRouter();
  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    const go = (changed: string | null) => {
      const query = canonicalQuery(new FormData(form), domain, changed);
      router.push(query ? `${path}?${query}` : path, { scroll: false });
    };
    const onChange = (e: Event) => go(e.target instanceof HTMLSelectElement ? e.target.name : null);
    const onSubmit = (e: SubmitEvent) => {
      e.preventDefault();
      go(null);
    };
    form.addEventListener("change", onChange);
    form.addEventListener("submit", onSubmit);
    return () => {
      form.removeEventListener("change", onChange);
      form.removeEventListener("submit", onSubmit);
    };
  }, [formId, path, domain, router]);
  return null;
}
