/** Just enough DOM driving for the pane tests (no testing-library here): render, find, click, wait. */
import { act, type ReactElement } from "react";
import { createRoot, type Root } from "react-dom/client";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface Rendered {
  container: HTMLElement;
  root: Root;
  unmount(): Promise<void>;
}

export async function render(ui: ReactElement): Promise<Rendered> {
  const container = document.createElement("div");
  document.body.appendChild(container);
  const root = createRoot(container);
  await act(async () => root.render(ui));
  return {
    container,
    root,
    async unmount() {
      await act(async () => root.unmount());
      container.remove();
    },
  };
}

const CLICKABLE = 'button, [role="menuitem"], [role="menuitemradio"], [role="radio"], [role="tab"]';

/** Every clickable element (menus render in portals, so the whole body) whose text contains `text`. */
export function allClickable(text: string): HTMLElement[] {
  return [...document.body.querySelectorAll<HTMLElement>(CLICKABLE)].filter((el) => (el.textContent ?? "").includes(text));
}

export function clickable(text: string): HTMLElement {
  const found = allClickable(text);
  if (found.length === 0) throw new Error(`nothing clickable says "${text}"; page text: ${document.body.textContent}`);
  return found[0];
}

export function byLabel(label: string): HTMLElement {
  const el = document.body.querySelector<HTMLElement>(`[aria-label="${label}"]`);
  if (!el) throw new Error(`nothing labelled "${label}"`);
  return el;
}

export async function click(el: HTMLElement): Promise<void> {
  await act(async () => {
    el.click();
  });
}

export function text(): string {
  return document.body.textContent ?? "";
}

/** Retries `check` until it stops throwing, flushing React between tries. */
export async function waitFor(check: () => void, timeoutMs = 3000): Promise<void> {
  const start = Date.now();
  for (;;) {
    try {
      check();
      return;
    } catch (e) {
      if (Date.now() - start > timeoutMs) throw e;
    }
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
  }
}
