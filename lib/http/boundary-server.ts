// Checks the production server (scripts/serve.ts) makes before Next.js sees a request: methods, where writes come
// from, how large bodies may be (decided from Content-Length before anything is read), and whether a server
// action's body can be decoded at all. Next answers each of these cases with an empty 500 on its own.
import { IncomingMessage, type ServerResponse } from "node:http";
import { formatBytes, httpLocale, httpMessage, type HttpMessageKey } from "./messages";
import { ERROR_STATUS, type ErrorCode } from "../errors/codes";
import {
  ALLOWED_METHODS,
  MAX_ACTION_BODY_BYTES,
  MAX_ANONYMOUS_ACTION_BODY_BYTES,
  MAX_API_BODY_BYTES,
  declaredLength,
  hasSessionCookie,
  isSameOriginWrite,
  nodeHeaders,
} from "./request-guard";
import { MAX_CSV_BYTES } from "../curation/import-limits";

const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** The status comes from the code (lib/errors/codes.ts), the message from the http catalog; JSON as route handlers answer. */
function answer(
  req: IncomingMessage,
  res: ServerResponse,
  code: ErrorCode,
  key: HttpMessageKey,
  params: Record<string, string | number> = {},
  extra: Record<string, string> = {},
) {
  const status = ERROR_STATUS[code];
  const message = httpMessage(key, httpLocale(nodeHeaders(req.headers), req.url ?? ""), params);
  const json = (req.url ?? "").startsWith("/api/") || String(req.headers.accept ?? "").includes("application/json");
  const body = json ? JSON.stringify({ ok: false, code, message }) : `${message}\n`;
  res.writeHead(status, {
    "content-type": json ? "application/json; charset=utf-8" : "text/plain; charset=utf-8",
    "content-length": Buffer.byteLength(body),
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    ...extra,
    // Nothing more of the request body is read: close rather than drain a refused upload.
    ...(req.readableEnded ? {} : { connection: "close" }),
  });
  res.end(req.method === "HEAD" ? undefined : body);
}

/** Reads a body whose declared length is within the limit (checked before); refuses to read past it. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.pause();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/** A request carrying an already-read body, for Next to read again. */
function replay(req: IncomingMessage, body: Buffer): IncomingMessage {
  const copy = new IncomingMessage(req.socket);
  copy.method = req.method;
  copy.url = req.url;
  copy.headers = req.headers;
  copy.rawHeaders = req.rawHeaders;
  copy.httpVersion = req.httpVersion;
  copy.httpVersionMajor = req.httpVersionMajor;
  copy.httpVersionMinor = req.httpVersionMinor;
  copy.push(body);
  copy.push(null);
  copy.complete = true;
  return copy;
}

/** Whether a server action's body can be decoded (multipart / URL-encoded form, or React's JSON reply). */
async function decodable(body: Buffer, contentType: string, fetchAction: boolean): Promise<boolean> {
  const type = contentType.split(";")[0].trim().toLowerCase();
  try {
    if (type === "multipart/form-data" || type === "application/x-www-form-urlencoded") {
      await new Response(new Uint8Array(body), { headers: { "content-type": contentType } }).formData();
      return true;
    }
    if (!fetchAction) return true; // not an action at all: Next renders the page
    // React encodes an action's arguments as a JSON array when no file or stream is among them.
    return Array.isArray(JSON.parse(body.toString("utf8")));
  } catch {
    return false;
  }
}

/**
 * Answers the request itself (and returns null) when it must not reach Next; otherwise returns the request to hand
 * on (a replayed copy when the body had to be read for a server action).
 */
export async function guardRequest(req: IncomingMessage, res: ServerResponse): Promise<IncomingMessage | null> {
  const method = req.method ?? "GET";
  if (!(ALLOWED_METHODS as readonly string[]).includes(method)) {
    answer(
      req,
      res,
      "method-not-allowed",
      "methodNotAllowed",
      { method: method.slice(0, 20), allowed: ALLOWED_METHODS.join(", ") },
      { allow: ALLOWED_METHODS.join(", ") },
    );
    return null;
  }
  if (!WRITE_METHODS.has(method)) return req;
  const headers = nodeHeaders(req.headers);
  const path = req.url ?? "/";
  const api = path.startsWith("/api/");
  // Cookie-authenticated writes from another site or port: refused before anything is read (server actions
  // included: Next would answer them with an empty 500).
  if (!isSameOriginWrite(headers) && !path.startsWith("/api/auth/")) {
    answer(req, res, "forbidden", "crossOrigin");
    return null;
  }
  const length = declaredLength(headers);
  const chunked = req.headers["transfer-encoding"] !== undefined;
  const signedIn = hasSessionCookie(headers);
  // The CSV import API takes files as large as the import page does (lib/curation/import-limits.ts).
  const limit = path.startsWith("/api/admin/import/")
    ? MAX_CSV_BYTES
    : api
      ? MAX_API_BODY_BYTES
      : signedIn
        ? MAX_ACTION_BODY_BYTES
        : MAX_ANONYMOUS_ACTION_BODY_BYTES;
  if (Number.isNaN(length) || (length === null && chunked)) {
    answer(req, res, "length-required", "lengthRequired");
    return null;
  }
  if (length !== null && length > limit) {
    answer(req, res, "too-large", "tooLarge", { limit: formatBytes(limit) });
    return null;
  }
  // The curation API takes no body from a visitor without a session: refused before it is read.
  if (path.startsWith("/api/admin/") && !signedIn && (length ?? 0) > 0) {
    answer(req, res, "unauthorized", "unauthorized");
    return null;
  }
  if (api) return req;
  const fetchAction = "next-action" in req.headers;
  const contentType = String(req.headers["content-type"] ?? "");
  if (!fetchAction && !/^(multipart\/form-data|application\/x-www-form-urlencoded)/i.test(contentType)) return req;
  const body = await readBody(req, limit);
  if (body === null) {
    answer(req, res, "too-large", "tooLarge", { limit: formatBytes(limit) });
    return null;
  }
  if (!(await decodable(body, contentType, fetchAction))) {
    answer(req, res, "invalid", "malformedAction");
    return null;
  }
  return replay(req, body);
}
