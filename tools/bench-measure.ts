// Measuring helpers for tools/bench.ts. Other processes share the CPU (a 2-core machine with
// parallel builds and tests), and they can only make a measurement slower, never faster: so every
// figure is the best of several rounds, and per-message times are the minimum per message over
// the rounds.
import { Conversation, type ChatMessage } from '../src/engine/engine';

export interface Timing {
  messages: number;
  /** Messages per second in the fastest round, and in the median round. */
  bestRate: number;
  medianRate: number;
  /** Each message's time (ms), the minimum over the rounds, in the order the messages were read. */
  perMessage: Float64Array;
}

/** Reads every conversation, each into a fresh Conversation, `rounds` times (after `warmup` more). */
export function timeConversations(conversations: readonly (readonly ChatMessage[])[], rounds: number, warmup = 2): Timing {
  const messages = conversations.reduce((n, c) => n + c.length, 0);
  const perMessage = new Float64Array(messages).fill(Infinity);
  const roundMs: number[] = [];
  for (let round = -warmup; round < rounds; round++) {
    let k = 0;
    const start = performance.now();
    for (const conversation of conversations) {
      const tracker = new Conversation();
      for (const message of conversation) {
        const t0 = performance.now();
        tracker.add(message);
        const took = performance.now() - t0;
        if (round >= 0 && took < (perMessage[k] ?? Infinity)) perMessage[k] = took;
        k++;
      }
    }
    if (round >= 0) roundMs.push(performance.now() - start);
  }
  roundMs.sort((a, b) => a - b);
  const rate = (ms: number) => messages / (ms / 1000);
  return { messages, bestRate: rate(roundMs[0] ?? NaN), medianRate: rate(roundMs[Math.floor(roundMs.length / 2)] ?? NaN), perMessage };
}

export function percentile(sorted: ArrayLike<number>, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}

export function summary(times: Float64Array) {
  const sorted = Float64Array.from(times).sort();
  return { p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99), max: sorted[sorted.length - 1] ?? NaN };
}

/** Mean per-message time (ms) in each of `buckets` equal stretches of a conversation. */
export function growth(times: Float64Array, buckets: number): number[] {
  const size = Math.ceil(times.length / buckets);
  return Array.from({ length: buckets }, (_, b) => {
    const part = times.subarray(b * size, Math.min(times.length, (b + 1) * size));
    return part.reduce((sum, t) => sum + t, 0) / Math.max(1, part.length);
  });
}

/** Time (ms) of one message read by a fresh Conversation: best and median of `runs`, and the worst. */
export function timeOneMessage(message: ChatMessage | (() => ChatMessage), runs: number) {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const input = typeof message === 'function' ? message() : message;
    const tracker = new Conversation();
    const t0 = performance.now();
    tracker.add(input);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { best: times[0] ?? NaN, median: percentile(times, 0.5), worst: times[times.length - 1] ?? NaN };
}

export const fmtMs = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`);
export const fmtRate = (rate: number) => Math.round(rate).toLocaleString('en');

/** A plain-text table: the first column left-aligned, the others right-aligned. */
export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
