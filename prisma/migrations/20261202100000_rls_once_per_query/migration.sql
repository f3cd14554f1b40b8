-- Row-level security policies compare with (SELECT current_tenant_id()) rather than calling it:
-- an uncorrelated subquery is an InitPlan, evaluated once per query, where the bare call was
-- evaluated for every row a sequential scan reads (a count over 10,000 accounts spent most of
-- its 3 ms reading the setting). Same rule, same single policy per table.
CREATE OR REPLACE FUNCTION enable_tenant_rls(tbl regclass, col text DEFAULT 'tenantId') RETURNS void
LANGUAGE plpgsql AS $$ BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tbl);
  EXECUTE format('CREATE POLICY tenant_isolation ON %s USING (%I = (SELECT current_tenant_id())) WITH CHECK (%I = (SELECT current_tenant_id()))', tbl, col, col);
END $$;

DO $$
DECLARE
  t record;
  col text;
BEGIN
  FOR t IN SELECT tablename FROM pg_policies WHERE schemaname = 'public' AND policyname = 'tenant_isolation' LOOP
    col := CASE WHEN t.tablename = 'Tenant' THEN 'id' ELSE 'tenantId' END;
    EXECUTE format('ALTER POLICY tenant_isolation ON public.%I USING (%I = (SELECT current_tenant_id())) WITH CHECK (%I = (SELECT current_tenant_id()))', t.tablename, col, col);
  END LOOP;
END $$;
