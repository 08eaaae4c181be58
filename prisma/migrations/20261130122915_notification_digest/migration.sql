BEGIN;

-- AlterEnum
ALTER TYPE "NotificationState" ADD VALUE 'queued';

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "digestAgency" TEXT,
ADD COLUMN     "digestItem" JSONB,
ADD COLUMN     "digestKey" TEXT;

-- CreateIndex
CREATE INDEX "Notification_state_digestAgency_idx" ON "Notification"("state", "digestAgency");

-- CreateIndex
CREATE INDEX "Notification_digestKey_idx" ON "Notification"("digestKey");

COMMIT;
