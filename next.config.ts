import path from "node:path";
import type { NextConfig } from "next";
import { PHASE_PRODUCTION_SERVER } from "next/constants";
import createNextIntlPlugin from "next-intl/plugin";
import { ACTION_BODY_SIZE_LIMIT } from "./lib/http/request-guard";
import { securityHeaderRules } from "./lib/security-headers";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  // Database drivers load from node_modules at run time (native addon / optional deps).
  serverExternalPackages: ["better-sqlite3", "pg", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "bcryptjs", "pdfkit", "pptxgenjs"],
  poweredByHeader: false,
  // The production server compresses instead (Brotli as well as gzip; lib/http/compress.ts, scripts/serve.ts).
  compress: false,
  // The production server (lib/http/boundary-server.ts) refuses larger action bodies first, with a message;
  // the CSV import's own limit (lib/curation/import-limits.ts, 5 MB) sits below it.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: ACTION_BODY_SIZE_LIMIT } },
  async headers() {
    return securityHeaderRules(process.env.NODE_ENV === "production");
  },
  // The timeline with filters in its query is rendered on the server by its own route, so that the plain
  // /en/timeline stays prerendered and cached (app/[locale]/(public)/timeline/view).
  async rewrites() {
    return {
      beforeFiles: ["j", "type", "status", "from", "to"].map((key) => ({
        source: "/:locale(en|zh)/timeline",
        has: [{ type: "query" as const, key }],
        destination: "/:locale/timeline/view",
      })),
      afterFiles: [],
      fallback: [],
    };
  },
};

// Several instances (REDIS_URL set when the server starts): Next's data and page cache live in Redis, shared by all
// of them (cache-handler.mjs). Chosen at start, not at build, so one build serves both; without REDIS_URL the
// handler is never loaded.
export default function config(phase: string): NextConfig {
  const sharedCache = phase === PHASE_PRODUCTION_SERVER && process.env.REDIS_URL;
  return withNextIntl(sharedCache ? { ...nextConfig, cacheHandler: path.resolve("cache-handler.mjs") } : nextConfig);
}
