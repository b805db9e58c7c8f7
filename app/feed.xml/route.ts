import type { NextRequest } from "next/server";
import { changesFeed } from "@/lib/http/changes-feed";
import { requestOrigin } from "@/lib/http/cors";

export function GET(request: NextRequest): Promise<Response> {
  return changesFeed(requestOrigin(request), "/feed.xml", null);
}
