/**
 * The security headers every response carries, built in one pure function: the proxy
 * (`src/proxy.ts`) sends them with a fresh script nonce on every page and API response, and
 * `next.config.ts` sends them without one on the static files the proxy does not see. No
 * imports: next.config loads this file outside the app's module aliases.
 *
 * Scripts run only with the request's nonce ('strict-dynamic' lets Next's nonced runtime
 * load its own chunks); never 'unsafe-inline'. Styles allow inline ones: React Flow, recharts
 * and the tenant colour set `style` attributes, which a nonce cannot cover.
 * There is no `form-action`: signing in posts a form whose answer redirects to the tenant's
 * own identity provider, an origin only known per tenant, and browsers check form-action on
 * that redirect too.
 */

export type SecurityHeaderName =
  | "Content-Security-Policy"
  | "Strict-Transport-Security"
  | "X-Content-Type-Options"
  | "X-Frame-Options"
  | "Referrer-Policy"
  | "Permissions-Policy";

/** HSTS only over https; every other header always. */
export type SecurityHeaders = Record<Exclude<SecurityHeaderName, "Strict-Transport-Security">, string> & { "Strict-Transport-Security"?: string };

export type SecurityHeaderOptions = {
  /** This request's script nonce; absent for static files, which are not HTML. */
  nonce?: string;
  /** `next dev`: React's refresh and its server-error stacks need eval. Never in production. */
  dev: boolean;
  /** The app is served over https (APP_URL): HSTS, and no plain-http subresources. */
  https: boolean;
  /** One route's exceptions, e.g. `Referrer-Policy: no-referrer` for a page whose URL is a secret. */
  overrides?: Partial<SecurityHeaders>;
};

/** Browser features the app never uses, switched off for it and anything it might embed. */
const PERMISSIONS = ["accelerometer", "camera", "geolocation", "gyroscope", "magnetometer", "microphone", "payment", "usb"];

/** True when the public base URL is https (unset means the http://localhost default). */
export function isHttps(appUrl: string | undefined): boolean {
  return appUrl?.startsWith("https://") ?? false;
}

/** A fresh, unguessable nonce for one response: 16 random bytes, base64. */
export function createNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

export function contentSecurityPolicy({ nonce, dev, https }: Omit<SecurityHeaderOptions, "overrides">): string {
  const scripts = ["'self'", ...(nonce ? [`'nonce-${nonce}'`, "'strict-dynamic'"] : []), ...(dev ? ["'unsafe-eval'"] : [])];
  const directives = [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

export function securityHeaders({ overrides, ...options }: SecurityHeaderOptions): SecurityHeaders {
  return {
    "Content-Security-Policy": contentSecurityPolicy(options),
    ...(options.https ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
    "X-Content-Type-Options": "nosniff",
    // frame-ancestors says the same to current browsers; this is for the ones before it.
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": PERMISSIONS.map((feature) => `${feature}=()`).join(", "),
    ...overrides,
  };
}
