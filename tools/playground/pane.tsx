/** The playground's pane: the add-in's own components, the gateway on the local Excel host. */
import { createGateway } from "../../src/taskpane/gateway";
import { mountPane } from "../../src/taskpane/mount";
import { officeIsDark } from "../../src/taskpane/office";
import { installOffice } from "./shim";

installOffice()
  .then(({ lang }) => {
    const hostUrl = new URL("/host", window.location.href).toString();
    const dark = officeIsDark();
    if (dark) document.body.style.background = "#262626";
    mountPane(document.getElementById("root")!, { gateway: createGateway(hostUrl), lang, dark });
  })
  .catch((e: unknown) => {
    document.body.textContent = `演练场无法启动 / The playground could not start: ${e instanceof Error ? e.message : String(e)}`;
  });
