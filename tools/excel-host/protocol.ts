/**
 * Answers the body of an Office.js `POST …/ProcessQuery` request against an ExcelHost, the
 * way Excel does: object paths are resolved once per request, actions run in order and stop
 * at the first error (earlier actions stay applied), response property names are PascalCase.
 */
import { utf8Length } from "../../src/core";
import { ExcelHost } from "./host";
import { WorkbookObj } from "./book";
import { HostError, HostObject } from "./objects";

interface PathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}

/** Object arguments travel as path ids, flagged in ReferencedObjectPathIds (0 for plain values). */
interface ArgumentInfo {
  Arguments?: unknown[];
  ReferencedObjectPathIds?: unknown[];
}

interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: { Select?: string[] | null; Expand?: string[] | null };
}

interface RequestBody {
  Actions: ActionInfo[];
  ObjectPaths: Record<string, PathInfo>;
}

export interface HostResponse {
  status: number;
  body: string;
}

const pascal = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Resolves object paths, caching each id for the request (a method path such as Add runs once). */
class Resolver {
  private readonly cache = new Map<number, HostObject | null>();
  /** Paths the runtime asked to keep in this request: their next Instantiate answers a _ReferenceId. */
  readonly kept = new Set<number>();

  constructor(
    private readonly host: ExcelHost,
    private readonly paths: Record<string, PathInfo>,
  ) {}

  resolve(id: number): HostObject | null {
    if (this.cache.has(id)) return this.cache.get(id)!;
    const p = this.paths[String(id)];
    if (!p) throw new HostError("InvalidArgument", `Unknown object path ${id}`);
    const obj = this.compute(p);
    this.cache.set(id, obj);
    return obj;
  }

  pathInfo(id: number): PathInfo | undefined {
    return this.paths[String(id)];
  }

  args(info: ArgumentInfo | undefined): unknown[] {
    const args = [...(info?.Arguments ?? [])];
    (info?.ReferencedObjectPathIds ?? []).forEach((id, i) => {
      if (typeof id === "number" && id > 0) args[i] = this.resolve(id);
    });
    return args;
  }

  private compute(p: PathInfo): HostObject | null {
    const args = this.args(p.ArgumentInfo);
    switch (p.ObjectPathType) {
      case 1:
        return new WorkbookObj(this.host);
      case 6: {
        const obj = this.host.references.get(p.Name);
        if (!(obj instanceof HostObject)) throw new HostError("InvalidReference", `Reference ${p.Name} is not kept`);
        return obj;
      }
      case 7:
        return null;
    }
    const parent = p.ParentObjectPathId === undefined ? null : this.resolve(p.ParentObjectPathId);
    if (!parent) return null;
    let out: unknown;
    if (p.ObjectPathType === 3) {
      this.host.count(`${parent.className}.${p.Name}`);
      out = parent.call(p.Name, args);
    } else if (p.ObjectPathType === 4) out = parent.get(p.Name);
    else if (p.ObjectPathType === 5) out = parent.call("GetItem", args);
    else throw new HostError("NotImplemented", `Object path type ${p.ObjectPathType} is not modelled by the local host`, 501);
    if (out !== null && !(out instanceof HostObject)) throw new HostError("InvalidArgument", `${p.Name} is not an object`);
    return out as HostObject | null;
  }
}

/** Projects an object onto a selection such as ["values", "format/fill/color"]. */
function project(obj: HostObject, select: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = { ...obj.identity() };
  const paths = select.length ? select : obj.scalars.map((s) => s);
  for (const path of paths) {
    const [head, ...rest] = path.split("/");
    const key = pascal(head);
    const v = obj.get(key);
    if (v instanceof HostObject) {
      const nested = (out[key] as Record<string, unknown> | undefined) ?? {};
      out[key] = Object.assign(nested, project(v, rest.length ? [rest.join("/")] : []));
    } else out[key] = v;
  }
  return out;
}

function query(obj: HostObject, info: ActionInfo["QueryInfo"]): unknown {
  const select = info?.Select ?? [];
  const items = obj.items();
  if (items) return { _Items: items.map((it) => project(it, select)) };
  return project(obj, select);
}

function run(host: ExcelHost, resolver: Resolver, a: ActionInfo): unknown {
  const args = resolver.args(a.ArgumentInfo);
  switch (a.ActionType) {
    case 1: {
      const obj = resolver.resolve(a.ObjectPathId);
      if (obj === null) return null;
      if (!resolver.kept.has(a.ObjectPathId)) return obj.identity();
      // A kept object: the runtime addresses it by this id in later requests, until _RemoveReference.
      const id = host.newReferenceId();
      host.references.set(id, obj);
      return { ...obj.identity(), _ReferenceId: id };
    }
    case 2: {
      const obj = resolver.resolve(a.ObjectPathId);
      return obj === null ? null : query(obj, a.QueryInfo);
    }
    case 3: {
      if (a.Name === "_KeepReference") {
        resolver.kept.add(a.ObjectPathId);
        return null;
      }
      if (a.Name === "_RemoveReference") {
        const p = (resolver.pathInfo(a.ObjectPathId));
        if (p?.ObjectPathType === 6) host.references.delete(p.Name);
        return null;
      }
      const obj = resolver.resolve(a.ObjectPathId);
      if (obj === null) return null;
      host.count(`${obj.className}.${a.Name}`);
      const v = obj.call(a.Name, args);
      return v instanceof HostObject ? v.identity() : v;
    }
    case 4: {
      const obj = resolver.resolve(a.ObjectPathId);
      if (obj === null) return null;
      host.count(`${obj.className}.set ${a.Name}`);
      obj.set(a.Name, args[0]);
      return null;
    }
    case 5:
      return null;
  }
  throw new HostError("NotImplemented", `Action type ${a.ActionType} is not modelled by the local host`, 501);
}

/** The byte counter is the core's: counting bytes is the same wherever it is done. */
export { utf8Length };

function errorBody(e: HostError): string {
  return JSON.stringify({ error: { code: e.code, message: e.message } });
}

function isCleanup(body: RequestBody): boolean {
  return body.Actions.every((a) => a.ActionType === 1 || (a.ActionType === 3 && a.Name === "_RemoveReference"));
}

/** Handles one ProcessQuery request body; also the entry point for an HTTP server. */
export function handleProcessQuery(host: ExcelHost, bodyText: string): HostResponse {
  const t0 = performance.now();
  try {
    return answer(host, bodyText);
  } finally {
    host.stats.hostMs += performance.now() - t0;
  }
}

function answer(host: ExcelHost, bodyText: string): HostResponse {
  const requestBytes = utf8Length(bodyText);
  host.trace?.push(bodyText);
  const s = host.stats;
  s.requestBytes.total += requestBytes;
  s.requestBytes.max = Math.max(s.requestBytes.max, requestBytes);
  if (requestBytes > host.payloadLimit) {
    s.syncs++;
    return { status: 413, body: errorBody(new HostError("RequestPayloadSizeLimitExceeded", `Request of ${requestBytes} bytes`, 413)) };
  }
  const body = JSON.parse(bodyText) as RequestBody;
  if (isCleanup(body)) s.cleanups++;
  else s.syncs++;
  const resolver = new Resolver(host, body.ObjectPaths ?? {});
  const results: { ActionId: number; Value: unknown }[] = [];
  let error: Record<string, unknown> | null = null;
  for (let i = 0; i < body.Actions.length; i++) {
    const a = body.Actions[i];
    try {
      const f = host.fault;
      const hit = f && (f.sync === s.syncs || (f.every && s.syncs > f.sync)) && Math.min(f.action, body.Actions.length - 1) === i;
      if (f && hit && !isCleanup(body)) throw new HostError(f.code, "Injected failure", 500);
      results.push({ ActionId: a.Id, Value: run(host, resolver, a) });
    } catch (e) {
      const he = e instanceof HostError ? e : new HostError("GeneralException", String(e), 500);
      error = { Code: he.code, Message: he.message, HttpStatusCode: he.status, ActionIndex: i, Location: a.Name };
      break;
    }
  }
  const text = JSON.stringify(error ? { Results: results, Error: error } : { Results: results });
  const responseBytes = utf8Length(text);
  s.responseBytes.total += responseBytes;
  s.responseBytes.max = Math.max(s.responseBytes.max, responseBytes);
  if (responseBytes > host.payloadLimit) {
    return { status: 413, body: errorBody(new HostError("ResponsePayloadSizeLimitExceeded", `Response of ${responseBytes} bytes`, 413)) };
  }
  return { status: 200, body: text };
}
