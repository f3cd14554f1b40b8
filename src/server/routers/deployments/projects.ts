/** Deployment procedures: My day, the projects list and page, and what people do to actions and projects. */
import { actorOf, blockActionNow, completeActionNow, moveActionDue, skipActionNow, startActionNow, unblockActionNow } from "@/server/deployments/action-commands";
import { STEERING_ROLES } from "@/server/deployments/engine/commands";
import { myDay } from "@/server/deployments/my-day";
import { changeStatus, reassignRole, setCapturedDate } from "@/server/deployments/project-commands";
import { getProject } from "@/server/deployments/project-detail";
import { listProjects } from "@/server/deployments/project-list";
import { WORKING_ROLES } from "@/server/identity/roles";
import { createTRPCRouter, roleProcedure, tenantProcedure } from "@/server/trpc";
import {
  actionIdInput,
  blockActionInput,
  completeActionInput,
  listProjectsInput,
  moveActionInput,
  projectIdInput,
  projectStatusInput,
  reassignInput,
  setCapturedDateInput,
  skipActionInput,
} from "./projects.schema";

/** Everyone but viewers works on actions; the engine checks who may touch which one. */
const worker = roleProcedure(...WORKING_ROLES);
const steering = roleProcedure(...STEERING_ROLES);

export const myDayRouter = createTRPCRouter({
  list: tenantProcedure.query(({ ctx }) => myDay(ctx.db, ctx.membership.id)),
});

export const projectsRouter = createTRPCRouter({
  list: tenantProcedure.input(listProjectsInput).query(({ ctx, input }) => listProjects(ctx.db, input)),
  get: tenantProcedure.input(projectIdInput).query(({ ctx, input }) => getProject(ctx.db, input.id)),
  setCapturedDate: steering.input(setCapturedDateInput).mutation(({ ctx, input: { id, ...f } }) => setCapturedDate(ctx.db, actorOf(ctx.user, ctx.membership), id, f)),
  setStatus: steering.input(projectStatusInput).mutation(({ ctx, input }) => changeStatus(ctx.db, actorOf(ctx.user, ctx.membership), input.id, input.command, input.reason)),
  reassign: steering.input(reassignInput).mutation(({ ctx, input }) => reassignRole(ctx.db, actorOf(ctx.user, ctx.membership), input.id, input.role, input.membershipId)),
});

export const actionsRouter = createTRPCRouter({
  start: worker.input(actionIdInput).mutation(({ ctx, input }) => startActionNow(ctx.db, actorOf(ctx.user, ctx.membership), input.id)),
  complete: worker.input(completeActionInput).mutation(({ ctx, input: { id, ...f } }) => completeActionNow(ctx.db, actorOf(ctx.user, ctx.membership), id, f)),
  block: worker.input(blockActionInput).mutation(({ ctx, input }) => blockActionNow(ctx.db, actorOf(ctx.user, ctx.membership), input.id, input.reason)),
  unblock: worker.input(actionIdInput).mutation(({ ctx, input }) => unblockActionNow(ctx.db, actorOf(ctx.user, ctx.membership), input.id)),
  move: worker.input(moveActionInput).mutation(({ ctx, input: { id, ...f } }) => moveActionDue(ctx.db, actorOf(ctx.user, ctx.membership), id, f)),
  skip: worker.input(skipActionInput).mutation(({ ctx, input }) => skipActionNow(ctx.db, actorOf(ctx.user, ctx.membership), input.id, input.reason)),
});
