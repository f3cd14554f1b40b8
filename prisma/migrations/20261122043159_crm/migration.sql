-- CreateEnum
CREATE TYPE "AccountStatus" AS ENUM ('PROSPECT', 'ONBOARDING', 'ACTIVE', 'CHURNED');

-- CreateEnum
CREATE TYPE "ContactRole" AS ENUM ('DECISION_MAKER', 'TECHNICAL', 'BILLING');

-- CreateEnum
CREATE TYPE "DealStage" AS ENUM ('NEW', 'QUALIFIED', 'PROPOSAL_SENT', 'NEGOTIATION', 'WON', 'LOST');

-- CreateEnum
CREATE TYPE "BillingFrequency" AS ENUM ('MONTHLY', 'ANNUAL', 'ONE_OFF');

-- CreateEnum
CREATE TYPE "SubscriptionStatus" AS ENUM ('PENDING', 'ACTIVE', 'CANCELLED');

-- CreateTable
CREATE TABLE "Account" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "status" "AccountStatus" NOT NULL DEFAULT 'PROSPECT',
    "registrationNumber" TEXT,
    "vatNumber" TEXT,
    "billingAddress" JSONB,
    "siteAddress" JSONB,
    "salesRepId" UUID,
    "salesAdminId" UUID,
    "technicianId" UUID,
    "billingAccountId" UUID,
    "notes" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "Contact" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "accountId" UUID NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "mobile" TEXT,
    "jobTitle" TEXT,
    "roles" "ContactRole"[],
    "locale" "Locale" NOT NULL DEFAULT 'en',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Contact_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "ServiceType" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "requiresInstallation" BOOLEAN NOT NULL,
    "defaultUnitPrice" DECIMAL(12,2) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "defaultFrequency" "BillingFrequency" NOT NULL,
    "attributeSchema" JSONB NOT NULL DEFAULT '[]',
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ServiceType_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "PipelineStage" (
    "tenantId" UUID NOT NULL,
    "stage" "DealStage" NOT NULL,
    "probability" INTEGER NOT NULL,

    CONSTRAINT "PipelineStage_pkey" PRIMARY KEY ("tenantId","stage")
);

-- CreateTable
CREATE TABLE "Deal" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "accountId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "stage" "DealStage" NOT NULL DEFAULT 'NEW',
    "ownerId" UUID,
    "targetCloseDate" DATE NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "lostReason" TEXT,
    "wonAt" TIMESTAMP(3),
    "notes" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Deal_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "ServiceLine" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "dealId" UUID NOT NULL,
    "serviceTypeId" UUID NOT NULL,
    "quantity" INTEGER NOT NULL,
    "unitPrice" DECIMAL(12,2) NOT NULL,
    "frequency" "BillingFrequency" NOT NULL,
    "commitmentMonths" INTEGER NOT NULL DEFAULT 0,
    "attributes" JSONB NOT NULL DEFAULT '{}',
    "billingAccountId" UUID,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ServiceLine_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "Subscription" (
    "tenantId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "accountId" UUID NOT NULL,
    "billingAccountId" UUID NOT NULL,
    "serviceLineId" UUID NOT NULL,
    "status" "SubscriptionStatus" NOT NULL,
    "startDate" DATE,
    "endDate" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Subscription_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateIndex
CREATE INDEX "Account_tenantId_name_idx" ON "Account"("tenantId", "name");

-- CreateIndex
CREATE INDEX "Account_tenantId_status_idx" ON "Account"("tenantId", "status");

-- CreateIndex
CREATE INDEX "Account_tenantId_salesRepId_idx" ON "Account"("tenantId", "salesRepId");

-- CreateIndex
CREATE INDEX "Contact_tenantId_accountId_idx" ON "Contact"("tenantId", "accountId");

-- CreateIndex
CREATE INDEX "Contact_tenantId_email_idx" ON "Contact"("tenantId", "email");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceType_tenantId_name_key" ON "ServiceType"("tenantId", "name");

-- CreateIndex
CREATE INDEX "Deal_tenantId_stage_targetCloseDate_idx" ON "Deal"("tenantId", "stage", "targetCloseDate");

-- CreateIndex
CREATE INDEX "Deal_tenantId_accountId_idx" ON "Deal"("tenantId", "accountId");

-- CreateIndex
CREATE INDEX "Deal_tenantId_ownerId_idx" ON "Deal"("tenantId", "ownerId");

-- CreateIndex
CREATE INDEX "ServiceLine_tenantId_dealId_idx" ON "ServiceLine"("tenantId", "dealId");

-- CreateIndex
CREATE INDEX "Subscription_tenantId_accountId_idx" ON "Subscription"("tenantId", "accountId");

-- CreateIndex
CREATE UNIQUE INDEX "Subscription_tenantId_serviceLineId_key" ON "Subscription"("tenantId", "serviceLineId");

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_tenantId_salesRepId_fkey" FOREIGN KEY ("tenantId", "salesRepId") REFERENCES "Membership"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_tenantId_salesAdminId_fkey" FOREIGN KEY ("tenantId", "salesAdminId") REFERENCES "Membership"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_tenantId_technicianId_fkey" FOREIGN KEY ("tenantId", "technicianId") REFERENCES "Membership"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_tenantId_billingAccountId_fkey" FOREIGN KEY ("tenantId", "billingAccountId") REFERENCES "Account"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_tenantId_accountId_fkey" FOREIGN KEY ("tenantId", "accountId") REFERENCES "Account"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceType" ADD CONSTRAINT "ServiceType_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PipelineStage" ADD CONSTRAINT "PipelineStage_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deal" ADD CONSTRAINT "Deal_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deal" ADD CONSTRAINT "Deal_tenantId_accountId_fkey" FOREIGN KEY ("tenantId", "accountId") REFERENCES "Account"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deal" ADD CONSTRAINT "Deal_tenantId_ownerId_fkey" FOREIGN KEY ("tenantId", "ownerId") REFERENCES "Membership"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ServiceLine" ADD CONSTRAINT "ServiceLine_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceLine" ADD CONSTRAINT "ServiceLine_tenantId_dealId_fkey" FOREIGN KEY ("tenantId", "dealId") REFERENCES "Deal"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceLine" ADD CONSTRAINT "ServiceLine_tenantId_serviceTypeId_fkey" FOREIGN KEY ("tenantId", "serviceTypeId") REFERENCES "ServiceType"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceLine" ADD CONSTRAINT "ServiceLine_tenantId_billingAccountId_fkey" FOREIGN KEY ("tenantId", "billingAccountId") REFERENCES "Account"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Subscription" ADD CONSTRAINT "Subscription_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Subscription" ADD CONSTRAINT "Subscription_tenantId_accountId_fkey" FOREIGN KEY ("tenantId", "accountId") REFERENCES "Account"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Subscription" ADD CONSTRAINT "Subscription_tenantId_billingAccountId_fkey" FOREIGN KEY ("tenantId", "billingAccountId") REFERENCES "Account"("tenantId", "id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "Subscription" ADD CONSTRAINT "Subscription_tenantId_serviceLineId_fkey" FOREIGN KEY ("tenantId", "serviceLineId") REFERENCES "ServiceLine"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security for the CRM tables (see 20261122035200_rls). Hand-written.
SELECT enable_tenant_rls('"Account"');
SELECT enable_tenant_rls('"Contact"');
SELECT enable_tenant_rls('"ServiceType"');
SELECT enable_tenant_rls('"PipelineStage"');
SELECT enable_tenant_rls('"Deal"');
SELECT enable_tenant_rls('"ServiceLine"');
SELECT enable_tenant_rls('"Subscription"');
