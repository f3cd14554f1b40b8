/**
 * The device a session signed in from: captured from the sign-in request's headers, shown in
 * "Your sessions" as a browser and a system ("Chrome", "Mac OS") through Next's user-agent
 * parser. Informative only — nothing is decided on it, so a forged header fools nobody but
 * its sender.
 */
import { userAgent } from "next/server";

export type Device = { userAgent: string | null; ipAddress: string | null };

/** The device of a sign-in request: the first `X-Forwarded-For` hop is the browser's address. */
export function deviceOf(h: Headers): Device {
  const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim();
  return { userAgent: h.get("user-agent"), ipAddress: forwarded || h.get("x-real-ip") };
}

export type DeviceSummary = { browser: string | null; os: string | null; mobile: boolean };

export function describeDevice(ua: string | null): DeviceSummary {
  const parsed = userAgent({ headers: new Headers(ua ? { "user-agent": ua } : {}) });
  return { browser: parsed.browser.name ?? null, os: parsed.os.name ?? null, mobile: parsed.device.type === "mobile" || parsed.device.type === "tablet" };
}
