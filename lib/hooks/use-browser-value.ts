"use client";
import { useSyncExternalStore } from "react";

const never = () => () => {};

/**
 * A value only the browser knows (this site's origin, the reader's today, a query parameter, "hydrated"): the
 * server render and hydration use `serverValue`, then React re-renders with `read()` — without an effect that sets
 * state after mount. `read` must return a primitive (or the same object each time).
 */
export function useBrowserValue<T>(read: () => T, serverValue: T): T {
  return useSyncExternalStore(never, read, () => serverValue);
}
