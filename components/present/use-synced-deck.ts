"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { clampIndex, isSyncMessage, syncChannelName, type SyncMessage } from "@/lib/decks/present-keys";

/**
 * The current slide and black-screen state, shared between the audience window and the presenter view over a
 * BroadcastChannel: a change made in either window moves the other (no server involved).
 */
export function useSyncedDeck(deckId: string, count: number, role: "audience" | "presenter", initialIndex = 0) {
  const [state, setState] = useState({ index: clampIndex(initialIndex, count), black: false });
  const channel = useRef<BroadcastChannel | null>(null);
  const latest = useRef(state);
  useEffect(() => {
    latest.current = state;
  }, [state]);

  useEffect(() => {
    if (typeof BroadcastChannel === "undefined") return;
    const ch = new BroadcastChannel(syncChannelName(deckId));
    channel.current = ch;
    ch.onmessage = (event: MessageEvent) => {
      const message = event.data as unknown;
      if (!isSyncMessage(message)) return;
      // The audience window answers a newly opened presenter view with where the talk is.
      if (message.type === "hello") {
        if (role === "audience") ch.postMessage({ type: "state", ...latest.current } satisfies SyncMessage);
        return;
      }
      setState({ index: clampIndex(message.index, count), black: message.black });
    };
    if (role === "presenter") ch.postMessage({ type: "hello" } satisfies SyncMessage);
    return () => {
      ch.close();
      channel.current = null;
    };
  }, [deckId, count, role]);

  const update = useCallback(
    (next: { index?: number; black?: boolean }) => {
      const value = { index: clampIndex(next.index ?? latest.current.index, count), black: next.black ?? latest.current.black };
      latest.current = value;
      setState(value);
      channel.current?.postMessage({ type: "state", ...value } satisfies SyncMessage);
    },
    [count],
  );

  return { ...state, update };
}
