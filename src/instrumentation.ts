/**
 * Runs once when the Next server starts: a missing or malformed environment variable stops
 * it there, with a sentence naming the variable, rather than at the first request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { envOrExit } = await import("./env");
  envOrExit();
}
