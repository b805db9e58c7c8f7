"use client";
// "Add to briefing" offered only to readers who may edit decks, on pages cached for everyone (the jurisdiction
// pages): the session is read in the browser, and nothing is shown until it says so. This is only what the page
// offers; the action checks the role itself (app/[locale]/decks/actions.ts).
import { useEffect, useState } from "react";
import { can, type Role } from "@/lib/auth/roles";
import type { ChartView } from "@/lib/dto/decks";
import { AddToBriefing } from "./add-to-briefing";

let session: Promise<Role | null> | null = null;

/** One session read per page load, shared by every chart of the page. */
function sessionRole(): Promise<Role | null> {
  session ??= fetch("/api/auth/session", { cache: "no-store" })
    .then((r) => (r.ok ? r.json() : null))
    .then((s: { user?: { role?: Role } } | null) => s?.user?.role ?? null)
    .catch(() => null)
    .finally(() => {
      // The next navigation reads it again (signing in or out happens without a full page load).
      setTimeout(() => (session = null), 0);
    });
  return session;
}

export function EditorAddToBriefing(props: { view: ChartView; defaultTitle: string }) {
  const [editor, setEditor] = useState(false);
  useEffect(() => {
    let live = true;
    void sessionRole().then((role) => live && setEditor(can(role, "EDIT_DECKS")));
    return () => {
      live = false;
    };
  }, []);
  return editor ? <AddToBriefing {...props} /> : null;
}
