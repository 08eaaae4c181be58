BEGIN;

-- CreateTable
CREATE TABLE "Obstacle" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "assignmentId" TEXT,
    "taskRef" TEXT,
    "reportingAgency" TEXT NOT NULL,
    "monitorAgency" TEXT NOT NULL,
    "committeeAgency" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "proposal" TEXT NOT NULL,
    "document" TEXT,
    "phase" TEXT NOT NULL,
    "outcome" TEXT,
    "closed" BOOLEAN NOT NULL,
    "pendingAgency" TEXT,
    "dueAt" TIMESTAMPTZ(3),
    "chaseLevel" INTEGER NOT NULL DEFAULT 0,
    "answer" TEXT,
    "forwardOpinion" TEXT,
    "decisionText" TEXT,
    "amendedBy" TEXT,
    "reportedBy" TEXT NOT NULL,
    "reportedAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Obstacle_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Obstacle_reportingAgency_closed_idx" ON "Obstacle"("reportingAgency", "closed");

-- CreateIndex
CREATE INDEX "Obstacle_planId_idx" ON "Obstacle"("planId");

COMMIT;
