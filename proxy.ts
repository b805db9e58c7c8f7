// Locale routing only. Access control is enforced on the server in pages, actions and route handlers.
// (Tried: skipping the proxy for /en and /zh paths made cached pages ~60% faster, but server components on
// dynamic pages then rendered in English under /zh, so every page path goes through it.)
import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

export default createMiddleware(routing);

export const config = {
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
