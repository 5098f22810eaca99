/** Puts the pane into a page; Excel's entry and the playground's both come through here. */
import { createRoot, type Root } from "react-dom/client";
import { App, type AppProps } from "./App";

export function mountPane(container: HTMLElement, props: AppProps): Root {
  const root = createRoot(container);
  root.render(<App {...props} />);
  return root;
}
