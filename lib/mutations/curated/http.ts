import "server-only";
// Alias kept for route handlers written before lib/errors/http.ts (same mapping: status from the code,
// Retry-After for "busy").
export { resultResponse as toResponse } from "../../errors/http";
