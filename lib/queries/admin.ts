import "server-only";
import { db } from "../db";

export async function getEntityCounts(): Promise<Record<string, number>> {
  const c = db();
  const live = { deletedAt: null };
  const [jurisdictions, sources, instruments, assessments, investmentFigures, events, flaggedClaims] = await Promise.all([
    c.jurisdiction.count({ where: live }),
    c.source.count({ where: live }),
    c.instrument.count({ where: live }),
    c.assessment.count({ where: live }),
    c.investmentFigure.count({ where: live }),
    c.timelineEvent.count({ where: live }),
    c.flaggedClaim.count({ where: live }),
  ]);
  return { jurisdictions, sources, instruments, assessments, investmentFigures, events, flaggedClaims };
}
