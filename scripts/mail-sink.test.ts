/**
 * Tests for the development mail sink: real SMTP in (nodemailer), JSON API out.
 */
import { describe, it, expect } from "vitest";
import nodemailer from "nodemailer";
import { startMailSink, type SinkMessage } from "./mail-sink";

function isSinkMessageArray(value: unknown): value is SinkMessage[] {
  return Array.isArray(value) && value.every((m) => typeof m === "object" && m !== null && "id" in m);
}

async function getMessages(httpPort: number, to?: string): Promise<SinkMessage[]> {
  const query = to ? `?to=${encodeURIComponent(to)}` : "";
  const res = await fetch(`http://127.0.0.1:${httpPort}/api/messages${query}`);
  expect(res.status).toBe(200);
  const body: unknown = await res.json();
  if (!isSinkMessageArray(body)) throw new Error(`unexpected body: ${JSON.stringify(body)}`);
  return body;
}

describe("mail sink", () => {
  it("stores sent emails and serves them newest first, filtered by recipient", async () => {
    const sink = await startMailSink({ smtpPort: 0, httpPort: 0 });
    try {
      expect(sink.smtpPort).toBeGreaterThan(0);
      expect(sink.httpPort).toBeGreaterThan(0);

      const transport = nodemailer.createTransport({ host: "127.0.0.1", port: sink.smtpPort, secure: false });
      await transport.sendMail({
        from: "Switchboard <noreply@switchboard.test>",
        to: "alice@acme-telecom.test",
        subject: "First",
        text: "plain only",
      });
      await transport.sendMail({
        from: "noreply@switchboard.test",
        to: ["Bob <Bob@Example.test>", "carol@example.test"],
        subject: "Second <b>",
        text: "Hello Bob",
        html: "<p>Hello <strong>Bob</strong></p>",
        attachments: [{ filename: "note.txt", content: "hi there", contentType: "text/plain" }],
      });
      transport.close();

      const all = await getMessages(sink.httpPort);
      expect(all.map((m) => m.subject)).toEqual(["Second <b>", "First"]);

      const [second, first] = all;
      expect(second?.from).toBe("noreply@switchboard.test");
      expect(second?.to).toEqual(["Bob@example.test", "carol@example.test"]);
      expect(second?.text.trim()).toBe("Hello Bob");
      expect(second?.html).toContain("<strong>Bob</strong>");
      expect(second?.headers.subject).toBe("Second <b>");
      expect(second?.messageId).toMatch(/^<.+@.+>$/);
      expect(second?.attachments).toEqual([{ filename: "note.txt", contentType: "text/plain", size: 8 }]);
      expect(Number.isNaN(Date.parse(second?.date ?? ""))).toBe(false);
      expect(first?.html).toBe("");
      expect(first?.to).toEqual(["alice@acme-telecom.test"]);

      // Case-insensitive, and any recipient matches.
      expect((await getMessages(sink.httpPort, "bob@example.TEST")).map((m) => m.subject)).toEqual(["Second <b>"]);
      expect((await getMessages(sink.httpPort, "carol@example.test")).map((m) => m.subject)).toEqual(["Second <b>"]);
      expect((await getMessages(sink.httpPort, "alice@acme-telecom.test")).map((m) => m.subject)).toEqual(["First"]);
      expect(await getMessages(sink.httpPort, "nobody@example.test")).toEqual([]);

      const one = await fetch(`http://127.0.0.1:${sink.httpPort}/api/messages/${second?.id ?? ""}`);
      expect(one.status).toBe(200);
      expect(await one.json()).toEqual(second);
      expect((await fetch(`http://127.0.0.1:${sink.httpPort}/api/messages/nope`)).status).toBe(404);

      // The inbox escapes what it renders.
      const inbox = await (await fetch(`http://127.0.0.1:${sink.httpPort}/?id=${second?.id ?? ""}`)).text();
      expect(inbox).toContain("Second &lt;b&gt;");
      expect(inbox).not.toContain("Second <b>");
      expect(inbox).toContain("<iframe sandbox");

      const cleared = await fetch(`http://127.0.0.1:${sink.httpPort}/api/messages`, { method: "DELETE" });
      expect(cleared.status).toBe(200);
      expect(await getMessages(sink.httpPort)).toEqual([]);
    } finally {
      await sink.close();
    }
  });
});
