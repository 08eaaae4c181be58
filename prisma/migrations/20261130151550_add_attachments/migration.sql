BEGIN;

-- CreateTable
CREATE TABLE "Attachment" (
    "id" UUID NOT NULL,
    "assignmentId" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "bytes" BYTEA NOT NULL,
    "uploadedBy" TEXT NOT NULL,
    "agency" TEXT NOT NULL,
    "uploadedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id"),
    -- The content address is what the audit chain records: only a well-formed digest is stored.
    CONSTRAINT "Attachment_sha256_hex" CHECK ("sha256" ~ '^[0-9a-f]{64}$'),
    CONSTRAINT "Attachment_size_matches" CHECK ("sizeBytes" = octet_length("bytes"))
);

-- CreateIndex
CREATE INDEX "Attachment_assignmentId_uploadedAt_idx" ON "Attachment"("assignmentId", "uploadedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Attachment_assignmentId_sha256_key" ON "Attachment"("assignmentId", "sha256");

COMMIT;
