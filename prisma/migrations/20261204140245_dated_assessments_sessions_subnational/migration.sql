-- DropIndex
DROP INDEX "Assessment_jurisdictionId_dimensionId_key";

-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN "lastCheckedOn" DATETIME;
ALTER TABLE "Assessment" ADD COLUMN "since" DATETIME;

-- AlterTable
ALTER TABLE "ExchangeRate" ADD COLUMN "lastCheckedOn" DATETIME;

-- AlterTable
ALTER TABLE "FlaggedClaim" ADD COLUMN "lastCheckedOn" DATETIME;

-- AlterTable
ALTER TABLE "Instrument" ADD COLUMN "lastCheckedOn" DATETIME;

-- AlterTable
ALTER TABLE "InvestmentFigure" ADD COLUMN "comparabilityNoteZh" TEXT;
ALTER TABLE "InvestmentFigure" ADD COLUMN "funding" TEXT;
ALTER TABLE "InvestmentFigure" ADD COLUMN "kindNoteZh" TEXT;
ALTER TABLE "InvestmentFigure" ADD COLUMN "lastCheckedOn" DATETIME;
ALTER TABLE "InvestmentFigure" ADD COLUMN "measureZh" TEXT;
ALTER TABLE "InvestmentFigure" ADD COLUMN "noteZh" TEXT;
ALTER TABLE "InvestmentFigure" ADD COLUMN "periodLabelZh" TEXT;

-- AlterTable
ALTER TABLE "LoginThrottle" ADD COLUMN "nextAttemptAt" DATETIME;

-- AlterTable
ALTER TABLE "Source" ADD COLUMN "lastCheckedOn" DATETIME;

-- AlterTable
ALTER TABLE "TimelineEvent" ADD COLUMN "lastCheckedOn" DATETIME;

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "revokedAt" DATETIME,
    "revokedReason" TEXT,
    "ip" TEXT,
    CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Jurisdiction" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "parentId" TEXT,
    "blocs" TEXT NOT NULL DEFAULT '',
    "approachEn" TEXT NOT NULL DEFAULT '',
    "approachZh" TEXT NOT NULL DEFAULT '',
    "confidence" TEXT NOT NULL DEFAULT 'MEDIUM',
    "confidenceNote" TEXT,
    "lastCheckedOn" DATETIME,
    "publication" TEXT NOT NULL DEFAULT 'PUBLISHED',
    "draft" JSONB,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Jurisdiction_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Jurisdiction" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Jurisdiction" ("approachEn", "approachZh", "blocs", "code", "confidence", "confidenceNote", "createdAt", "deletedAt", "draft", "id", "kind", "nameEn", "nameZh", "publication", "updatedAt", "version") SELECT "approachEn", "approachZh", "blocs", "code", "confidence", "confidenceNote", "createdAt", "deletedAt", "draft", "id", "kind", "nameEn", "nameZh", "publication", "updatedAt", "version" FROM "Jurisdiction";
DROP TABLE "Jurisdiction";
ALTER TABLE "new_Jurisdiction" RENAME TO "Jurisdiction";
CREATE UNIQUE INDEX "Jurisdiction_code_key" ON "Jurisdiction"("code");
CREATE TABLE "new_Milestone" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "instrumentId" TEXT NOT NULL,
    "date" DATETIME NOT NULL,
    "labelEn" TEXT NOT NULL,
    "labelZh" TEXT,
    "supersededOn" DATETIME,
    "supersededById" TEXT,
    "supersededNoteEn" TEXT,
    "supersededNoteZh" TEXT,
    "lastCheckedOn" DATETIME,
    "publication" TEXT NOT NULL DEFAULT 'PUBLISHED',
    "draft" JSONB,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Milestone_instrumentId_fkey" FOREIGN KEY ("instrumentId") REFERENCES "Instrument" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Milestone_supersededById_fkey" FOREIGN KEY ("supersededById") REFERENCES "Instrument" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Milestone" ("createdAt", "date", "deletedAt", "draft", "id", "instrumentId", "labelEn", "labelZh", "publication", "updatedAt", "version") SELECT "createdAt", "date", "deletedAt", "draft", "id", "instrumentId", "labelEn", "labelZh", "publication", "updatedAt", "version" FROM "Milestone";
DROP TABLE "Milestone";
ALTER TABLE "new_Milestone" RENAME TO "Milestone";
CREATE INDEX "Milestone_instrumentId_idx" ON "Milestone"("instrumentId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Assessment_jurisdictionId_dimensionId_idx" ON "Assessment"("jurisdictionId", "dimensionId");
