BEGIN;

-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "period" TEXT NOT NULL DEFAULT 'once';

-- CreateIndex
CREATE INDEX "Report_assignmentId_period_idx" ON "Report"("assignmentId", "period");

COMMIT;
