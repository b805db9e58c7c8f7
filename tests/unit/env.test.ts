import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { resolveDbTarget, defaultSqliteFile, redactDbUrl } from "@/lib/db-url";

describe("environment validation", () => {
  it("defaults to the embedded SQLite file", () => {
    const env = parseEnv({ NODE_ENV: "development" });
    expect(env.db).toEqual({ provider: "sqlite", url: `file:${defaultSqliteFile}`, file: defaultSqliteFile });
  });
  it("treats an empty DATABASE_URL as unset", () => {
    expect(parseEnv({ DATABASE_URL: "  " }).db.provider).toBe("sqlite");
  });
  it("switches to PostgreSQL for a postgres URL and hides its password in messages", () => {
    const target = resolveDbTarget("postgresql://u:secret@127.0.0.1:5432/db");
    expect(target.provider).toBe("postgresql");
    expect(redactDbUrl(target)).not.toContain("secret");
  });
  it("rejects unsupported database URLs with a one-line reason", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x/y" })).toThrow(/must start with "file:" .* got a "mysql:" URL/);
  });
  it("requires a long AUTH_SECRET in production only", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/AUTH_SECRET is required in production/);
    expect(() => parseEnv({ NODE_ENV: "production", AUTH_SECRET: "short" })).toThrow(/at least 32/);
    expect(parseEnv({ NODE_ENV: "production", AUTH_SECRET: "x".repeat(32) }).AUTH_SECRET).toHaveLength(32);
  });
  it("trusts no proxy unless told how many there are, and says what is wrong with a bad count", () => {
    expect(parseEnv({}).TRUST_PROXY_HOPS).toBe(0);
    expect(parseEnv({ TRUST_PROXY_HOPS: "2" }).TRUST_PROXY_HOPS).toBe(2);
    expect(() => parseEnv({ TRUST_PROXY_HOPS: "yes" })).toThrow(/TRUST_PROXY_HOPS must be a whole number from 0 to 5/);
  });
  it("rejects demo passwords outside 12–128 characters", () => {
    expect(() => parseEnv({ GOVATLAS_ADMIN_PASSWORD: "short" })).toThrow(/12–128/);
  });
});
