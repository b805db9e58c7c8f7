"use client";
import { createContext, useContext, useState, type ReactNode } from "react";

// A published or discarded draft leaves the queue when the page refreshes, taking its item (and anything shown in it)
// away. The confirmation therefore lives here, above the queue, where it outlasts the refresh and is announced.
const AnnounceContext = createContext<(text: string) => void>(() => {});

export function ReviewStatus({ children }: { children: ReactNode }) {
  const [text, setText] = useState("");
  return (
    <AnnounceContext.Provider value={setText}>
      <p role="status" className="min-h-5 text-sm font-medium text-emerald-800" data-testid="review-status">
        {text}
      </p>
      {children}
    </AnnounceContext.Provider>
  );
}

export const useAnnounce = () => useContext(AnnounceContext);
