/** The app router: every procedure the browser can call. */
import { identityRouter, membersRouter, ssoRouter } from "./routers/identity/router";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  identity: identityRouter,
  members: membersRouter,
  sso: ssoRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
