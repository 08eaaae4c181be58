BEGIN;

-- CreateEnum
CREATE TYPE "Mandate" AS ENUM ('order', 'request');

-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "mandate" "Mandate" NOT NULL DEFAULT 'order';

-- Assignments recorded before this migration: a task the stored plan document marks
-- `mandate: request` was started with `escalate: false`, which its workflow reads as a request
-- (mandateOf) and writes as such on its next record. Reports and reviews started before then
-- were started as orders and stay so.
UPDATE "Assignment" a SET mandate = 'request'
FROM "Task" t JOIN "Plan" p ON p.id = t."planId"
WHERE a."taskId" = t.id
  AND EXISTS (
    SELECT 1
    FROM jsonb_array_elements(CASE WHEN jsonb_typeof(p.document -> 'tasks') = 'array' THEN p.document -> 'tasks' ELSE '[]'::jsonb END) task
    WHERE task ->> 'ref' = t.ref AND task ->> 'mandate' = 'request'
  );

COMMIT;
