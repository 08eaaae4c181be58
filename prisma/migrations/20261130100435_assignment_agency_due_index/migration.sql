BEGIN;

-- CreateIndex
CREATE INDEX "Assignment_responsibleAgencyCode_dueAt_id_idx" ON "Assignment"("responsibleAgencyCode", "dueAt", "id");

COMMIT;
