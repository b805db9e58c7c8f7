// Headers sent with every response. The CSP allows what Next.js and Recharts need: inline styles (Recharts
// sets style attributes) and, in production, exactly the inline scripts of each page: the production server adds
// their sha256 hashes to script-src per HTML response (lib/http/script-hashes.ts). `next dev` keeps
// 'unsafe-inline' and 'unsafe-eval' (hot reloading). Nothing is loaded from another origin.
// Framing: every page refuses it (frame-ancestors 'none' and X-Frame-Options: DENY) except the embed pages under
// /embed/, which any site may frame (frame-ancestors *, no X-Frame-Options): they show published data only and
// carry no form, session or action.

/** Paths any site may frame: the chart embeds (`/embed/<view>`, rewritten to `/embed/<locale>/<view>`). */
export const EMBED_PATH = /^\/embed(?:\/|$)/;

function policy(production: boolean, frameAncestors: string): string {
  return [
    "default-src 'self'",
    `script-src 'self'${production ? "" : " 'unsafe-inline' 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    `frame-ancestors ${frameAncestors}`,
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join("; ");
}

function common(production: boolean): { key: string; value: string }[] {
  const headers = [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  ];
  if (production) headers.push({ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" });
  return headers;
}

/** Headers of every page but the embeds: never framed. */
export function securityHeaders(production: boolean): { key: string; value: string }[] {
  return [{ key: "Content-Security-Policy", value: policy(production, "'none'") }, ...common(production), { key: "X-Frame-Options", value: "DENY" }];
}

/** Headers of the embed pages: framed by any site (http/https origins), otherwise the same policy. */
export function embedSecurityHeaders(production: boolean): { key: string; value: string }[] {
  return [{ key: "Content-Security-Policy", value: policy(production, "*") }, ...common(production)];
}

/**
 * Next's `headers()` rules: one for the embeds, one for everything else (a negative look-ahead, since Next
 * merges every matching rule and a framing refusal must not reach an embed).
 */
export function securityHeaderRules(production: boolean) {
  return [
    { source: "/:path((?!embed(?:/|$)).*)", headers: securityHeaders(production) },
    { source: "/embed/:path*", headers: embedSecurityHeaders(production) },
  ];
}
