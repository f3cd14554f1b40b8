/** Identity procedures: sign-up, sign-in routing, the person's tenants, members, invitations, SSO and its email domains. */
import { z } from "zod";
import { LOCALES } from "@/i18n/locales";
import { holidayRegions } from "@/server/calendar/region-list";
import { tenantsOf } from "@/server/db/tenant-context";
import { addDomain, listDomains, removeDomain, verifyDomain } from "@/server/identity/domains";
import { workEmail } from "@/server/identity/email";
import { inviteMember, listPendingInvitations, revokeInvitation } from "@/server/identity/invitations";
import { requestMagicLink, startLogin } from "@/server/identity/login";
import { listMembers, removeMember, updateMemberRoles } from "@/server/identity/members";
import { testDiscovery } from "@/server/identity/oidc-discovery";
import { signUp } from "@/server/identity/signup";
import { getSsoSettings, saveSsoSettings } from "@/server/identity/sso";
import { setUserLocale } from "@/server/identity/users";
import { authedProcedure, createTRPCRouter, publicProcedure, roleProcedure } from "@/server/trpc";
import { inviteMemberInput, removeMemberInput, revokeInvitationInput, updateMemberRolesInput } from "./members.schema";
import { signupInput } from "./signup.schema";
import { saveSsoInput, ssoDomainInput, testSsoInput } from "./sso.schema";

const loginInput = z.object({ email: workEmail, locale: z.enum(LOCALES) });
const admin = roleProcedure("ADMIN");

export const identityRouter = createTRPCRouter({
  signup: publicProcedure.input(signupInput(holidayRegions("en"))).mutation(({ input }) => signUp(input)),
  startLogin: publicProcedure.input(loginInput).mutation(({ input }) => startLogin(input.email, input.locale)),
  requestMagicLink: publicProcedure.input(loginInput).mutation(({ input }) => requestMagicLink(input.email, input.locale)),
  myTenants: authedProcedure.query(({ ctx }) => tenantsOf(ctx.user.id)),
  setMyLocale: authedProcedure
    .input(z.object({ locale: z.enum(LOCALES).nullable() }))
    .mutation(({ ctx, input }) => setUserLocale(ctx.user.id, input.locale)),
});

export const membersRouter = createTRPCRouter({
  list: admin.query(({ ctx }) => listMembers(ctx.db)),
  updateRoles: admin.input(updateMemberRolesInput).mutation(({ ctx, input }) => updateMemberRoles(ctx.db, ctx.user.id, input.memberId, input.roles)),
  remove: admin.input(removeMemberInput).mutation(({ ctx, input }) => removeMember(ctx.db, ctx.user.id, input.memberId)),
  invitations: admin.query(({ ctx }) => listPendingInvitations(ctx.db)),
  invite: admin.input(inviteMemberInput).mutation(({ ctx, input }) => inviteMember(ctx.db, ctx.user, input)),
  revokeInvitation: admin.input(revokeInvitationInput).mutation(({ ctx, input }) => revokeInvitation(ctx.db, ctx.user.id, input.invitationId)),
});

export const ssoRouter = createTRPCRouter({
  get: admin.query(({ ctx }) => getSsoSettings(ctx.db)),
  save: admin.input(saveSsoInput).mutation(({ ctx, input }) => saveSsoSettings(ctx.db, ctx.user.id, input)),
  test: admin.input(testSsoInput).mutation(({ input }) => testDiscovery(input.issuer)),
  domains: admin.query(({ ctx }) => listDomains(ctx.db)),
  addDomain: admin.input(ssoDomainInput).mutation(({ ctx, input }) => addDomain(ctx.db, ctx.user, input.domain)),
  verifyDomain: admin.input(ssoDomainInput).mutation(({ ctx, input }) => verifyDomain(ctx.db, ctx.user.id, input.domain)),
  removeDomain: admin.input(ssoDomainInput).mutation(({ ctx, input }) => removeDomain(ctx.db, ctx.user.id, input.domain)),
});
