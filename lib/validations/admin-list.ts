import { z } from "zod";
import { ENTITY_NAMES, type EntityName } from "./curated";

export const entityParam = z.enum(ENTITY_NAMES as [EntityName, ...EntityName[]]);

/** Admin list controls from the URL; anything odd falls back to the default. */
export const adminListParams = z.object({
  q: z.string().trim().max(100).catch("").default(""),
  sort: z.enum(["updated", "label"]).catch("updated").default("updated"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
  deleted: z.enum(["1"]).optional().catch(undefined),
  /** Only rows waiting for review (a pending draft, or never published). */
  pending: z.enum(["1"]).optional().catch(undefined),
});
