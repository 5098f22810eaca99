/**
 * The small `Office` surface the add-in touches (onReady, requirement sets, document
 * settings), for tests and the playground: the runtime file has no host to provide it.
 * Browser-safe: no Node APIs.
 */
export interface OfficeOptions {
  /** Supported requirement sets and their highest version, e.g. { ExcelApi: "1.20" }. */
  sets?: Record<string, string>;
  /** Where `settings.saveAsync` persists; shared with the host so a "reopened" workbook sees it. */
  settings?: Map<string, unknown>;
}

function atLeast(have: string, want: string): boolean {
  const [a, b] = have.split(".").map(Number);
  const [c, d] = want.split(".").map(Number);
  return a > c || (a === c && (b || 0) >= (d || 0));
}

export interface OfficeSurface {
  context: {
    requirements: { isSetSupported(name: string, version?: string): boolean };
    document: { settings: Office.Settings };
    platform: string;
  };
  onReady(cb?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
  AsyncResultStatus: { Succeeded: string; Failed: string };
  HostType: { Excel: string };
  PlatformType: { OfficeOnline: string };
}

export function makeOffice(opts: OfficeOptions = {}): OfficeSurface {
  const sets = opts.sets ?? { ExcelApi: "1.20" };
  const saved = opts.settings ?? new Map<string, unknown>();
  const working = new Map(saved);
  const info = { host: "Excel", platform: "OfficeOnline" };
  const settings = {
    get: (name: string) => (working.has(name) ? working.get(name) : null),
    set: (name: string, value: unknown) => void working.set(name, value),
    remove: (name: string) => void working.delete(name),
    saveAsync(a?: unknown, b?: unknown) {
      const cb = (typeof a === "function" ? a : b) as ((r: { status: string; value: unknown }) => void) | undefined;
      saved.clear();
      for (const [k, v] of working) saved.set(k, v);
      setTimeout(() => cb?.({ status: "succeeded", value: null }), 0);
    },
    refreshAsync(cb?: (r: { status: string; value: unknown }) => void) {
      working.clear();
      for (const [k, v] of saved) working.set(k, v);
      setTimeout(() => cb?.({ status: "succeeded", value: settings }), 0);
    },
    addHandlerAsync() {},
    removeHandlerAsync() {},
  };
  return {
    context: {
      requirements: {
        isSetSupported: (name, version) => name in sets && (version === undefined || atLeast(sets[name], version)),
      },
      document: { settings: settings as unknown as Office.Settings },
      platform: info.platform,
    },
    onReady(cb) {
      cb?.(info);
      return Promise.resolve(info);
    },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
  };
}
