// The API's opaque page cursor: the sort key of the last row shown, base64url-encoded with a version so that the
// format can change without old cursors being misread. Rows are ordered by a unique key, so each row is on
// exactly one page even when rows are added between requests.
export function encodeCursor(resource: string, key: string): string {
  return Buffer.from(JSON.stringify({ v: 1, r: resource, k: key }), "utf8").toString("base64url");
}

/** The key after which the next page starts, or null when the cursor was not made by this API for `resource`. */
export function decodeCursor(resource: string, cursor: string): string | null {
  try {
    const value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as { v?: unknown; r?: unknown; k?: unknown };
    return value.v === 1 && value.r === resource && typeof value.k === "string" && value.k.length <= 200 ? value.k : null;
  } catch {
    return null;
  }
}
