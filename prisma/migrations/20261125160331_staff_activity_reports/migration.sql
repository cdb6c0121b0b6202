-- CreateEnum
CREATE TYPE "ReportPeriod" AS ENUM ('day', 'week');

-- CreateTable
CREATE TABLE "staff_activity_reports" (
    "id" UUID NOT NULL,
    "companyId" UUID NOT NULL,
    "period" "ReportPeriod" NOT NULL,
    "periodStart" TIMESTAMP(3) NOT NULL,
    "periodEnd" TIMESTAMP(3) NOT NULL,
    "rows" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "staff_activity_reports_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "staff_activity_reports_companyId_period_periodStart_key" ON "staff_activity_reports"("companyId", "period", "periodStart");
