import type { NextRequest } from "next/server";
import { changesFeed } from "@/lib/http/changes-feed";
import { requestOrigin } from "@/lib/http/cors";
import { getPublishedJurisdictionNames } from "@/lib/queries/open-data/feed-jurisdictions";

/** /feed/eu.xml, /feed/us-ca.xml: one jurisdiction's changes (a country's include its states'). */
export async function GET(request: NextRequest, { params }: RouteContext<"/feed/[file]">): Promise<Response> {
  const { file } = await params;
  const match = /^([a-z]{2,5}(?:-[a-z]{2,3})?)\.xml$/.exec(file);
  const all = await getPublishedJurisdictionNames();
  const code = match?.[1].toUpperCase();
  const j = code ? all.find((x) => x.code === code) : undefined;
  if (!j) {
    return new Response(`No feed here: use /feed/<jurisdiction code>.xml, e.g. /feed/eu.xml (codes: ${all.map((x) => x.code.toLowerCase()).join(", ")}).\n`, {
      status: 404,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
  }
  const codes = [j.code, ...all.filter((x) => x.parentCode === j.code).map((x) => x.code)];
  return changesFeed(requestOrigin(request), `/feed/${file}`, { code: j.code, name: `${j.nameEn} (${j.code})`, codes });
}
