import type { NextRequest } from "next/server";
import { openApiDocument } from "@/lib/validations/api-openapi";
import { CORS_HEADERS, preflight, requestOrigin } from "@/lib/http/cors";
import { CACHE_CONTROL, rateLimited } from "@/lib/http/open-data-response";

export async function GET(request: NextRequest): Promise<Response> {
  const limited = await rateLimited(request);
  if (limited) return limited;
  return Response.json(openApiDocument(`${requestOrigin(request)}/api/v1`), { headers: { ...CORS_HEADERS, "cache-control": CACHE_CONTROL } });
}

export const OPTIONS = preflight;
