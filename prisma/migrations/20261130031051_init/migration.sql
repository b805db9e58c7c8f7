-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'VIEWER',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "passwordChangedAt" DATETIME
);

-- CreateTable
CREATE TABLE "Jurisdiction" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "blocs" TEXT NOT NULL DEFAULT '',
    "approachEn" TEXT NOT NULL DEFAULT '',
    "approachZh" TEXT NOT NULL DEFAULT '',
    "confidence" TEXT NOT NULL DEFAULT 'MEDIUM',
    "confidenceNote" TEXT,
    "publication" TEXT NOT NULL DEFAULT 'PUBLISHED',
    "draft" JSONB,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "titleZh" TEXT,
    "publisher" TEXT NOT NULL DEFAULT '',
    "url" TEXT,
    "publishedOn" DATETIME,
    "dateNote" TEXT,
    "language" TEXT NOT NULL DEFAULT 'en',
    "kind" TEXT NOT NULL DEFAULT 'OTHER',
    "isSeedArticle" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,
    "publication" TEXT NOT NULL DEFAULT 'PUBLISHED',
    "draft" JSONB,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Instrument" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "jurisdictionId" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "titleZh" TEXT,
    "type" TEXT NOT NULL,
    "alsoJurisdictions" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL,
    "statusNote" TEXT,
    "adoptedOn" DATETIME,
    "adoptedPrecision" TEXT NOT NULL DEFAULT 'DAY',
    "effectiveOn" DATETIME,
    "effectivePrecision" TEXT NOT NULL DEFAULT 'DAY',
    "revokedOn" DATETIME,
    "dateNote" TEXT,
    "summaryEn" TEXT NOT NULL DEFAULT '',
    "summaryZh" TEXT,
    "confidence" TEXT NOT NULL DEFAULT 'MEDIUM',
    "confidenceNote" TEXT,
    "revokedById" TEXT,
    "publication" TEXT NOT NULL DEFAULT 'PUBLISHED',
    "draft" JSONB,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Instrument_jurisdictionId_fkey" FOREIGN KEY ("jurisdictionId") REFERENCES "Jurisdiction" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Instrument_revokedById_fkey" FOREIGN KEY ("revokedById") REFERENCES "Instrument" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Milestone" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "instrumentId" TEXT NOT NULL,
    "date" DATETIME NOT NULL,
    "labelEn" TEXT NOT NULL,
    "labelZh" TEXT,
    "publication" TEXT NOT NULL DEFAULT 'PUBLISHED',
    "draft" JSONB,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Milestone_instrumentId_fkey" FOREIGN KEY ("instrumentId") REFERENCES "Instrument" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Dimension" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "key" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL DEFAULT '',
    "descriptionZh" TEXT NOT NULL DEFAULT '',
    "scale" JSONB NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Assessment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "jurisdictionId" TEXT NOT NULL,
    "dimensionId" TEXT NOT NULL,
    "level" INTEGER,
    "labelEn" TEXT NOT NULL,
    "labelZh" TEXT,
    "rationaleEn" TEXT NOT NULL DEFAULT '',
    "rationaleZh" TEXT,
    "asOf" DATETIME NOT NULL,
    "confidence" TEXT NOT NULL DEFAULT 'MEDIUM',
    "confidenceNote" TEXT,
    "publication" TEXT NOT NULL DEFAULT 'PUBLISHED',
    "draft" JSONB,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Assessment_jurisdictionId_fkey" FOREIGN KEY ("jurisdictionId") REFERENCES "Jurisdiction" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Assessment_dimensionId_fkey" FOREIGN KEY ("dimensionId") REFERENCES "Dimension" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "InvestmentFigure" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "actorName" TEXT NOT NULL,
    "actorNameZh" TEXT,
    "actorType" TEXT NOT NULL,
    "jurisdictionId" TEXT,
    "category" TEXT NOT NULL,
    "measure" TEXT NOT NULL,
    "amount" DECIMAL,
    "amountLow" DECIMAL,
    "amountHigh" DECIMAL,
    "qualifier" TEXT NOT NULL DEFAULT 'EXACT',
    "valueText" TEXT,
    "currency" TEXT,
    "periodType" TEXT NOT NULL,
    "periodStart" INTEGER,
    "periodEnd" INTEGER,
    "periodLabel" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "kindNote" TEXT,
    "confidence" TEXT NOT NULL,
    "confidenceNote" TEXT,
    "comparabilityNote" TEXT,
    "note" TEXT,
    "reportedOn" DATETIME,
    "publication" TEXT NOT NULL DEFAULT 'PUBLISHED',
    "draft" JSONB,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "InvestmentFigure_jurisdictionId_fkey" FOREIGN KEY ("jurisdictionId") REFERENCES "Jurisdiction" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ExchangeRate" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "currency" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "rate" DECIMAL NOT NULL,
    "usdPerUnit" BOOLEAN NOT NULL DEFAULT false,
    "asOf" DATETIME NOT NULL,
    "sourceId" TEXT NOT NULL,
    "note" TEXT,
    "publication" TEXT NOT NULL DEFAULT 'PUBLISHED',
    "draft" JSONB,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ExchangeRate_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TimelineEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "date" DATETIME NOT NULL,
    "datePrecision" TEXT NOT NULL DEFAULT 'DAY',
    "dateNote" TEXT,
    "jurisdictionId" TEXT NOT NULL,
    "alsoJurisdictions" TEXT NOT NULL DEFAULT '',
    "titleEn" TEXT NOT NULL,
    "titleZh" TEXT,
    "instrumentId" TEXT,
    "confidence" TEXT NOT NULL DEFAULT 'MEDIUM',
    "confidenceNote" TEXT,
    "publication" TEXT NOT NULL DEFAULT 'PUBLISHED',
    "draft" JSONB,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "TimelineEvent_jurisdictionId_fkey" FOREIGN KEY ("jurisdictionId") REFERENCES "Jurisdiction" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "TimelineEvent_instrumentId_fkey" FOREIGN KEY ("instrumentId") REFERENCES "Instrument" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FlaggedClaim" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "claimEn" TEXT NOT NULL,
    "claimZh" TEXT,
    "correctionEn" TEXT NOT NULL,
    "correctionZh" TEXT,
    "instrumentId" TEXT,
    "investmentFigureId" TEXT,
    "publication" TEXT NOT NULL DEFAULT 'PUBLISHED',
    "draft" JSONB,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "FlaggedClaim_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "FlaggedClaim_instrumentId_fkey" FOREIGN KEY ("instrumentId") REFERENCES "Instrument" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "FlaggedClaim_investmentFigureId_fkey" FOREIGN KEY ("investmentFigureId") REFERENCES "InvestmentFigure" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ExpertView" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "person" TEXT NOT NULL,
    "personZh" TEXT,
    "affiliation" TEXT NOT NULL,
    "year" INTEGER,
    "viewEn" TEXT NOT NULL,
    "viewZh" TEXT,
    "jurisdictionId" TEXT,
    "sourceId" TEXT NOT NULL,
    "publication" TEXT NOT NULL DEFAULT 'PUBLISHED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ExpertView_jurisdictionId_fkey" FOREIGN KEY ("jurisdictionId") REFERENCES "Jurisdiction" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ExpertView_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Revision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "snapshot" JSONB NOT NULL,
    "actorId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Revision_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "actorId" TEXT,
    "actorEmail" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT,
    "entityId" TEXT,
    "ip" TEXT,
    "detail" JSONB,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LoginThrottle" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "windowStart" DATETIME NOT NULL,
    "lockedUntil" DATETIME
);

-- CreateTable
CREATE TABLE "Deck" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "audience" TEXT,
    "briefingOn" DATETIME,
    "frozenAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Deck_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Slide" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "deckId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "takeaway" TEXT,
    "notes" TEXT,
    "view" JSONB,
    "body" TEXT,
    "frozenData" JSONB,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Slide_deckId_fkey" FOREIGN KEY ("deckId") REFERENCES "Deck" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_JurisdictionSources" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_JurisdictionSources_A_fkey" FOREIGN KEY ("A") REFERENCES "Jurisdiction" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_JurisdictionSources_B_fkey" FOREIGN KEY ("B") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_EventSources" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_EventSources_A_fkey" FOREIGN KEY ("A") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_EventSources_B_fkey" FOREIGN KEY ("B") REFERENCES "TimelineEvent" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_InstrumentSources" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_InstrumentSources_A_fkey" FOREIGN KEY ("A") REFERENCES "Instrument" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_InstrumentSources_B_fkey" FOREIGN KEY ("B") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_MilestoneSources" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_MilestoneSources_A_fkey" FOREIGN KEY ("A") REFERENCES "Milestone" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_MilestoneSources_B_fkey" FOREIGN KEY ("B") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_AssessmentSources" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_AssessmentSources_A_fkey" FOREIGN KEY ("A") REFERENCES "Assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_AssessmentSources_B_fkey" FOREIGN KEY ("B") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_InvestmentSources" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_InvestmentSources_A_fkey" FOREIGN KEY ("A") REFERENCES "InvestmentFigure" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_InvestmentSources_B_fkey" FOREIGN KEY ("B") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_ClaimEvidence" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_ClaimEvidence_A_fkey" FOREIGN KEY ("A") REFERENCES "FlaggedClaim" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_ClaimEvidence_B_fkey" FOREIGN KEY ("B") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Jurisdiction_code_key" ON "Jurisdiction"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Source_key_key" ON "Source"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Instrument_slug_key" ON "Instrument"("slug");

-- CreateIndex
CREATE INDEX "Instrument_jurisdictionId_idx" ON "Instrument"("jurisdictionId");

-- CreateIndex
CREATE INDEX "Milestone_instrumentId_idx" ON "Milestone"("instrumentId");

-- CreateIndex
CREATE UNIQUE INDEX "Dimension_key_key" ON "Dimension"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Assessment_jurisdictionId_dimensionId_key" ON "Assessment"("jurisdictionId", "dimensionId");

-- CreateIndex
CREATE UNIQUE INDEX "InvestmentFigure_slug_key" ON "InvestmentFigure"("slug");

-- CreateIndex
CREATE INDEX "InvestmentFigure_category_periodStart_idx" ON "InvestmentFigure"("category", "periodStart");

-- CreateIndex
CREATE INDEX "InvestmentFigure_actorName_idx" ON "InvestmentFigure"("actorName");

-- CreateIndex
CREATE INDEX "InvestmentFigure_publication_deletedAt_idx" ON "InvestmentFigure"("publication", "deletedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ExchangeRate_currency_period_key" ON "ExchangeRate"("currency", "period");

-- CreateIndex
CREATE UNIQUE INDEX "TimelineEvent_slug_key" ON "TimelineEvent"("slug");

-- CreateIndex
CREATE INDEX "TimelineEvent_date_idx" ON "TimelineEvent"("date");

-- CreateIndex
CREATE UNIQUE INDEX "FlaggedClaim_slug_key" ON "FlaggedClaim"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "ExpertView_slug_key" ON "ExpertView"("slug");

-- CreateIndex
CREATE INDEX "Revision_entityType_entityId_idx" ON "Revision"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_createdAt_idx" ON "AuditLog"("createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_action_idx" ON "AuditLog"("action");

-- CreateIndex
CREATE INDEX "Slide_deckId_position_idx" ON "Slide"("deckId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "_JurisdictionSources_AB_unique" ON "_JurisdictionSources"("A", "B");

-- CreateIndex
CREATE INDEX "_JurisdictionSources_B_index" ON "_JurisdictionSources"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_EventSources_AB_unique" ON "_EventSources"("A", "B");

-- CreateIndex
CREATE INDEX "_EventSources_B_index" ON "_EventSources"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_InstrumentSources_AB_unique" ON "_InstrumentSources"("A", "B");

-- CreateIndex
CREATE INDEX "_InstrumentSources_B_index" ON "_InstrumentSources"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_MilestoneSources_AB_unique" ON "_MilestoneSources"("A", "B");

-- CreateIndex
CREATE INDEX "_MilestoneSources_B_index" ON "_MilestoneSources"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_AssessmentSources_AB_unique" ON "_AssessmentSources"("A", "B");

-- CreateIndex
CREATE INDEX "_AssessmentSources_B_index" ON "_AssessmentSources"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_InvestmentSources_AB_unique" ON "_InvestmentSources"("A", "B");

-- CreateIndex
CREATE INDEX "_InvestmentSources_B_index" ON "_InvestmentSources"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_ClaimEvidence_AB_unique" ON "_ClaimEvidence"("A", "B");

-- CreateIndex
CREATE INDEX "_ClaimEvidence_B_index" ON "_ClaimEvidence"("B");
