/**
 * A part of the pane that the first screen does not show (a dialog, the 发送前检查 checklist),
 * loaded from its own content-hashed chunk when it is first wanted, so the pane opens with less
 * to download and parse. A chunk that cannot be fetched (network down, server gone) shows a
 * message with 重试 in its place, never a blank area; webpack forgets a failed chunk, so a retry
 * fetches it again.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { Component, Suspense, lazy, useEffect, useMemo, useRef, useState, type ComponentType, type ReactNode } from "react";
import { useLang } from "../i18n";

function Failed({ onRetry }: { onRetry(): void }) {
  const { t } = useLang();
  const retry = useRef<HTMLButtonElement>(null);
  // A dialog that failed would have opened over the pane: the message takes the focus (and comes into view) instead.
  useEffect(() => retry.current?.focus(), []);
  return (
    <MessageBar intent="error" layout="multiline" role="alert" data-testid="part-failed">
      <MessageBarBody>{t.errors.partFailed}</MessageBarBody>
      <MessageBarActions>
        <Button ref={retry} size="small" onClick={onRetry}>
          {t.errors.retry}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

class Boundary extends Component<{ children: ReactNode; onRetry(): void }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? <Failed onRetry={this.props.onRetry} /> : this.props.children;
  }
}

/** `load` imports the part's module and gives its component: `() => import("./X.js").then((m) => m.X)`. */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  function Part(props: P) {
    // A new lazy per attempt: React keeps a rejected lazy rejected, webpack lets the chunk be fetched again.
    const [attempt, setAttempt] = useState(0);
    const Loaded = useMemo(() => lazy(() => load().then((c) => ({ default: c }))), [attempt]);
    return (
      <Boundary key={attempt} onRetry={() => setAttempt((n) => n + 1)}>
        <Suspense fallback={null}>
          <Loaded {...props} />
        </Suspense>
      </Boundary>
    );
  }
  return Part;
}
