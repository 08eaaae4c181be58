BEGIN;

-- CreateIndex
CREATE INDEX "AuditEvent_subjectType_action_idx" ON "AuditEvent"("subjectType", "action");

COMMIT;
