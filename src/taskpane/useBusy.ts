/**
 * One action at a time, with its progress in words and a cancel that is offered only while
 * reading (nothing has been written then, so stopping is always safe).
 */
import { useCallback, useRef, useState } from "react";
import type { Progress, StepName } from "../host";
import { Cancelled } from "./notice";

export type BusyStep = StepName | "review";

export interface Busy {
  step: BusyStep;
  done: number;
  total: number;
  cancel: (() => void) | null;
}

export interface BusyControl {
  busy: Busy | null;
  /** Runs `job` unless another is running; resolves false when it did not run. */
  exclusive(job: () => Promise<void>): Promise<boolean>;
  /** Shows a step that cannot be cancelled. */
  step(step: BusyStep, p?: Progress): void;
  /** Waits for `work`, offering cancel; a cancel rejects with Cancelled at once. */
  cancellable<T>(step: BusyStep, work: (onProgress: (p: Progress) => void) => Promise<T>): Promise<T>;
}

export function useBusy(): BusyControl {
  const [busy, setBusy] = useState<Busy | null>(null);
  const running = useRef(false);

  const exclusive = useCallback(async (job: () => Promise<void>) => {
    if (running.current) return false;
    running.current = true;
    try {
      await job();
    } finally {
      running.current = false;
      setBusy(null);
    }
    return true;
  }, []);

  const step = useCallback((s: BusyStep, p?: Progress) => {
    setBusy({ step: s, done: p?.done ?? 0, total: p?.total ?? 0, cancel: null });
  }, []);

  const cancellable = useCallback(<T,>(s: BusyStep, work: (onProgress: (p: Progress) => void) => Promise<T>) => {
    let stopped = false;
    let stop: (e: Error) => void = () => undefined;
    const cancelled = new Promise<never>((_, reject) => {
      stop = reject;
    });
    const cancel = () => {
      stopped = true;
      stop(new Cancelled());
    };
    setBusy({ step: s, done: 0, total: 0, cancel });
    const running = work((p) => {
      if (!stopped) setBusy({ step: p.step, done: p.done, total: p.total, cancel });
    });
    // The read may still fail after a cancel; nobody waits for it then.
    running.catch(() => undefined);
    return Promise.race([running, cancelled]);
  }, []);

  return { busy, exclusive, step, cancellable };
}
