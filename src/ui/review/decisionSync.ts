// Tabs tell each other when they append decisions (BroadcastChannel), so an edit in one tab shows in
// the others at once; the receiving tab reads that name's log back from IndexedDB and merges it.
// Storage stays the source of truth: a tab that missed a message catches up when it is shown again.

const CHANNEL = "coauthor-explorer-decisions";

export interface DecisionsChanged {
  corpusId: string;
  nameKey: string;
  /** The tab that wrote, so it can ignore its own message. */
  session: string;
}

export class DecisionSync {
  private readonly channel: BroadcastChannel | undefined;

  constructor(
    private readonly session: string,
    onChange: (change: DecisionsChanged) => void,
    onShown: () => void,
    signal: AbortSignal,
  ) {
    this.channel =
      typeof BroadcastChannel === "function" ? new BroadcastChannel(CHANNEL) : undefined;
    this.channel?.addEventListener(
      "message",
      (event: MessageEvent<unknown>) => {
        const change = asChange(event.data);
        if (change && change.session !== session) onChange(change);
      },
      { signal },
    );
    document.addEventListener(
      "visibilitychange",
      () => document.visibilityState === "visible" && onShown(),
      { signal },
    );
    signal.addEventListener("abort", () => this.channel?.close());
  }

  announce(corpusId: string, nameKey: string): void {
    const change: DecisionsChanged = { corpusId, nameKey, session: this.session };
    this.channel?.postMessage(change);
  }
}

function asChange(data: unknown): DecisionsChanged | undefined {
  if (typeof data !== "object" || data === null) return undefined;
  const { corpusId, nameKey, session } = data as Record<string, unknown>;
  return typeof corpusId === "string" && typeof nameKey === "string" && typeof session === "string"
    ? { corpusId, nameKey, session }
    : undefined;
}
