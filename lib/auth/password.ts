import bcrypt from "bcryptjs";

export const BCRYPT_COST = 12;
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

export function hashPassword(plain: string): Promise<string> {
  return bcrypt.hash(plain, BCRYPT_COST);
}

export function verifyPassword(plain: string, hash: string): Promise<boolean> {
  return bcrypt.compare(plain, hash);
}

// A hash of a random string, compared against when the account does not exist, so that a wrong e-mail
// costs as much time as a wrong password (no account enumeration by timing).
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= bcrypt.hash(crypto.randomUUID(), BCRYPT_COST);
  return dummyHash;
}
