/** Installation templates (DESIGN §3) and the business-day calendar their due dates use. */
import { holidayRegions } from "@/server/calendar/region-list";
import { addDayOff, getCalendarSettings, previewCalendar, removeDayOff, setHolidayRegion, updateCalendar } from "@/server/calendar/settings";
import { archiveTemplate, createTemplate, duplicateTemplate, getTemplate, getVersion, listTemplates, makeDefaultTemplate } from "@/server/templates/templates";
import { exportTemplate, importTemplate } from "@/server/templates/transfer";
import { discardDraft, publishDraft, saveDraft } from "@/server/templates/versions";
import { createTRPCRouter, roleProcedure, tenantProcedure } from "@/server/trpc";
import { addDayOffInput, dayOffIdInput, setHolidayRegionInput, updateCalendarInput } from "./calendar.schema";
import {
  archiveTemplateInput,
  createTemplateInput,
  exportTemplateInput,
  importTemplateInput,
  listTemplatesInput,
  publishInput,
  saveDraftInput,
  templateIdInput,
  versionInput,
} from "./templates.schema";

/** Templates are the reseller's know-how: managers and admins design them; everyone reads them. */
const designer = roleProcedure("ADMIN", "MANAGER");

export const templatesRouter = createTRPCRouter({
  list: tenantProcedure.input(listTemplatesInput).query(({ ctx, input }) => listTemplates(ctx.db, input.archived)),
  get: tenantProcedure.input(templateIdInput).query(async ({ ctx, input }) => ({
    ...(await getTemplate(ctx.db, input.id)),
    calendar: await previewCalendar(ctx.db),
  })),
  version: tenantProcedure.input(versionInput).query(({ ctx, input }) => getVersion(ctx.db, input.id, input.number)),
  export: tenantProcedure.input(exportTemplateInput).query(({ ctx, input }) => exportTemplate(ctx.db, input.id, input.number)),
  create: designer.input(createTemplateInput).mutation(({ ctx, input }) => createTemplate(ctx.db, ctx.user.id, input)),
  duplicate: designer.input(templateIdInput).mutation(({ ctx, input }) => duplicateTemplate(ctx.db, ctx.user.id, input.id)),
  archive: designer.input(archiveTemplateInput).mutation(({ ctx, input }) => archiveTemplate(ctx.db, ctx.user.id, input.id, input.archived)),
  makeDefault: designer.input(templateIdInput).mutation(({ ctx, input }) => makeDefaultTemplate(ctx.db, ctx.user.id, input.id)),
  saveDraft: designer.input(saveDraftInput).mutation(({ ctx, input }) => saveDraft(ctx.db, ctx.user.id, input)),
  publish: designer.input(publishInput).mutation(({ ctx, input }) => publishDraft(ctx.db, ctx.user.id, input.id, input.baseUpdatedAt)),
  discardDraft: designer.input(templateIdInput).mutation(({ ctx, input }) => discardDraft(ctx.db, ctx.user.id, input.id)),
  import: designer.input(importTemplateInput).mutation(({ ctx, input }) => importTemplate(ctx.db, ctx.user.id, input.text)),
});

export const calendarRouter = createTRPCRouter({
  get: tenantProcedure.query(({ ctx }) => getCalendarSettings(ctx.db)),
  update: roleProcedure("ADMIN").input(updateCalendarInput(holidayRegions("en"))).mutation(({ ctx, input }) => updateCalendar(ctx.db, ctx.user.id, input)),
  /** Where a member works is staffing, like their roles: admins and managers set it. */
  setHolidayRegion: roleProcedure("ADMIN", "MANAGER").input(setHolidayRegionInput).mutation(({ ctx, input }) => setHolidayRegion(ctx.db, ctx.user.id, input)),
  addDayOff: tenantProcedure.input(addDayOffInput).mutation(({ ctx, input }) => addDayOff(ctx.db, ctx.user.id, ctx.membership, input)),
  removeDayOff: tenantProcedure.input(dayOffIdInput).mutation(({ ctx, input }) => removeDayOff(ctx.db, ctx.user.id, ctx.membership, input.id)),
});
