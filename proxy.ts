// Locale routing only. Access control is enforced on the server in pages, actions and route handlers.
// (Tried: skipping the proxy for /en and /zh paths made cached pages ~60% faster, but server components on
// dynamic pages then rendered in English under /zh, so every page path goes through it.)
// Embeds keep the address the snippet gives (`/embed/<view>?lang=zh&…`): rewritten, not redirected, to
// `/embed/<locale>/<view>` (their own root layout, no site chrome), so a framed chart costs one request.
import { NextResponse, type NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";
import enEmbed from "./messages/en/embed.json";
import zhEmbed from "./messages/zh/embed.json";
import { parseEmbedRequest } from "./lib/validations/embed";

const intl = createMiddleware(routing);
const EMBED = /^\/embed\/([^/]+)\/?$/;

export default function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  if (pathname.startsWith("/embed/") || pathname === "/embed") {
    const match = EMBED.exec(pathname);
    if (!match) return NextResponse.next();
    const lang = searchParams.get("lang") === "zh" ? "zh" : "en";
    const parsed = parseEmbedRequest(match[1], searchParams, new Date().toISOString().slice(0, 10));
    if (!parsed.ok) {
      // A bad address is the embedder's mistake: say which parameter, in the embed's language, with a 4xx.
      const m = (lang === "zh" ? zhEmbed : enEmbed).embed.problems;
      const lines = parsed.problems.map((p) => `${p.param}=${p.value}: ${m[p.problem]}`);
      const status = parsed.problems.some((p) => p.problem === "unknown-chart") ? 404 : 400;
      return new NextResponse(`${m.title}\n${lines.join("\n")}\n`, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
    }
    const url = request.nextUrl.clone();
    url.pathname = `/embed/${lang}/${match[1]}`;
    return NextResponse.rewrite(url);
  }
  return intl(request);
}

export const config = {
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
