/** The Auth.js provider id of a tenant's SSO connection; its callback path ends with it. */
export const ssoProviderId = (slug: string) => `sso-${slug}`;
