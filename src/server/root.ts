/** The app router: every procedure the browser can call. */
import { accountsRouter, catalogueRouter, dealsRouter, directoryRouter } from "./routers/crm/router";
import { identityRouter, membersRouter, ssoRouter } from "./routers/identity/router";
import { calendarRouter, templatesRouter } from "./routers/templates/router";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  identity: identityRouter,
  members: membersRouter,
  sso: ssoRouter,
  accounts: accountsRouter,
  catalogue: catalogueRouter,
  deals: dealsRouter,
  directory: directoryRouter,
  templates: templatesRouter,
  calendar: calendarRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
