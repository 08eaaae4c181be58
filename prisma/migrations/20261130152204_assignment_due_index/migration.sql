BEGIN;

-- CreateIndex
CREATE INDEX "Assignment_dueAt_id_idx" ON "Assignment"("dueAt", "id");

COMMIT;
