-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "holidayRegion" TEXT;

-- AlterTable
ALTER TABLE "Tenant" ADD COLUMN     "region" TEXT;

-- Hand-written: the United Kingdom's nationwide list is no real calendar (England and Wales,
-- Scotland and Northern Ireland each close on different days), so every GB tenant needs a
-- region. Tenants that predate regions counted England's list minus its summer bank holiday;
-- England is what they meant. Admins in Scotland or Northern Ireland change it in Settings.
UPDATE "Tenant" SET "region" = 'ENG' WHERE "country" = 'GB' AND "region" IS NULL;
