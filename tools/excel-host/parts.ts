/** Custom XML parts, as Excel answers them: the workbook's collection, one namespace's, and a part. */
import type { ExcelHost } from "./host";
import { HostPart, namespaceOf } from "./model";
import { HostObject, invalid, notFound } from "./objects";

/** The workbook's parts, or those of one namespace (CustomXmlPartScopedCollection). */
export class PartsObj extends HostObject {
  readonly className: string;

  constructor(
    private readonly host: ExcelHost,
    private readonly namespaceUri: string | null,
  ) {
    super(host.apiVersion);
    this.className = namespaceUri === null ? "CustomXmlPartCollection" : "CustomXmlPartScopedCollection";
  }

  private list(): HostPart[] {
    return this.namespaceUri === null ? this.host.parts : this.host.partsIn(this.namespaceUri);
  }

  override items(): HostObject[] {
    return this.list().map((p) => new PartObj(this.host, p));
  }

  protected override callMethod(method: string, args: unknown[]): unknown {
    const list = this.list();
    switch (method) {
      case "Add":
        if (this.namespaceUri !== null) break;
        if (!namespaceOf(String(args[0]))) throw invalid("The XML part has no namespace");
        return new PartObj(this.host, this.host.addPart(String(args[0])));
      case "GetByNamespace":
        if (this.namespaceUri !== null) break;
        return new PartsObj(this.host, String(args[0]));
      case "GetCount":
        return list.length;
      case "GetItem":
      case "GetItemOrNullObject": {
        const p = list.find((x) => x.id === args[0]);
        if (!p && method === "GetItem") throw notFound(`No custom XML part ${String(args[0])}`);
        return p ? new PartObj(this.host, p) : null;
      }
      case "GetOnlyItem":
      case "GetOnlyItemOrNullObject":
        if (list.length === 1) return new PartObj(this.host, list[0]);
        if (method === "GetOnlyItem") throw invalid(`${list.length} parts, not exactly one`);
        return null;
    }
    return super.callMethod(method, args);
  }
}

class PartObj extends HostObject {
  readonly className = "CustomXmlPart";
  override readonly scalars = ["Id", "NamespaceUri"];

  constructor(
    private readonly host: ExcelHost,
    private readonly part: HostPart,
  ) {
    super(host.apiVersion);
  }

  override identity(): Record<string, unknown> {
    return { Id: this.part.id };
  }

  protected override getProp(prop: string): unknown {
    if (prop === "Id") return this.part.id;
    if (prop === "NamespaceUri") return this.part.namespaceUri;
    return super.getProp(prop);
  }

  protected override callMethod(method: string, args: unknown[]): unknown {
    switch (method) {
      case "GetXml":
        return this.part.xml;
      case "SetXml":
        this.part.xml = String(args[0]);
        this.part.namespaceUri = namespaceOf(this.part.xml);
        return null;
      case "Delete": {
        const i = this.host.parts.indexOf(this.part);
        if (i >= 0) this.host.parts.splice(i, 1);
        return null;
      }
    }
    return super.callMethod(method, args);
  }
}
