// Who is asking, as far as the server can know. The production server (scripts/serve.ts) writes the answer into
// CLIENT_IP_HEADER on every request, replacing whatever the client sent; per-IP sign-in throttling and the audit
// log read it. X-Forwarded-For is only believed behind proxies the operator declares (TRUST_PROXY_HOPS), since
// any client can send one.

export const CLIENT_IP_HEADER = "x-govatlas-client-ip";

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
