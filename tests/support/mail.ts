/** Reading the real SMTP sink from integration tests. */
import type { SinkMessage } from "../../scripts/mail-sink";

export async function sinkMessages(httpPort: number, to?: string): Promise<SinkMessage[]> {
  const res = await fetch(`http://127.0.0.1:${httpPort}/api/messages${to ? `?to=${encodeURIComponent(to)}` : ""}`);
  return (await res.json()) as SinkMessage[];
}

/** Polls until `predicate` holds for the sink's messages, or fails after `timeoutMs`. */
export async function waitForMessages(httpPort: number, predicate: (m: SinkMessage[]) => boolean, timeoutMs = 15_000): Promise<SinkMessage[]> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const messages = await sinkMessages(httpPort);
    if (predicate(messages)) return messages;
    if (Date.now() > until) throw new Error(`Mail sink never matched; it holds ${messages.length} message(s): ${messages.map((m) => m.subject).join(" | ")}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
