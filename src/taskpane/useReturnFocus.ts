/**
 * Focus back where it came from when a message bar closes. Closing one removes the focused
 * dismiss button, and the browser would drop focus to <body>, the top of the pane; instead it
 * goes to the control whose action opened the bar (the 校验 button, the ⋯ menu's trigger).
 */
import { useCallback, useLayoutEffect, useRef } from "react";

export function useReturnFocus(shown: unknown, fallback: () => HTMLElement | null): () => void {
  const opener = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    if (!shown) return;
    const active = document.activeElement as HTMLElement | null;
    // Focus inside a message bar (its own buttons) did not open it.
    if (active && active !== document.body && !active.closest(".fui-MessageBar")) opener.current = active;
  }, [shown]);
  return useCallback(() => {
    const target = opener.current?.isConnected ? opener.current : fallback();
    // After React has removed the bar, or the browser moves focus to <body> behind us.
    setTimeout(() => target?.focus(), 0);
  }, [fallback]);
}
