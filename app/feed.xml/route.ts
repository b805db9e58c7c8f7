import type { NextRequest } from "next/server";
import { changesFeed } from "@/lib/http/changes-feed";

export function GET(request: NextRequest): Promise<Response> {
  return changesFeed(request.nextUrl.origin, "/feed.xml", null);
}
