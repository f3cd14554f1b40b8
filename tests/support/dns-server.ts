/**
 * A real DNS server on loopback (UDP, what Node's resolver asks first) that answers TXT
 * questions from records the test or the developer sets, so domain verification runs through
 * `dns.promises.Resolver` exactly as in production, pointed here by DNS_SERVERS. A name with
 * no TXT record set answers NXDOMAIN, as a domain without the record would. Built on
 * dns-packet (the encoder multicast-dns and bonjour use) and node:dgram.
 */
import { createSocket, type RemoteInfo } from "node:dgram";
import dnsPacket from "dns-packet";

/** One TXT record is one or more character strings (each at most 255 bytes on the wire). */
export type TxtRecord = string | string[];

export type DnsServer = {
  /** "127.0.0.1:53535": the value for DNS_SERVERS. */
  address: string;
  port: number;
  /** Sets (replaces) the TXT records of a name; an empty list removes the name. */
  setTxt(name: string, records: TxtRecord[]): void;
  close(): Promise<void>;
};

const NXDOMAIN = 3;

export async function startDnsServer(options: { host?: string; port?: number } = {}): Promise<DnsServer> {
  const host = options.host ?? "127.0.0.1";
  const zone = new Map<string, string[][]>();
  const key = (name: string) => name.toLowerCase().replace(/\.$/, "");
  const socket = createSocket(host.includes(":") ? "udp6" : "udp4");

  function answer(message: Buffer, from: RemoteInfo) {
    let query: dnsPacket.DecodedPacket;
    try {
      query = dnsPacket.decode(message);
    } catch {
      return; // not DNS: a real server ignores it too
    }
    const question = query.questions?.[0];
    const records = question ? zone.get(key(question.name)) : undefined;
    const txt = question?.type === "TXT" ? (records ?? []) : [];
    const reply = dnsPacket.encode({
      type: "response",
      id: query.id,
      flags: dnsPacket.AUTHORITATIVE_ANSWER | dnsPacket.RECURSION_AVAILABLE | ((query.flags ?? 0) & dnsPacket.RECURSION_DESIRED) | (records ? 0 : NXDOMAIN),
      questions: query.questions ?? [],
      answers: question ? txt.map((data) => ({ type: "TXT" as const, class: "IN" as const, name: question.name, ttl: 60, data })) : [],
    });
    socket.send(reply, from.port, from.address);
  }
  socket.on("message", answer);

  await new Promise<void>((resolve, reject) => {
    socket.once("error", reject);
    socket.bind(options.port ?? 0, host, () => {
      socket.off("error", reject);
      resolve();
    });
  });
  const port = socket.address().port;
  return {
    address: host.includes(":") ? `[${host}]:${port}` : `${host}:${port}`,
    port,
    setTxt(name, records) {
      if (records.length === 0) zone.delete(key(name));
      else zone.set(key(name), records.map((r) => (Array.isArray(r) ? r : [r])));
    },
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
}
