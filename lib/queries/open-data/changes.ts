import "server-only";
// Published changes between two instants, from the revision history (see changes-diff.ts), with what a reader
// needs: the record's label, its jurisdiction, a link to where the public sees it, and who published it (display
// name only: e-mail addresses never leave this module).
import { unstable_cache } from "next/cache";
import { db } from "../../db";
import { labelOf, REGISTRY } from "../../curation/registry";
import type { EntityName } from "../../validations/curated";
import { FIGURES_TAG } from "../investment-explorer";
import { changesBetween, type PublishedChange, type RevisionInput } from "./changes-diff";

export type ChangeDto = Omit<PublishedChange, "data"> & {
  label: string;
  jurisdictionCode: string | null;
  /** Path under the locale (e.g. "/jurisdictions/eu#instrument-eu-ai-act"). */
  href: string;
};

export type ChangesDto = {
  changes: ChangeDto[];
  jurisdictions: Record<string, { nameEn: string; nameZh: string; parentCode: string | null }>;
};

/** The seed's system user (seed/seed-rows.ts SYSTEM_EMAIL; not imported: that module loads the password hasher). */
export const SYSTEM_EMAIL = "system@govatlas.local";

const str = (v: unknown) => (typeof v === "string" && v ? v : null);
const lower = (code: string) => code.toLowerCase();

function hrefOf(entity: string, d: Record<string, unknown>, j: string | null): string {
  const page = j ? `/jurisdictions/${lower(j)}` : null;
  switch (entity) {
    case "jurisdictions":
      return `/jurisdictions/${lower(String(d.code))}`;
    case "instruments":
      return page ? `${page}#instrument-${d.slug}` : "/timeline";
    case "milestones":
      return page ? `${page}#instrument-${d.instrumentSlug}` : "/timeline";
    case "assessments":
      return page ? `${page}#assessment-${d.dimensionKey}` : "/compare";
    case "events":
      return page ? `${page}#event-${d.slug}` : "/timeline";
    case "investmentFigures":
      return page ? `${page}#figure-${d.slug}` : "/investment";
    case "sources":
      return `/sources#source-${d.key}`;
    case "flaggedClaims":
      return `/sources#claim-${d.slug}`;
    default:
      return "/investment";
  }
}

async function loadChanges(from: string, to: string): Promise<ChangesDto> {
  const touched = await db().revision.findMany({
    where: { createdAt: { gte: new Date(from), lt: new Date(to) } },
    select: { entityId: true },
    distinct: ["entityId"],
    take: 5000,
  });
  const ids = touched.map((t) => t.entityId);
  const [rows, jurisdictions, instruments, figures] = await Promise.all([
    ids.length
      ? db().revision.findMany({
          where: { entityId: { in: ids }, createdAt: { lt: new Date(to) } },
          select: {
            id: true,
            entityType: true,
            entityId: true,
            version: true,
            action: true,
            createdAt: true,
            snapshot: true,
            actor: { select: { name: true, email: true } },
          },
        })
      : [],
    db().jurisdiction.findMany({ select: { code: true, nameEn: true, nameZh: true, parent: { select: { code: true } } } }),
    db().instrument.findMany({ select: { slug: true, jurisdiction: { select: { code: true } } } }),
    db().investmentFigure.findMany({ where: { jurisdictionId: { not: null } }, select: { slug: true, jurisdiction: { select: { code: true } } } }),
  ]);
  const revisions: RevisionInput[] = rows
    .filter((r) => r.entityType in REGISTRY)
    .map((r) => ({
      id: r.id,
      entityType: r.entityType,
      entityId: r.entityId,
      version: r.version,
      action: r.action,
      createdAt: r.createdAt.toISOString(),
      actorName: r.actor?.name ?? null,
      bySystem: r.actor?.email === SYSTEM_EMAIL,
      snapshot: r.snapshot as unknown as RevisionInput["snapshot"],
    }));
  const instrumentJ = new Map(instruments.map((i) => [i.slug, i.jurisdiction.code]));
  const figureJ = new Map(figures.map((f) => [f.slug, f.jurisdiction!.code]));
  const jurisdictionOf = (entity: string, d: Record<string, unknown>): string | null => {
    if (entity === "jurisdictions") return str(d.code);
    if (entity === "milestones") return instrumentJ.get(String(d.instrumentSlug)) ?? null;
    if (entity === "flaggedClaims") return instrumentJ.get(String(d.instrumentSlug)) ?? figureJ.get(String(d.investmentFigureSlug)) ?? null;
    return str(d.jurisdictionCode);
  };
  const changes = changesBetween(revisions, from, to).map(({ data, ...c }) => {
    const j = jurisdictionOf(c.entityType, data);
    let label: string;
    try {
      label = labelOf(c.entityType as EntityName, data);
    } catch {
      label = c.entityId;
    }
    return { ...c, label, jurisdictionCode: j, href: hrefOf(c.entityType, data, j) };
  });
  return {
    changes,
    jurisdictions: Object.fromEntries(jurisdictions.map((j) => [j.code, { nameEn: j.nameEn, nameZh: j.nameZh, parentCode: j.parent?.code ?? null }])),
  };
}

const cachedChanges = unstable_cache(loadChanges, ["published-changes"], { tags: [FIGURES_TAG], revalidate: 60 });

/** Changes published within [from, to) (ISO timestamps), newest first. */
export function getPublishedChanges(from: string, to: string): Promise<ChangesDto> {
  return cachedChanges(from, to);
}

export type FrozenDeckDto = { id: string; title: string; frozenAt: string };

/** Frozen decks (not deleted), for "since a deck's freeze date". The caller checks the reader may see decks. */
export async function listFrozenDecks(): Promise<FrozenDeckDto[]> {
  const rows = await db().deck.findMany({
    where: { frozenAt: { not: null }, deletedAt: null },
    select: { id: true, title: true, frozenAt: true },
    orderBy: [{ frozenAt: "desc" }, { id: "asc" }],
    take: 100,
  });
  return rows.map((d) => ({ id: d.id, title: d.title, frozenAt: d.frozenAt!.toISOString() }));
}

/** When the published data last changed at all (the feed's `updated` when its window holds no change). */
export async function newestRevisionAt(): Promise<string | null> {
  const row = await db().revision.findFirst({ orderBy: { createdAt: "desc" }, select: { createdAt: true } });
  return row?.createdAt.toISOString() ?? null;
}
