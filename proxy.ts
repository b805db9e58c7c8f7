// Locale routing only: sends "/" and unprefixed paths to the visitor's locale. Paths that already carry a locale
// (/en/…, /zh/…) skip the proxy, so that cached pages are served without running it on every request.
// Access control is enforced on the server in pages, actions and route handlers.
import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

export default createMiddleware(routing);

export const config = {
  matcher: ["/", "/((?!api|_next|_vercel|en(?:/|$)|zh(?:/|$)|.*\\..*).*)"],
};
