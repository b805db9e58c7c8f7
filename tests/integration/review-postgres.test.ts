// The pending-review queue, discard and restore on PostgreSQL (npm test starts a throwaway cluster and sets
// TEST_PG_URL): the "pending" filter on the JSON draft column and the restore modes behave as on SQLite.
import { describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { TestUsers } from "../support/test-db";
import { session } from "./support/auth-stub";
import { useSeededPostgres } from "./support/database";

vi.mock("@/lib/auth/auth", () => import("./support/auth-stub"));

const { db, users } = await useSeededPostgres("review");
const engine = await import("@/lib/mutations/curated/engine");
const review = await import("@/lib/queries/review");
const curation = await import("@/lib/queries/curation");

const user = (role: keyof TestUsers): CurrentUser => ({ id: users[role].id, email: users[role].email, name: role, role });

describe("review on PostgreSQL", () => {
  it("queues an editor's draft, filters the list by it, discards it, and restores as admin (publish) and editor (draft)", async () => {
    const row = await db.investmentFigure.findUniqueOrThrow({ where: { slug: "meta-capex-2024" } });
    const rev = await db.revision.findFirstOrThrow({ where: { entityId: row.id }, orderBy: { version: "desc" } });
    const values = (rev.snapshot as { data: Record<string, unknown> }).data;
    session.userId = users.EDITOR.id;
    const saved = (await engine.updateEntity("investmentFigures", row.id, row.version, { ...values, amount: "41000000000" })) as {
      ok: boolean;
      version: number;
    };
    expect(saved).toMatchObject({ ok: true, pendingDraft: true });
    const queue = await review.getReviewQueue(user("ADMIN"));
    expect(queue.find((i) => i.id === row.id)?.changes).toEqual([{ field: "amount", before: "$39.23bn", after: "$41bn" }]);
    const pending = await curation.listEntities(user("ADMIN"), "investmentFigures", { q: "", sort: "updated", page: 1, showDeleted: false, pending: true });
    expect(pending.rows.map((r) => r.id)).toEqual([row.id]);
    expect(await review.getPendingReviewCount(user("ADMIN"))).toBe(1);

    expect(await engine.discardDraft("investmentFigures", row.id, saved.version)).toMatchObject({ ok: true });
    expect(await review.getPendingReviewCount(user("EDITOR"))).toBe(0);

    session.userId = users.ADMIN.id;
    const edited = (await engine.updateEntity("investmentFigures", row.id, saved.version + 1, { ...values, amount: "45000000000" })) as { version: number };
    const first = await db.revision.findFirstOrThrow({ where: { entityId: row.id, action: "create" } });
    session.userId = users.EDITOR.id;
    const asDraft = (await engine.restoreRevision("investmentFigures", row.id, first.id, edited.version)) as { ok: boolean; mode: string; version: number };
    expect(asDraft).toMatchObject({ ok: true, mode: "draft" });
    expect((await db.investmentFigure.findUniqueOrThrow({ where: { id: row.id } })).amount!.toString()).toBe("45000000000");
    session.userId = users.ADMIN.id;
    expect(await engine.restoreRevision("investmentFigures", row.id, first.id, asDraft.version)).toMatchObject({ ok: true, mode: "publish" });
    const after = await db.investmentFigure.findUniqueOrThrow({ where: { id: row.id } });
    expect([after.amount!.toString(), after.draft]).toEqual([row.amount!.toString(), null]);
  });
});
