/**
 * Runs in the browser before the app's own modules. Zod compiles its object parsers with
 * `new Function` when it may, and finds out by trying once: our Content-Security-Policy has
 * no 'unsafe-eval', so the browser refuses the try and reports a violation on every page,
 * although zod catches it and parses without compiling. Jitless mode skips the try.
 */
import { config } from "zod/v4/core";

config({ jitless: true });
