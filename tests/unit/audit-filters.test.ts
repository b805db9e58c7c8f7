import { describe, expect, it } from "vitest";
import { auditQuery, dropUnknown, parseAuditFilters } from "@/lib/validations/audit-filters";

describe("audit-log filters from the URL", () => {
  it("reads valid filters", () => {
    const { filters, notices } = parseAuditFilters({
      action: "auth.signin.failure",
      actor: " Admin@ ",
      entityType: "User",
      from: "2026-01-01",
      to: "2026-01-31",
      page: "3",
    });
    expect(notices).toEqual([]);
    expect(filters).toEqual({ action: "auth.signin.failure", actor: "Admin@", entityType: "User", from: "2026-01-01", to: "2026-01-31", page: 3 });
  });

  it("defaults everything when the URL has no filters", () => {
    expect(parseAuditFilters({})).toEqual({
      filters: { action: null, actor: null, entityType: null, from: null, to: null, page: 1 },
      notices: [],
    });
  });

  it("drops bad values with a notice instead of failing", () => {
    const { filters, notices } = parseAuditFilters({
      action: "<script>",
      from: "abc",
      to: "2024-02-30",
      page: "-3",
      entityType: "User; DROP TABLE",
      actor: "x".repeat(300),
    });
    expect(filters).toEqual({ action: null, actor: null, entityType: null, from: null, to: null, page: 1 });
    expect(notices.map((n) => `${n.param}:${n.problem}`).sort()).toEqual(
      ["action:invalid", "actor:tooLong", "entityType:invalid", "from:invalid", "page:invalid", "to:invalid"].sort(),
    );
    expect(notices.find((n) => n.param === "actor")!.value.length).toBeLessThanOrEqual(41);
  });

  it("swaps a reversed date range and says so", () => {
    const { filters, notices } = parseAuditFilters({ from: "2026-03-01", to: "2026-01-01" });
    expect([filters.from, filters.to]).toEqual(["2026-01-01", "2026-03-01"]);
    expect(notices).toEqual([{ param: "from", value: "2026-03-01 > 2026-01-01", problem: "reversed" }]);
  });

  it("takes the first of repeated parameters and refuses absurd pages", () => {
    expect(parseAuditFilters({ action: ["user.create", "user.update"] }).filters.action).toBe("user.create");
    expect(parseAuditFilters({ page: "1e9" }).notices).toHaveLength(1);
    expect(parseAuditFilters({ page: "2.5" }).filters.page).toBe(1);
  });

  it("drops an action that does not occur in the log", () => {
    const notices: ReturnType<typeof parseAuditFilters>["notices"] = [];
    const { filters } = parseAuditFilters({ action: "no.such.action" });
    expect(dropUnknown(filters, notices, "action", ["user.create"]).action).toBeNull();
    expect(notices).toEqual([{ param: "action", value: "no.such.action", problem: "unknown" }]);
    expect(dropUnknown({ ...filters, action: "user.create" }, notices, "action", ["user.create"]).action).toBe("user.create");
  });

  it("builds pagination queries with only the set filters", () => {
    const { filters } = parseAuditFilters({ action: "user.update", actor: "" });
    expect(auditQuery(filters, 1)).toEqual({ action: "user.update" });
    expect(auditQuery(filters, 4)).toEqual({ action: "user.update", page: "4" });
  });
});
