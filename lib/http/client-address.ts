// Who is asking, as far as the server can know. The production server (scripts/serve.ts) writes the answer into
// CLIENT_IP_HEADER on every request, replacing whatever the client sent; per-IP sign-in throttling and the audit
// log read it. X-Forwarded-For is only believed behind proxies the operator declares (TRUST_PROXY_HOPS), since
// any client can send one.

export const CLIENT_IP_HEADER = "x-govatlas-client-ip";

/** Headers a client could forge to pose as a proxy; dropped when no proxy is trusted. */
export const FORWARDED_HEADERS = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded"];

// Set by the production server in its own process, so that the header is believed only where that server wrote it
// (under `next dev` or a bare `next start`, a client could send it).
const WRITTEN_BY_SERVER = Symbol.for("govatlas.clientAddressHeader");

export function markClientAddressHeaderWritten(): void {
  (globalThis as Record<symbol, unknown>)[WRITTEN_BY_SERVER] = true;
}

export function clientAddressHeaderWritten(): boolean {
  return (globalThis as Record<symbol, unknown>)[WRITTEN_BY_SERVER] === true;
}

/**
 * The socket's peer address, or, behind `trustedHops` proxies that each append the address they received from to
 * X-Forwarded-For, the entry that many places from its right end (entries to its left are whatever the client
 * wrote). A chain shorter than declared gives its leftmost entry.
 */
export function clientAddress(remoteAddress: string | undefined, forwardedFor: string | string[] | undefined, trustedHops: number): string {
  const peer = remoteAddress?.replace(/^::ffff:/, "") || "unknown";
  if (trustedHops <= 0) return peer;
  const chain = [forwardedFor ?? []]
    .flat()
    .join(",")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (chain.length === 0) return peer;
  return chain[Math.max(chain.length - trustedHops, 0)];
}
