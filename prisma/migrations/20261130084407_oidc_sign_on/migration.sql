BEGIN;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "oidcSubject" TEXT;

-- CreateTable
CREATE TABLE "OidcSignOn" (
    "id" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "nonce" TEXT NOT NULL,
    "codeVerifier" TEXT NOT NULL,
    "returnTo" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "OidcSignOn_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OidcSignOn_expiresAt_idx" ON "OidcSignOn"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "User_oidcSubject_key" ON "User"("oidcSubject");

COMMIT;
