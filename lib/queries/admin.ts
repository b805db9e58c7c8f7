import "server-only";
import { db } from "../db";
import { PermissionError, type CurrentUser } from "../auth/current-user";
import { can, type Permission } from "../auth/roles";
import type { EntityName } from "../validations/curated";
import { curatedDelegate } from "../curation/registry";

/**
 * Every admin read takes the user returned by requirePagePermission / requirePermission and checks the permission
 * again here, before its first query: a page (which Next renders and streams even when its layout redirects) cannot
 * read admin data without having asked who is there first.
 */
export function assertAllowed(user: CurrentUser | null | undefined, permission: Permission): asserts user is CurrentUser {
  if (!user) throw new PermissionError(401);
  if (!can(user.role, permission)) throw new PermissionError(403);
}

/** The entity's model on the app's client, for the admin reads that handle any entity. */
export const curatedModel = (entity: EntityName) => curatedDelegate(db(), entity);

/** Live (not deleted) rows per curated entity, drafts included. */
export async function getEntityCounts(user: CurrentUser): Promise<Record<EntityName, number>> {
  assertAllowed(user, "VIEW_ADMIN");
  const c = db();
  const live = { where: { deletedAt: null } };
  const [jurisdictions, sources, instruments, milestones, assessments, investmentFigures, exchangeRates, events, flaggedClaims] = await Promise.all([
    c.jurisdiction.count(live),
    c.source.count(live),
    c.instrument.count(live),
    c.milestone.count(live),
    c.assessment.count(live),
    c.investmentFigure.count(live),
    c.exchangeRate.count(live),
    c.timelineEvent.count(live),
    c.flaggedClaim.count(live),
  ]);
  return { jurisdictions, sources, instruments, milestones, assessments, investmentFigures, exchangeRates, events, flaggedClaims };
}
