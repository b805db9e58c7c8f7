-- CreateEnum
CREATE TYPE "Funding" AS ENUM ('PUBLIC', 'PRIVATE', 'MIXED');

-- AlterEnum
ALTER TYPE "InvestmentCategory" ADD VALUE 'PRIVATE_INITIATIVE';

-- AlterEnum
ALTER TYPE "JurisdictionKind" ADD VALUE 'SUBNATIONAL';

-- DropIndex
DROP INDEX "Assessment_jurisdictionId_dimensionId_key";

-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN     "lastCheckedOn" TIMESTAMP(3),
ADD COLUMN     "since" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ExchangeRate" ADD COLUMN     "lastCheckedOn" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "FlaggedClaim" ADD COLUMN     "lastCheckedOn" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Instrument" ADD COLUMN     "lastCheckedOn" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "InvestmentFigure" ADD COLUMN     "comparabilityNoteZh" TEXT,
ADD COLUMN     "funding" "Funding",
ADD COLUMN     "kindNoteZh" TEXT,
ADD COLUMN     "lastCheckedOn" TIMESTAMP(3),
ADD COLUMN     "measureZh" TEXT,
ADD COLUMN     "noteZh" TEXT,
ADD COLUMN     "periodLabelZh" TEXT;

-- AlterTable
ALTER TABLE "Jurisdiction" ADD COLUMN     "lastCheckedOn" TIMESTAMP(3),
ADD COLUMN     "parentId" TEXT;

-- AlterTable
ALTER TABLE "LoginThrottle" ADD COLUMN     "nextAttemptAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Milestone" ADD COLUMN     "lastCheckedOn" TIMESTAMP(3),
ADD COLUMN     "supersededById" TEXT,
ADD COLUMN     "supersededNoteEn" TEXT,
ADD COLUMN     "supersededNoteZh" TEXT,
ADD COLUMN     "supersededOn" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "lastCheckedOn" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "TimelineEvent" ADD COLUMN     "lastCheckedOn" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "revokedReason" TEXT,
    "ip" TEXT,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Assessment_jurisdictionId_dimensionId_idx" ON "Assessment"("jurisdictionId", "dimensionId");

-- AddForeignKey
ALTER TABLE "Jurisdiction" ADD CONSTRAINT "Jurisdiction_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Jurisdiction"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_supersededById_fkey" FOREIGN KEY ("supersededById") REFERENCES "Instrument"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
