import { apiError } from "@/lib/http/open-data-response";
import { preflight } from "@/lib/http/cors";
import en from "@/messages/en/opendata.json";
import zh from "@/messages/zh/opendata.json";

/** Any other path under /api/v1: a JSON 404 naming where the description is, not an HTML page. */
export function GET(request: Request): Response {
  const zhFirst = /^\s*zh\b/i.test(request.headers.get("accept-language") ?? "");
  return apiError(404, "not-found", (zhFirst ? zh : en).opendata.api.notFound);
}

export const OPTIONS = preflight;
