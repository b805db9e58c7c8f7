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
