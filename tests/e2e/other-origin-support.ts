// A page served from another port of the app's host: another origin of the same site, as an attacker's page or a
// site that embeds a chart would be.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export type OtherOrigin = { origin: string; close: () => void };

/** Serves the HTML `page()` returns (read on every request) on E2E_EVIL_PORT (the helper's own range), else any free port. */
export async function serveOnOtherPort(page: () => string): Promise<OtherOrigin> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    res.end(page());
  });
  await new Promise<void>((resolve) => server.listen(Number(process.env.E2E_EVIL_PORT ?? 0), "127.0.0.1", resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}
