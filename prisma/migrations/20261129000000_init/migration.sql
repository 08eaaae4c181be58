BEGIN;

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "AgencyKind" AS ENUM ('department', 'district', 'commune', 'organisation', 'leadership', 'ministry');

-- CreateEnum
CREATE TYPE "ContactRole" AS ENUM ('focal_point', 'head', 'deputy');

-- CreateEnum
CREATE TYPE "TaskKind" AS ENUM ('one_off', 'continuous', 'periodic');

-- CreateEnum
CREATE TYPE "AssignmentState" AS ENUM ('assigned', 'in_progress', 'submitted', 'returned', 'completed_on_time', 'completed_late', 'cancelled');

-- CreateEnum
CREATE TYPE "ReportState" AS ENUM ('submitted', 'accepted', 'returned');

-- CreateEnum
CREATE TYPE "NotificationState" AS ENUM ('claimed', 'sent', 'failed');

-- CreateTable
CREATE TABLE "Agency" (
    "code" TEXT NOT NULL,
    "nameVi" TEXT NOT NULL,
    "nameEn" TEXT,
    "aliases" TEXT[],
    "kind" "AgencyKind" NOT NULL,
    "validFrom" DATE,
    "validTo" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Agency_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "AgencyContact" (
    "id" TEXT NOT NULL,
    "agencyCode" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "ContactRole" NOT NULL,
    "email" TEXT NOT NULL,

    CONSTRAINT "AgencyContact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgencySuccession" (
    "id" TEXT NOT NULL,
    "predecessorCode" TEXT NOT NULL,
    "successorCode" TEXT NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "functions" TEXT[],

    CONSTRAINT "AgencySuccession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" TEXT NOT NULL,
    "number" TEXT,
    "issuedOn" DATE,
    "title" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "province" TEXT,
    "startsOn" DATE,
    "endsOn" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "document" JSONB NOT NULL,
    "loadedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Task" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "ref" TEXT NOT NULL,
    "groupTitle" TEXT,
    "text" TEXT NOT NULL,
    "assignmentLine" TEXT,
    "kind" "TaskKind" NOT NULL,
    "leadAgencyCode" TEXT,
    "coordinatorCodes" TEXT[],
    "dueOn" DATE,
    "recurrence" TEXT,
    "deliverable" TEXT,
    "indicatorCodes" TEXT[],
    "cancelledAt" TIMESTAMPTZ(3),
    "cancelReason" TEXT,

    CONSTRAINT "Task_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Assignment" (
    "id" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "assigneeAsWrittenCode" TEXT NOT NULL,
    "responsibleAgencyCode" TEXT NOT NULL,
    "state" "AssignmentState" NOT NULL DEFAULT 'assigned',
    "dueAt" TIMESTAMPTZ(3),
    "completedAt" TIMESTAMPTZ(3),
    "escalationLevel" INTEGER NOT NULL DEFAULT 0,
    "deliveryProblem" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Assignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Report" (
    "id" TEXT NOT NULL,
    "assignmentId" TEXT NOT NULL,
    "submittedBy" TEXT NOT NULL,
    "submittingUser" TEXT NOT NULL,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL,
    "narrative" TEXT,
    "state" "ReportState" NOT NULL DEFAULT 'submitted',

    CONSTRAINT "Report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorValue" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "indicatorCode" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "total" INTEGER,

    CONSTRAINT "IndicatorValue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "assignmentId" TEXT,
    "kind" TEXT NOT NULL,
    "recipients" TEXT[],
    "state" "NotificationState" NOT NULL DEFAULT 'claimed',
    "claimedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMPTZ(3),
    "smtpMessageId" TEXT,
    "error" TEXT,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "sequence" BIGSERIAL NOT NULL,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL,
    "actorAgency" TEXT,
    "actorUser" TEXT,
    "action" TEXT NOT NULL,
    "subjectType" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "previousHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("sequence")
);

-- CreateIndex
CREATE UNIQUE INDEX "AgencyContact_agencyCode_email_role_key" ON "AgencyContact"("agencyCode", "email", "role");

-- CreateIndex
CREATE UNIQUE INDEX "AgencySuccession_predecessorCode_successorCode_effectiveFro_key" ON "AgencySuccession"("predecessorCode", "successorCode", "effectiveFrom");

-- CreateIndex
CREATE UNIQUE INDEX "Task_planId_ref_key" ON "Task"("planId", "ref");

-- CreateIndex
CREATE INDEX "Assignment_responsibleAgencyCode_state_idx" ON "Assignment"("responsibleAgencyCode", "state");

-- CreateIndex
CREATE UNIQUE INDEX "Assignment_taskId_assigneeAsWrittenCode_period_key" ON "Assignment"("taskId", "assigneeAsWrittenCode", "period");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorValue_reportId_indicatorCode_key" ON "IndicatorValue"("reportId", "indicatorCode");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_idempotencyKey_key" ON "Notification"("idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_hash_key" ON "AuditEvent"("hash");

-- CreateIndex
CREATE INDEX "AuditEvent_subjectType_subjectId_idx" ON "AuditEvent"("subjectType", "subjectId");

-- AddForeignKey
ALTER TABLE "AgencyContact" ADD CONSTRAINT "AgencyContact_agencyCode_fkey" FOREIGN KEY ("agencyCode") REFERENCES "Agency"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgencySuccession" ADD CONSTRAINT "AgencySuccession_predecessorCode_fkey" FOREIGN KEY ("predecessorCode") REFERENCES "Agency"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgencySuccession" ADD CONSTRAINT "AgencySuccession_successorCode_fkey" FOREIGN KEY ("successorCode") REFERENCES "Agency"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_leadAgencyCode_fkey" FOREIGN KEY ("leadAgencyCode") REFERENCES "Agency"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_assigneeAsWrittenCode_fkey" FOREIGN KEY ("assigneeAsWrittenCode") REFERENCES "Agency"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_responsibleAgencyCode_fkey" FOREIGN KEY ("responsibleAgencyCode") REFERENCES "Agency"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Written by hand, beyond what schema.prisma can express.

-- Indicator values are aggregate counts: never negative, and never above their whole.
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_count_check"
  CHECK ("count" >= 0 AND ("total" IS NULL OR ("total" >= 0 AND "count" <= "total")));

-- The audit log is append-only: any UPDATE or DELETE is refused by the database itself.
CREATE FUNCTION "dondoc_refuse_audit_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only: % refused', TG_OP;
END;
$$;

CREATE TRIGGER "AuditEvent_append_only"
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "dondoc_refuse_audit_change"();

COMMIT;
