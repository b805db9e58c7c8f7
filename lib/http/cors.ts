// CORS for the read-only API: any site may read it from a browser (GET/HEAD), no credentials. `*` cannot be
// combined with credentials, so a browser never sends cookies cross-site to it, and the API reads none anyway.
export const CORS_HEADERS: Record<string, string> = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "GET, HEAD, OPTIONS",
  "access-control-allow-headers": "Accept, Accept-Language, If-None-Match",
  "access-control-expose-headers": "Link, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset",
  "access-control-max-age": "86400",
};

/** The answer to a preflight (OPTIONS): 204 with the CORS headers, no body. */
export function preflight(): Response {
  return new Response(null, { status: 204, headers: { ...CORS_HEADERS, allow: "GET, HEAD, OPTIONS" } });
}

/**
 * The origin this request reached, from its Host header (Next's `nextUrl` names its own configured host instead).
 * The production server drops X-Forwarded-Host unless a trusted proxy sets it, so a client cannot forge it here.
 */
export function requestOrigin(request: Request & { nextUrl?: URL }): string {
  const url = new URL(request.url);
  const host = request.headers.get("x-forwarded-host")?.split(",")[0].trim() || request.headers.get("host") || url.host;
  const proto = request.headers.get("x-forwarded-proto")?.split(",")[0].trim() || url.protocol.replace(/:$/, "");
  return `${proto}://${host}`;
}
