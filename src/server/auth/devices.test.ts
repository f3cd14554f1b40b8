/** Tests for the device a session is shown with, and where a sign-in request came from. */
import { describe, expect, it } from "vitest";
import { describeDevice, deviceOf } from "./devices";

describe("describeDevice", () => {
  it.each([
    ["Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36", { browser: "Chrome", os: "Linux", mobile: false }],
    ["Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15", { browser: "Safari", os: "Mac OS", mobile: false }],
    ["Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0", { browser: "Firefox", os: "Windows", mobile: false }],
    ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1", { browser: "Mobile Safari", os: "iOS", mobile: true }],
  ])("names the browser and system of %s", (ua, expected) => {
    expect(describeDevice(ua)).toEqual(expected);
  });

  it("knows nothing of a missing or meaningless user agent", () => {
    expect(describeDevice(null)).toEqual({ browser: null, os: null, mobile: false });
    expect(describeDevice("curl-ish")).toEqual({ browser: null, os: null, mobile: false });
  });
});

describe("deviceOf", () => {
  it("takes the browser's address from the first forwarded hop, else X-Real-IP", () => {
    expect(deviceOf(new Headers({ "user-agent": "UA", "x-forwarded-for": "203.0.113.7, 10.0.0.1" }))).toEqual({ userAgent: "UA", ipAddress: "203.0.113.7" });
    expect(deviceOf(new Headers({ "x-real-ip": "198.51.100.2" }))).toEqual({ userAgent: null, ipAddress: "198.51.100.2" });
    expect(deviceOf(new Headers())).toEqual({ userAgent: null, ipAddress: null });
  });
});
