// Signing in over plain HTTP, the way a script (or an attacker) does it, without a browser: Auth.js's CSRF token,
// then the credentials callback. Used by the sign-in and session tests that need many requests or a raw cookie.
import { baseURL } from "./browser";

const cookiePairs = (res: Response) => res.headers.getSetCookie().map((c) => c.split(";")[0]);

export type HttpSignIn = {
  /** Where Auth.js sent the client: the return path on success, the sign-in page with ?code= on failure. */
  location: URL;
  /** "credentials" (wrong password), "locked", "delayed", or null on success. */
  code: string | null;
  /** The Cookie header of the signed-in client (session cookie included on success). */
  cookie: string;
};

export async function httpSignIn(email: string, password: string): Promise<HttpSignIn> {
  const csrfRes = await fetch(`${baseURL()}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const jar = cookiePairs(csrfRes);
  const res = await fetch(`${baseURL()}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: "/en" }),
  });
  const location = new URL(res.headers.get("location") ?? "/", baseURL());
  const session = cookiePairs(res).filter((c) => c.includes("session-token"));
  return { location, code: location.searchParams.get("code"), cookie: [...jar, ...session].join("; ") };
}

/** GET with a captured Cookie header, never following redirects: the body is what the server sent to that cookie. */
export async function getWithCookie(path: string, cookie: string): Promise<{ status: number; body: string }> {
  const res = await fetch(`${baseURL()}${path}`, { headers: { cookie }, redirect: "manual" });
  return { status: res.status, body: await res.text() };
}
