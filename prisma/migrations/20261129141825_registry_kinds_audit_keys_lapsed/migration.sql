BEGIN;

-- AlterEnum
ALTER TYPE "AgencyKind" ADD VALUE 'party';

-- AlterEnum
ALTER TYPE "AssignmentState" ADD VALUE 'lapsed';

-- DropIndex
DROP INDEX "Assignment_taskId_assigneeAsWrittenCode_period_key";

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "idempotencyKey" TEXT;

-- CreateIndex
CREATE INDEX "Assignment_taskId_assigneeAsWrittenCode_period_idx" ON "Assignment"("taskId", "assigneeAsWrittenCode", "period");

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_idempotencyKey_key" ON "AuditEvent"("idempotencyKey");

COMMIT;
