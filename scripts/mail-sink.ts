/**
 * Local SMTP sink with a web inbox: catches every email the app sends in development and in
 * tests, keeps the newest ones in memory, and serves them as an HTML inbox and a JSON API.
 * Run standalone with `tsx scripts/mail-sink.ts`, or start in-process with startMailSink().
 */
import { randomBytes, randomUUID } from "node:crypto";
import type { EventEmitter } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import PostalMime, { type Address, type Email } from "postal-mime";
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from "smtp-server";
import { portFromEnv, runAsMain } from "./lib/service";

export type SinkMessage = {
  id: string;
  messageId: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  /** When the sink received the message (ISO 8601); the sender's own Date header is in `headers.date`. */
  date: string;
  headers: Record<string, string>;
  attachments: { filename: string; contentType: string; size: number }[];
};

export type MailSink = { smtpPort: number; httpPort: number; close(): Promise<void> };

const MAX_MESSAGES = 1000;
// Real providers cap around 25 MB; bigger than that in dev is a bug worth surfacing.
const MAX_MESSAGE_BYTES = 25 * 1024 * 1024;

function mailboxes(addresses: Address[] | undefined): { name: string; address: string }[] {
  const out: { name: string; address: string }[] = [];
  for (const a of addresses ?? []) {
    if (a.group) out.push(...a.group);
    else if (a.address) out.push({ name: a.name, address: a.address });
  }
  return out;
}

function attachmentSize(content: ArrayBuffer | Uint8Array | string): number {
  return typeof content === "string" ? Buffer.byteLength(content) : content.byteLength;
}

function toSinkMessage(parsed: Email, envelopeRecipients: string[]): SinkMessage {
  // Recipients = header To/Cc plus the SMTP envelope, so Bcc'd addresses can be found too.
  const to: string[] = [];
  const seen = new Set<string>();
  for (const address of [
    ...mailboxes(parsed.to).map((m) => m.address),
    ...mailboxes(parsed.cc).map((m) => m.address),
    ...envelopeRecipients,
  ]) {
    const key = address.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      to.push(address);
    }
  }

  const headers: Record<string, string> = {};
  for (const h of parsed.headers) {
    // Repeated headers (Received, …) are kept, one value per line.
    headers[h.key] = h.key in headers ? `${headers[h.key]}\n${h.value}` : h.value;
  }

  const from = parsed.from ? (mailboxes([parsed.from])[0]?.address ?? "") : "";
  return {
    id: randomUUID(),
    messageId: parsed.messageId ?? "",
    from,
    to,
    subject: parsed.subject ?? "",
    text: parsed.text ?? "",
    html: parsed.html ?? "",
    date: new Date().toISOString(),
    headers,
    attachments: parsed.attachments.map((a) => ({
      filename: a.filename ?? "",
      contentType: a.mimeType,
      size: attachmentSize(a.content),
    })),
  };
}

function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

function renderInbox(messages: SinkMessage[], selected: SinkMessage | undefined, nonce: string): string {
  const rows = messages
    .map((m) => {
      const cls = m.id === selected?.id ? ' class="selected"' : "";
      const href = `/?id=${encodeURIComponent(m.id)}`;
      return `<tr${cls}><td><a href="${escapeHtml(href)}">${escapeHtml(new Date(m.date).toLocaleString("en-GB"))}</a></td><td>${escapeHtml(m.headers.from ?? m.from)}</td><td>${escapeHtml(m.to.join(", "))}</td><td><a href="${escapeHtml(href)}">${escapeHtml(m.subject || "(no subject)")}</a></td></tr>`;
    })
    .join("\n");

  let detail = "";
  if (selected) {
    // <base target=_blank> lets links in the email (invites, sign-in links) open in a new tab
    // while the sandbox still keeps the email's scripts and same-origin access out.
    const srcdoc = `<base target="_blank">${selected.html}`;
    const attachments = selected.attachments.length
      ? `<p><strong>Attachments:</strong> ${selected.attachments
          .map((a) => `${escapeHtml(a.filename || "(unnamed)")} (${escapeHtml(a.contentType)}, ${a.size} bytes)`)
          .join(", ")}</p>`
      : "";
    detail = `<section class="detail">
<h2>${escapeHtml(selected.subject || "(no subject)")}</h2>
<p><strong>From:</strong> ${escapeHtml(selected.headers.from ?? selected.from)}<br>
<strong>To:</strong> ${escapeHtml(selected.to.join(", "))}<br>
<strong>Received:</strong> ${escapeHtml(selected.date)}<br>
<strong>Message-ID:</strong> ${escapeHtml(selected.messageId)}</p>
${attachments}
<h3>HTML</h3>
${selected.html ? `<iframe sandbox="allow-popups allow-popups-to-escape-sandbox" srcdoc="${escapeHtml(srcdoc)}"></iframe>` : "<p>(no HTML part)</p>"}
<h3>Text</h3>
<pre>${escapeHtml(selected.text || "(no text part)")}</pre>
</section>`;
  }

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Mail sink (${messages.length})</title>
<style>
body { font-family: system-ui, sans-serif; margin: 1rem; color: #222; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #ddd; vertical-align: top; }
tr.selected { background: #eef4ff; }
iframe { width: 100%; height: 480px; border: 1px solid #ccc; background: #fff; }
pre { white-space: pre-wrap; background: #f6f6f6; padding: 8px; }
.detail { margin-top: 1.5rem; }
</style>
</head>
<body>
<h1>Mail sink</h1>
<p>${messages.length} message(s), newest first. <a href="/">Refresh</a> <button id="clear" type="button">Clear</button></p>
<table>
<thead><tr><th>Time</th><th>From</th><th>To</th><th>Subject</th></tr></thead>
<tbody>
${rows || '<tr><td colspan="4">No messages yet.</td></tr>'}
</tbody>
</table>
${detail}
<script nonce="${nonce}">
document.getElementById("clear").addEventListener("click", async () => {
  await fetch("/api/messages", { method: "DELETE" });
  location.href = "/";
});
</script>
</body>
</html>`;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(payload),
    "cache-control": "no-store",
  });
  res.end(payload);
}

function listen(server: EventEmitter, start: (onListening: () => void) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (err: Error) => reject(err);
    server.once("error", onError);
    start(() => {
      server.off("error", onError);
      resolve();
    });
  });
}

function portOf(address: AddressInfo | string | null): number {
  if (address === null || typeof address === "string") throw new Error("mail-sink: server has no TCP address");
  return address.port;
}

export async function startMailSink(opts: {
  host?: string;
  smtpPort: number;
  httpPort: number;
}): Promise<MailSink> {
  const host = opts.host ?? "127.0.0.1";
  // Newest first, so the API and the inbox never need to sort.
  const messages: SinkMessage[] = [];

  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    banner: "Switchboard mail sink",
    size: MAX_MESSAGE_BYTES,
    // Keep shutdown quick in tests; the sink holds nothing worth waiting for.
    closeTimeout: 1000,
    onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback: (err?: Error | null) => void) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("error", (err: Error) => callback(err));
      stream.on("end", () => {
        if (stream.sizeExceeded) {
          callback(Object.assign(new Error("Message exceeds the sink's size limit"), { responseCode: 552 }));
          return;
        }
        const recipients = session.envelope.rcptTo.map((r) => r.address);
        PostalMime.parse(Buffer.concat(chunks))
          .then((parsed) => {
            messages.unshift(toSinkMessage(parsed, recipients));
            if (messages.length > MAX_MESSAGES) messages.length = MAX_MESSAGES;
            callback();
          })
          .catch((err: unknown) => callback(err instanceof Error ? err : new Error(String(err))));
      });
    },
  });
  // Client disconnects and protocol errors are routine for a sink; they must not crash it.
  smtp.on("error", () => {});

  const http = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://mail-sink.local");
    const path = url.pathname.replace(/\/+$/, "") || "/";

    if (path === "/api/messages") {
      if (req.method === "GET") {
        const to = url.searchParams.get("to")?.trim().toLowerCase();
        sendJson(res, 200, to ? messages.filter((m) => m.to.some((r) => r.toLowerCase() === to)) : messages);
      } else if (req.method === "DELETE") {
        messages.length = 0;
        sendJson(res, 200, { ok: true });
      } else {
        res.setHeader("allow", "GET, DELETE");
        sendJson(res, 405, { error: "method not allowed" });
      }
      return;
    }

    const byId = /^\/api\/messages\/([^/]+)$/.exec(path);
    if (byId) {
      if (req.method !== "GET") {
        res.setHeader("allow", "GET");
        sendJson(res, 405, { error: "method not allowed" });
        return;
      }
      const id = decodeURIComponent(byId[1] ?? "");
      const message = messages.find((m) => m.id === id);
      if (message) sendJson(res, 200, message);
      else sendJson(res, 404, { error: "message not found" });
      return;
    }

    if (path === "/" && req.method === "GET") {
      const id = url.searchParams.get("id");
      const selected = id ? messages.find((m) => m.id === id) : undefined;
      const nonce = randomBytes(16).toString("base64");
      const body = renderInbox(messages, selected, nonce);
      res.writeHead(200, {
        "content-type": "text/html; charset=utf-8",
        "cache-control": "no-store",
        // The srcdoc iframe inherits this policy, so images and styles in emails stay allowed.
        "content-security-policy": `default-src 'none'; script-src 'nonce-${nonce}'; connect-src 'self'; style-src 'unsafe-inline' *; img-src * data:; font-src * data:; frame-src 'self'; base-uri 'self'; form-action 'none'`,
      });
      res.end(body);
      return;
    }

    sendJson(res, 404, { error: "not found" });
  });

  try {
    await listen(smtp, (done) => smtp.listen(opts.smtpPort, host, done));
    await listen(http, (done) => http.listen(opts.httpPort, host, done));
  } catch (err) {
    // A half-started sink would keep the process alive and hold a port.
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    http.close();
    throw err;
  }

  return {
    smtpPort: portOf(smtp.server.address()),
    httpPort: portOf(http.address()),
    async close() {
      await Promise.all([
        new Promise<void>((resolve) => smtp.close(() => resolve())),
        new Promise<void>((resolve) => {
          http.close(() => resolve());
          // Browsers keep inbox connections alive; without this close() waits for them.
          http.closeAllConnections();
        }),
      ]);
    },
  };
}


async function main(): Promise<{ close(): Promise<void> }> {
  const host = "127.0.0.1";
  const sink = await startMailSink({
    host,
    smtpPort: portFromEnv("MAIL_SINK_SMTP_PORT", 1025),
    httpPort: portFromEnv("MAIL_SINK_HTTP_PORT", 8025),
  });
  console.log(`mail-sink: SMTP smtp://${host}:${sink.smtpPort}, inbox http://${host}:${sink.httpPort}`);

  return sink;
}

runAsMain(import.meta.url, main);
