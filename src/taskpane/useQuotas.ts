/**
 * Quotas set in the pane (SPEC §3.3): per group, or "every group gets N". They are stored in the
 * workbook's settings, so the next opening and the CLI see them, and they rank above the
 * 推荐名额分配表 and the scheme. The resolution itself is the core's (`quotaResolver`).
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { groupKey, parseQuotaSetting, settingToStore, withEveryQuota, withGroupQuota, type QuotaSetting } from "../core";
import type { WorkbookGateway } from "../host";
import { errorNotice, notice, type Notice } from "./notice";

export interface QuotaControl {
  setting: QuotaSetting | null;
  /** The workbook holds a quota setting that cannot be read (and is ignored). */
  broken: boolean;
  /** The stored setting, once it has been read (a review waits for it). */
  current(): Promise<QuotaSetting | null>;
  /** One group's quota; null removes the group's own pane quota (the sheet's, or every group's, applies again). */
  setGroup(group: string | null, quota: number | null): Promise<void>;
  /** Every group gets `quota` (null: clears every quota set in the pane). */
  setEvery(quota: number | null): Promise<void>;
}

export function useQuotas(gateway: WorkbookGateway, say: (n: Notice) => void, onChange: (s: QuotaSetting | null) => void): QuotaControl {
  const [setting, setSetting] = useState<QuotaSetting | null>(null);
  const [broken, setBroken] = useState(false);
  const loaded = useRef<Promise<QuotaSetting | null>>(Promise.resolve(null));
  const latest = useRef<QuotaSetting | null>(null);

  useEffect(() => {
    let live = true;
    loaded.current = gateway
      .loadQuotas()
      .then((raw) => {
        const parsed = parseQuotaSetting(raw);
        if (parsed === "invalid") {
          if (live) {
            setBroken(true);
            say(notice("warning", (t) => ({ body: t.quotas.storedBroken })));
          }
          return null;
        }
        return parsed;
      })
      .catch((e: unknown) => {
        if (live) say(errorNotice(e));
        return null;
      })
      .then((s) => {
        if (live) {
          latest.current = s;
          setSetting(s);
        }
        return s;
      });
    return () => {
      live = false;
    };
  }, [gateway, say]);

  const store = useCallback(
    async (next: QuotaSetting, done: Notice) => {
      const stored = settingToStore(next);
      try {
        await gateway.saveQuotas(stored);
      } catch (e) {
        say(errorNotice(e));
        return;
      }
      latest.current = stored;
      loaded.current = Promise.resolve(stored);
      setSetting(stored);
      setBroken(false);
      onChange(stored);
      say(done);
    },
    [gateway, say, onChange],
  );

  const setGroup = useCallback(
    async (group: string | null, quota: number | null) => {
      await loaded.current;
      // The one unnamed group of a summary without a province column: "every group" is it.
      if (group === null) return store(withEveryQuota(quota), notice("success", (t) => ({ body: t.quotas.savedEvery(quota) })));
      return store(withGroupQuota(latest.current, group, quota, groupKey), notice("success", (t) => ({ body: t.quotas.saved(group, quota) })));
    },
    [store],
  );

  const setEvery = useCallback(
    async (quota: number | null) => {
      await loaded.current;
      return store(withEveryQuota(quota), notice("success", (t) => ({ body: t.quotas.savedEvery(quota) })));
    },
    [store],
  );

  return { setting, broken, current: () => loaded.current, setGroup, setEvery };
}
