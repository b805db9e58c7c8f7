import "server-only";
import { db } from "../db";
import type { EntityName } from "../validations/curated";

/** Live (not deleted) rows per curated entity, drafts included. */
export async function getEntityCounts(): Promise<Record<EntityName, number>> {
  const c = db();
  const live = { where: { deletedAt: null } };
  const [jurisdictions, sources, instruments, milestones, assessments, investmentFigures, exchangeRates, events, flaggedClaims] = await Promise.all([
    c.jurisdiction.count(live), c.source.count(live), c.instrument.count(live), c.milestone.count(live), c.assessment.count(live),
    c.investmentFigure.count(live), c.exchangeRate.count(live), c.timelineEvent.count(live), c.flaggedClaim.count(live),
  ]);
  return { jurisdictions, sources, instruments, milestones, assessments, investmentFigures, exchangeRates, events, flaggedClaims };
}
