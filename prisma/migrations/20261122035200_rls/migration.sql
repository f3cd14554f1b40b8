-- Roles and row-level security (hand-written; applied as one script, see prisma.config.ts).
-- `app` is what the web process uses for tenant data: not the owner, no BYPASSRLS, so every
-- policy applies. `app_system` may bypass RLS; it serves only the cross-tenant lookups in
-- src/server/db/clients.ts. Roles are cluster-wide, hence the guards (the shadow database
-- and every test database replay this file).
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'app') THEN
    CREATE ROLE app LOGIN NOSUPERUSER NOBYPASSRLS;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'app_system') THEN
    CREATE ROLE app_system LOGIN NOSUPERUSER BYPASSRLS;
  END IF;
END $$;

GRANT USAGE ON SCHEMA public TO app, app_system;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO app, app_system;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO app, app_system;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO app, app_system;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO app, app_system;
DO $$ BEGIN
  IF to_regclass('public._prisma_migrations') IS NOT NULL THEN
    REVOKE ALL ON "_prisma_migrations" FROM app, app_system;
  END IF;
END $$;

-- The tenant a transaction works for; NULL when unset (an unset setting reads as '').
CREATE FUNCTION current_tenant_id() RETURNS uuid LANGUAGE sql STABLE AS
$$ SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid $$;

-- One policy per tenant table. A later migration that adds a tenant table calls this too;
-- tests/integration/rls.test.ts fails for any table with a tenantId column and no policy.
CREATE FUNCTION enable_tenant_rls(tbl regclass, col text DEFAULT 'tenantId') RETURNS void
LANGUAGE plpgsql AS $$ BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tbl);
  EXECUTE format('CREATE POLICY tenant_isolation ON %s USING (%I = current_tenant_id()) WITH CHECK (%I = current_tenant_id())', tbl, col, col);
END $$;

SELECT enable_tenant_rls('"Tenant"', 'id');
SELECT enable_tenant_rls('"Membership"');
SELECT enable_tenant_rls('"SsoConnection"');
SELECT enable_tenant_rls('"EmailDomain"');
SELECT enable_tenant_rls('"Invitation"');
SELECT enable_tenant_rls('"OutboxMessage"');
SELECT enable_tenant_rls('"Activity"');
