// Password hashing: argon2id for new hashes, no truncation at 72 bytes, legacy bcrypt hashes still verify and are
// replaced by argon2id at the next successful sign-in (through the real authenticate() on a migrated database).
import bcrypt from "bcryptjs";
import { describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.DATABASE_URL = `file:${process.env.TMPDIR ?? "/tmp"}/govatlas-password-test-${process.pid}-${Date.now()}.db`;
});

import { db } from "@/lib/db";
import { ARGON2_OPTIONS, dummyPasswordHash, hashPassword, needsRehash, verifyPassword } from "@/lib/auth/password";
import { authenticate } from "@/lib/auth/authenticate";
import { useMigratedDatabase } from "./support/database";

useMigratedDatabase();

describe("password hashing", () => {
  it("hashes with argon2id at the documented parameters, and so does the dummy hash for unknown accounts", async () => {
    const prefix = `$argon2id$v=19$m=${ARGON2_OPTIONS.memoryCost},t=${ARGON2_OPTIONS.timeCost},p=${ARGON2_OPTIONS.parallelism}$`;
    const hash = await hashPassword("correct horse battery staple");
    expect(hash.startsWith(prefix)).toBe(true);
    expect(await verifyPassword("correct horse battery staple", hash)).toBe(true);
    expect(await verifyPassword("correct horse battery stapler", hash)).toBe(false);
    expect((await dummyPasswordHash()).startsWith(prefix)).toBe(true);
    expect(needsRehash(hash)).toBe(false);
  });

  it("does not truncate: a 100-character password differing only after byte 72 is refused", async () => {
    const real = `${"a".repeat(72)}${"b".repeat(28)}`;
    const other = `${"a".repeat(72)}${"c".repeat(28)}`;
    expect(real).toHaveLength(100);
    const hash = await hashPassword(real);
    expect(await verifyPassword(real, hash)).toBe(true);
    expect(await verifyPassword(other, hash)).toBe(false);
    // What the old bcrypt hashing did with the same pair: both verify.
    const legacy = bcrypt.hashSync(real, 4);
    expect(await verifyPassword(other, legacy)).toBe(true);
  });

  it("never matches a malformed or unknown stored hash", async () => {
    for (const stored of ["", "plain-text-password", "$argon2id$broken", "$1$md5$whatever"]) {
      expect(await verifyPassword("plain-text-password", stored)).toBe(false);
    }
  });

  it("verifies a legacy bcrypt hash and replaces it with argon2id at the next successful sign-in only", async () => {
    const password = "legacy-password-1";
    const legacy = bcrypt.hashSync(password, 12);
    const user = await db().user.create({ data: { email: "legacy@test.local", name: "Legacy", role: "EDITOR", passwordHash: legacy } });
    expect(needsRehash(legacy)).toBe(true);

    expect(await authenticate("legacy@test.local", "not-the-password", "192.0.2.1")).toEqual({ ok: false, reason: "invalid" });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(legacy);

    expect(await authenticate("legacy@test.local", password, "192.0.2.1")).toMatchObject({ ok: true, user: { id: user.id } });
    const stored = (await db().user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash;
    expect(stored.startsWith("$argon2id$")).toBe(true);
    expect(await verifyPassword(password, stored)).toBe(true);
    // And the next sign-in uses it (no further rewrite).
    expect(await authenticate("legacy@test.local", password, "192.0.2.1")).toMatchObject({ ok: true });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(stored);
  });
});
