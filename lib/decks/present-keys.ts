// Presenter-mode keys: arrows, Space, Page Up/Down (what presentation clickers send), Home/End, B or "." for a
// black screen (clickers' "blank" button sends one of them), Esc to leave.
export type PresentAction = "next" | "previous" | "first" | "last" | "black" | "exit";

export function keyAction(key: string, shiftKey = false): PresentAction | null {
  switch (key) {
    case "ArrowRight":
    case "ArrowDown":
    case "PageDown":
      return "next";
    case " ":
    case "Spacebar":
      return shiftKey ? "previous" : "next";
    case "ArrowLeft":
    case "ArrowUp":
    case "PageUp":
      return "previous";
    case "Home":
      return "first";
    case "End":
      return "last";
    case "b":
    case "B":
    case ".":
      return "black";
    case "Escape":
      return "exit";
    default:
      return null;
  }
}

export const clampIndex = (index: number, count: number) => Math.min(Math.max(0, Math.trunc(index) || 0), Math.max(0, count - 1));

/** The slide index after a navigation action (black and exit leave it unchanged). */
export function nextIndex(action: PresentAction, index: number, count: number): number {
  if (action === "next") return clampIndex(index + 1, count);
  if (action === "previous") return clampIndex(index - 1, count);
  if (action === "first") return 0;
  if (action === "last") return clampIndex(count - 1, count);
  return index;
}

/** "#3" → index 2, so that a reload (or a shared link) opens the same slide; anything else → the first. */
export function indexFromHash(hash: string, count: number): number {
  const match = /^#(\d{1,4})$/.exec(hash);
  return match ? clampIndex(Number(match[1]) - 1, count) : 0;
}

/** Messages between the audience window and the presenter view (BroadcastChannel, same browser only). */
export type SyncMessage = { type: "state"; index: number; black: boolean } | { type: "hello" };

export const syncChannelName = (deckId: string) => `govatlas-present-${deckId}`;

export function isSyncMessage(data: unknown): data is SyncMessage {
  if (!data || typeof data !== "object") return false;
  const m = data as Record<string, unknown>;
  return m.type === "hello" || (m.type === "state" && typeof m.index === "number" && typeof m.black === "boolean");
}
