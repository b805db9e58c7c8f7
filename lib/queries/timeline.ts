import "server-only";
import { db } from "../db";
import { toIsoDate, type DatePrecision } from "../format/dates";
import { itemStart, newestInfoDate } from "../charts/timeline-state";
import { newestDate } from "../charts/compare-state";
import type {
  TimelineData,
  TimelineEvent,
  TimelineInstrument,
  TimelineInstrumentRef,
  TimelineItem,
  TimelineJurisdiction,
  TimelineSource,
} from "../dto/timeline";
import { bySourceKey } from "../format/source-order";
import { instrumentHeadColumns, instrumentStatusColumns } from "./columns";

const published = { publication: "PUBLISHED", deletedAt: null } as const;
// A row filed under an unpublished or deleted jurisdiction is not public either.
const publishedWithJurisdiction = { ...published, jurisdiction: published } as const;

const sourceSelect = {
  select: { key: true, title: true, url: true },
  where: published,
} as const;

const refSelect = {
  select: {
    slug: true,
    titleEn: true,
    titleZh: true,
    adoptedOn: true,
    adoptedPrecision: true,
    publication: true,
    deletedAt: true,
    jurisdiction: { select: { code: true, publication: true, deletedAt: true } },
  },
} as const;

const instrumentSelect = {
  ...instrumentHeadColumns,
  typeZh: true,
  ...instrumentStatusColumns,
  confidence: true,
  confidenceNote: true,
  lastCheckedOn: true,
  revokedBy: refSelect,
  milestones: {
    select: {
      date: true,
      labelEn: true,
      labelZh: true,
      lastCheckedOn: true,
      supersededOn: true,
      supersededBy: refSelect,
      supersededNoteEn: true,
      supersededNoteZh: true,
      sources: sourceSelect,
    },
    where: published,
    orderBy: { date: "asc" },
  },
  sources: sourceSelect,
} as const;

const eventSelect = {
  slug: true,
  date: true,
  datePrecision: true,
  dateNote: true,
  dateNoteZh: true,
  jurisdiction: { select: { code: true } },
  alsoJurisdictions: true,
  titleEn: true,
  titleZh: true,
  confidence: true,
  lastCheckedOn: true,
  instrument: refSelect,
  sources: sourceSelect,
} as const;

type RefRow = {
  slug: string;
  titleEn: string;
  titleZh: string | null;
  adoptedOn: Date | null;
  adoptedPrecision: DatePrecision;
  publication: string;
  deletedAt: Date | null;
  jurisdiction: { code: string; publication: string; deletedAt: Date | null };
};

const sortSources = (sources: TimelineSource[]) => [...sources].sort(bySourceKey);
const codes = (list: string) =>
  list
    .split(",")
    .map((c) => c.trim())
    .filter(Boolean);
const precise = (date: Date | null, precision: DatePrecision) => (date ? { date: toIsoDate(date)!, precision } : null);

/** A link to another instrument only when that instrument is itself public. */
function toRef(row: RefRow | null): TimelineInstrumentRef | null {
  if (!row || row.publication !== "PUBLISHED" || row.deletedAt) return null;
  if (row.jurisdiction.publication !== "PUBLISHED" || row.jurisdiction.deletedAt) return null;
  return {
    slug: row.slug,
    jurisdictionCode: row.jurisdiction.code,
    titleEn: row.titleEn,
    titleZh: row.titleZh,
    adoptedOn: precise(row.adoptedOn, row.adoptedPrecision),
  };
}

async function loadInstruments() {
  return db().instrument.findMany({ where: publishedWithJurisdiction, select: instrumentSelect, orderBy: { slug: "asc" } });
}

async function loadEvents() {
  return db().timelineEvent.findMany({ where: publishedWithJurisdiction, select: eventSelect, orderBy: { date: "asc" } });
}

type InstrumentRow = Awaited<ReturnType<typeof loadInstruments>>[number];
type EventRow = Awaited<ReturnType<typeof loadEvents>>[number];

/** What instruments and events both carry: name, jurisdictions, date note, grade and sources. */
function itemBase(row: InstrumentRow | EventRow) {
  return {
    slug: row.slug,
    jurisdictionCode: row.jurisdiction.code,
    alsoJurisdictions: codes(row.alsoJurisdictions),
    titleEn: row.titleEn,
    titleZh: row.titleZh,
    dateNote: row.dateNote,
    dateNoteZh: row.dateNoteZh,
    confidence: row.confidence,
    confidenceNote: null,
    sources: sortSources(row.sources),
  };
}

function toInstrument(row: InstrumentRow): TimelineInstrument {
  return {
    kind: "instrument",
    ...itemBase(row),
    type: row.type,
    typeZh: row.typeZh,
    status: row.status,
    statusNote: row.statusNote,
    statusNoteZh: row.statusNoteZh,
    adopted: precise(row.adoptedOn, row.adoptedPrecision),
    effective: precise(row.effectiveOn, row.effectivePrecision),
    revokedOn: toIsoDate(row.revokedOn),
    revokedBy: toRef(row.revokedBy),
    milestones: row.milestones.map((m) => ({
      date: toIsoDate(m.date)!,
      labelEn: m.labelEn,
      labelZh: m.labelZh,
      sources: sortSources(m.sources),
      superseded:
        m.supersededOn || m.supersededBy || m.supersededNoteEn
          ? { on: toIsoDate(m.supersededOn), by: toRef(m.supersededBy), noteEn: m.supersededNoteEn, noteZh: m.supersededNoteZh }
          : null,
    })),
  };
}

function toEvent(row: EventRow): TimelineEvent {
  return {
    kind: "event",
    ...itemBase(row),
    date: { date: toIsoDate(row.date)!, precision: row.datePrecision },
    instrument: toRef(row.instrument),
  };
}

const byStart = (a: TimelineItem, b: TimelineItem) => itemStart(a).localeCompare(itemStart(b)) || a.kind.localeCompare(b.kind) || a.slug.localeCompare(b.slug);

const involves = (item: TimelineItem, code: string) => item.jurisdictionCode === code || item.alsoJurisdictions.includes(code);

async function loadItems() {
  const [instruments, events] = await Promise.all([loadInstruments(), loadEvents()]);
  const checked = [...instruments.flatMap((i) => [i.lastCheckedOn, ...i.milestones.map((m) => m.lastCheckedOn)]), ...events.map((e) => e.lastCheckedOn)].map(
    toIsoDate,
  );
  const items = [...instruments.map(toInstrument), ...events.map(toEvent)].sort(byStart);
  // Never the time rows were loaded or written (updatedAt): the newest date the information itself carries.
  const readOn = new Date().toISOString().slice(0, 10);
  return { items, asOf: newestInfoDate(items, readOn), lastChecked: newestDate(checked), readOn };
}

/**
 * Every published instrument and event, oldest first. With `jurisdictionCode`, only the items that jurisdiction
 * is party to (its own, and those naming it in alsoJurisdictions) — for the jurisdiction pages.
 */
export async function getTimelineItems(options: { jurisdictionCode?: string } = {}): Promise<TimelineItem[]> {
  const { items } = await loadItems();
  const code = options.jurisdictionCode?.toUpperCase();
  return code ? items.filter((i) => involves(i, code)) : items;
}

/** The timeline page's data: jurisdictions (lanes), items and the as-of date. */
export async function getTimelineData(): Promise<TimelineData> {
  const [{ items, asOf, lastChecked, readOn }, rows] = await Promise.all([
    loadItems(),
    db().jurisdiction.findMany({
      where: published,
      select: { code: true, nameEn: true, nameZh: true, parent: { select: { code: true } } },
      orderBy: { code: "asc" },
    }),
  ]);
  const jurisdictions: TimelineJurisdiction[] = rows.map(({ parent, ...j }) => ({ ...j, parentCode: parent?.code ?? null }));
  return { jurisdictions, items, asOf, lastChecked, readOn };
}
