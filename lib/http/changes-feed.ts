import "server-only";
// The Atom feeds of published changes: /feed.xml (everything) and /feed/<jurisdiction>.xml (one jurisdiction and
// its states). Entries link to where the public sees the record; ids are permanent (one per revision).
import { Feed } from "feed";
import en from "../../messages/en/opendata.json";
import { getPublishedChanges, newestRevisionAt, type ChangeDto } from "../queries/open-data/changes";
import { CORS_HEADERS } from "./cors";

export const FEED_DAYS = 365;
export const FEED_ENTRIES = 50;

const fill = (template: string, params: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? "");
const clip = (s: string | null) => (s === null ? "(empty)" : s.length > 200 ? `${s.slice(0, 200)}…` : s);

function entryTitle(c: ChangeDto): string {
  const entity = en.opendata.changes.entity[c.entityType as keyof typeof en.opendata.changes.entity] ?? c.entityType;
  const template = c.kind === "added" ? en.opendata.feed.entryAdded : c.kind === "removed" ? en.opendata.feed.entryRemoved : en.opendata.feed.entryChanged;
  return fill(template, { entity, label: c.label });
}

function entryText(c: ChangeDto): string {
  const lines = c.fields.map((f) => `${f.field}: ${clip(f.before)} → ${clip(f.after)}`);
  const by = fill(en.opendata.changes.published, { name: c.by ?? en.opendata.changes.unknownPublisher, date: `${c.at.slice(0, 16).replace("T", " ")} UTC` });
  return [by, ...lines].join("\n");
}

/** `jurisdiction`: a code and the codes of its states, or null for every change. */
export async function changesFeed(origin: string, selfPath: string, jurisdiction: { code: string; name: string; codes: string[] } | null): Promise<Response> {
  const today = new Date().toISOString().slice(0, 10);
  const start = new Date(Date.parse(`${today}T00:00:00Z`) - FEED_DAYS * 86_400_000).toISOString();
  const end = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString();
  const { changes } = await getPublishedChanges(start, end);
  const shown = changes.filter((c) => !jurisdiction || (c.jurisdictionCode !== null && jurisdiction.codes.includes(c.jurisdictionCode))).slice(0, FEED_ENTRIES);
  const updated = shown[0]?.at ?? (await newestRevisionAt()) ?? "2026-01-01T00:00:00.000Z";
  const self = `${origin}${selfPath}`;
  const feed = new Feed({
    id: self,
    title: jurisdiction ? fill(en.opendata.feed.titleFor, { name: jurisdiction.name }) : en.opendata.feed.title,
    description: en.opendata.feed.subtitle,
    link: `${origin}/en/changes`,
    language: "en",
    updated: new Date(updated),
    feedLinks: { atom: self },
    author: { name: "GovAtlas", link: `${origin}/en` },
    generator: false,
  });
  for (const c of shown) {
    feed.addItem({
      id: `urn:govatlas:revision:${c.revisionId}`,
      title: entryTitle(c),
      link: `${origin}/en${c.href}`,
      date: new Date(c.at),
      description: entryText(c),
      author: [{ name: c.by ?? en.opendata.changes.unknownPublisher }],
    });
  }
  return new Response(feed.atom1(), {
    headers: {
      ...CORS_HEADERS,
      "content-type": "application/atom+xml; charset=utf-8",
      "cache-control": "public, max-age=0, s-maxage=60, stale-while-revalidate=60",
    },
  });
}
