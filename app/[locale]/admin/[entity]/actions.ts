"use server";
// Thin server actions: each delegates to lib/mutations/curated/engine, which checks the role itself.
import { z } from "zod";
import { createEntity, deleteEntity, discardDraft, publishEntity, restoreRevision, updateEntity } from "@/lib/mutations/curated/engine";
import type { MutationResult } from "@/lib/mutations/curated/result";
import { AppError } from "@/lib/errors/app-error";
import { toFailure } from "@/lib/errors/result";
import { errorTranslator } from "@/lib/errors/translate";
import { requestLocale } from "@/lib/errors/request-locale";
import { ENTITY_NAMES, type EntityName } from "@/lib/validations/curated";

const entityName = z.enum(ENTITY_NAMES as [EntityName, ...EntityName[]]);
const id = z.string().min(1).max(64);
const version = z.number().int().min(1);

async function bad(): Promise<MutationResult<never>> {
  return toFailure(new AppError("invalid", { key: "appErrors.curation.malformed" }), errorTranslator(await requestLocale()));
}

export async function saveRecordAction(entity: string, recordId: string | null, recordVersion: number | null, values: unknown, publish: boolean) {
  const e = entityName.safeParse(entity);
  if (!e.success || typeof publish !== "boolean") return bad();
  if (recordId === null) return createEntity(e.data, values, { publish });
  if (!id.safeParse(recordId).success || !version.safeParse(recordVersion).success) return bad();
  // One call: the engine checks PUBLISH before writing anything and saves + publishes in one transaction.
  return updateEntity(e.data, recordId, recordVersion!, values, { publish: publish === true });
}

export async function publishRecordAction(entity: string, recordId: string, recordVersion: number) {
  const e = entityName.safeParse(entity);
  if (!e.success || !id.safeParse(recordId).success || !version.safeParse(recordVersion).success) return bad();
  return publishEntity(e.data, recordId, recordVersion);
}

export async function deleteRecordAction(entity: string, recordId: string, recordVersion: number) {
  const e = entityName.safeParse(entity);
  if (!e.success || !id.safeParse(recordId).success || !version.safeParse(recordVersion).success) return bad();
  return deleteEntity(e.data, recordId, recordVersion);
}

export async function restoreRevisionAction(entity: string, recordId: string, revisionId: string, recordVersion: number) {
  const e = entityName.safeParse(entity);
  if (!e.success || !id.safeParse(recordId).success || !id.safeParse(revisionId).success || !version.safeParse(recordVersion).success) return bad();
  return restoreRevision(e.data, recordId, revisionId, recordVersion);
}

/** Discards a pending draft (admins: any; editors: their own); the engine checks role, ownership and version. */
export async function discardDraftAction(entity: string, recordId: string, recordVersion: number) {
  const e = entityName.safeParse(entity);
  if (!e.success || !id.safeParse(recordId).success || !version.safeParse(recordVersion).success) return bad();
  return discardDraft(e.data, recordId, recordVersion);
}
