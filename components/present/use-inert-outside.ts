"use client";
import { useEffect, type RefObject } from "react";

/**
 * Presenting covers the whole window, but the site header stays in the page underneath (the locale layout
 * renders it). Making everything outside the presentation inert keeps keyboard focus and screen readers on
 * the slides, as a modal dialog would; it is undone when the presentation closes.
 */
export function useInertOutside(ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const changed: HTMLElement[] = [];
    for (let node = ref.current; node && node !== document.body; node = node.parentElement) {
      for (const sibling of Array.from(node.parentElement?.children ?? [])) {
        if (sibling !== node && sibling instanceof HTMLElement && !sibling.inert && sibling.tagName !== "SCRIPT") {
          sibling.inert = true;
          changed.push(sibling);
        }
      }
    }
    return () => changed.forEach((el) => (el.inert = false));
  }, [ref]);
}
