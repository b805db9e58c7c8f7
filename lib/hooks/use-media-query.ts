"use client";
import { useSyncExternalStore } from "react";

/**
 * Whether a CSS media query matches (false on the server and during hydration), kept current as the window changes:
 * for the few drawings whose geometry, not only their CSS, must follow the screen (a label column at projector size).
 */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener("change", onChange);
      return () => list.removeEventListener("change", onChange);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}
