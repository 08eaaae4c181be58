BEGIN;

-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "dataPeriod" JSONB;

-- Plans loaded before this migration: the same data period the loader now writes (the cycle the
-- task is, else the one it is reported in), read once from each stored plan document.
UPDATE "Task" t SET "dataPeriod" = (
  SELECT c -> 'dataPeriod'
  FROM "Plan" p CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(p.document -> 'reportingCycles') = 'array' THEN p.document -> 'reportingCycles' ELSE '[]'::jsonb END) c
  WHERE p.id = t."planId" AND c ->> 'id' IN (t.ref, t.recurrence) AND jsonb_typeof(c -> 'dataPeriod') = 'object'
  ORDER BY (c ->> 'id' = t.ref) DESC
  LIMIT 1
);

COMMIT;
