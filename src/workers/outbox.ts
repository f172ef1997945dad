// The Worker's answers, sent in groups: a message per file cost the Worker a postMessage and the
// page a task per file (~30–100 µs of the Worker's thread, ~180 µs of the page's). Answers wait
// until 8 results are held, the Worker has nothing left to run (flush()), an urgent answer comes
// (a request re-run after a stop: each of its answers goes at once, so a hang or a crash is pinned
// on its file), or `waitMs` passed since the last send, so progress still moves every ~50 ms.
import type { ExtractResponse } from "./protocol";

export interface OutboxOptions {
  /** Results held at most before they are sent. */
  maxResults?: number;
  /** The longest an answer waits once the Worker is back in its event loop. */
  waitMs?: number;
  now?: () => number;
}

export class Outbox {
  private held: ExtractResponse[] = [];
  private results = 0;
  private lastSend: number;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly maxResults: number;
  private readonly waitMs: number;
  private readonly now: () => number;

  /** `send` gets the answers in order, one array per message. */
  constructor(
    private readonly send: (msgs: ExtractResponse[]) => void,
    options: OutboxOptions = {},
  ) {
    this.maxResults = options.maxResults ?? 8;
    this.waitMs = options.waitMs ?? 50;
    this.now = options.now ?? (() => performance.now());
    this.lastSend = -Infinity; // the first answer after a quiet spell goes at once
  }

  /** Holds an answer, or sends it with those held (see the header for when). */
  readonly post = (msg: ExtractResponse, urgent = false): void => {
    this.held.push(msg);
    if (msg.type === "result") this.results++;
    const waited = this.now() - this.lastSend;
    if (urgent || this.results >= this.maxResults || waited >= this.waitMs) this.flush();
    // A file read asynchronously (pdf.js) lets this fire while it runs; a synchronous one cannot be
    // interrupted, and sends what is held when it is done (the wait is over by then).
    else this.timer ??= setTimeout(this.flush, this.waitMs - waited);
  };

  /** Sends what is held now (the Worker's queue is empty). */
  readonly flush = (): void => {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.held.length === 0) return;
    const msgs = this.held;
    this.held = [];
    this.results = 0;
    this.lastSend = this.now();
    this.send(msgs);
  };
}
