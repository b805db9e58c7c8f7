// Password hashing: argon2id (OWASP's first recommended setting: 19 MiB, 2 passes, 1 lane) from @node-rs/argon2,
// whose native code runs on libuv's thread pool, so a sign-in no longer stalls every other request the way
// bcryptjs (pure JavaScript, on the event loop) did. argon2 hashes the whole password: nothing past byte 72 is
// dropped, as bcrypt would. Hashes made by the old bcryptjs code still verify (bcryptjs is kept for that only)
// and are replaced by an argon2id hash at the next successful sign-in (needsRehash).
import { availableParallelism } from "node:os";
import { hash as argon2Hash, parseOptions, verify as argon2Verify } from "@node-rs/argon2";
import bcrypt from "bcryptjs";

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

/** argon2id parameters (the package's default algorithm is argon2id, version 0x13). */
export const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

const isBcrypt = (stored: string) => /^\$2[abxy]\$/.test(stored);

// At most half the cores hash at once (one on a 2-core machine). argon2 runs on libuv's thread pool (4 threads), so
// without a limit a burst of sign-ins takes every core and the event loop, which serves every page, waits for CPU;
// with it, sign-ins queue among themselves and pages keep theirs.
const HASH_SLOTS = Math.max(1, Math.floor(availableParallelism() / 2));
let busy = 0;
const waiting: (() => void)[] = [];
async function limited<T>(work: () => Promise<T>): Promise<T> {
  if (busy >= HASH_SLOTS) await new Promise<void>((resolve) => waiting.push(resolve));
  else busy += 1;
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    if (next)
      next(); // hand the slot over
    else busy -= 1;
  }
}
const hash = (plain: string, options: typeof ARGON2_OPTIONS) => limited(() => argon2Hash(plain, options));
const verify = (stored: string, plain: string) => limited(() => argon2Verify(stored, plain));

export function hashPassword(plain: string): Promise<string> {
  return hash(plain, ARGON2_OPTIONS);
}

export async function verifyPassword(plain: string, stored: string): Promise<boolean> {
  if (stored.startsWith("$argon2")) {
    try {
      return await verify(stored, plain);
    } catch {
      return false; // a malformed stored hash never matches
    }
  }
  if (isBcrypt(stored)) return bcrypt.compare(plain, stored);
  return false;
}

/** True when a (verified) stored hash is not argon2id with the current parameters: rehash it. */
export function needsRehash(stored: string): boolean {
  if (!stored.startsWith("$argon2id$")) return true;
  try {
    const o = parseOptions(stored);
    return o.memoryCost !== ARGON2_OPTIONS.memoryCost || o.timeCost !== ARGON2_OPTIONS.timeCost || o.parallelism !== ARGON2_OPTIONS.parallelism;
  } catch {
    return true;
  }
}

// A hash of a random string, verified against when the account does not exist, so that a wrong e-mail costs as
// much time as a wrong password (no account enumeration by timing). Same algorithm and parameters as real hashes.
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(crypto.randomUUID());
  return dummyHash;
}
