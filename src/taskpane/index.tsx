/** The pane inside Excel: wait for Office, then mount with the Office.js gateway. */
import { createGateway } from "./gateway";
import { mountPane } from "./mount";
import { officeIsDark, officeLang } from "./office";

Office.onReady(() => {
  mountPane(document.getElementById("root")!, { gateway: createGateway(), lang: officeLang(), dark: officeIsDark() });
});
