/** The app router: every procedure the browser can call. */
import { accountsRouter, catalogueRouter, dealsRouter, directoryRouter } from "./routers/crm/router";
import { calendarFeedRouter } from "./routers/deployments/calendar-feed";
import { documentsRouter } from "./routers/deployments/documents";
import { notificationsRouter } from "./routers/deployments/notifications";
import { actionsRouter, myDayRouter, projectsRouter } from "./routers/deployments/projects";
import { identityRouter, membersRouter, ssoRouter } from "./routers/identity/router";
import { liveRouter } from "./routers/live/router";
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
  myDay: myDayRouter,
  projects: projectsRouter,
  actions: actionsRouter,
  calendarFeed: calendarFeedRouter,
  documents: documentsRouter,
  notifications: notificationsRouter,
  live: liveRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
