-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'EDITOR', 'VIEWER');

-- CreateEnum
CREATE TYPE "PublicationStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "Confidence" AS ENUM ('HIGH', 'MEDIUM', 'LOW');

-- CreateEnum
CREATE TYPE "JurisdictionKind" AS ENUM ('COUNTRY', 'BLOC', 'INTERNATIONAL');

-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('SEED_ARTICLE', 'OFFICIAL', 'PRESS', 'LAW_FIRM', 'RESEARCH', 'DATA', 'OTHER');

-- CreateEnum
CREATE TYPE "InstrumentStatus" AS ENUM ('PROPOSED', 'ADOPTED', 'IN_FORCE', 'REVOKED', 'REJECTED');

-- CreateEnum
CREATE TYPE "InvestmentCategory" AS ENUM ('CORPORATE_CAPEX', 'PUBLIC_INITIATIVE', 'PRIVATE_INVESTMENT_AGGREGATE', 'CORPORATE_INVESTMENT_AGGREGATE');

-- CreateEnum
CREATE TYPE "ActorType" AS ENUM ('COMPANY', 'COMPANY_GROUP', 'GOVERNMENT', 'BLOC', 'JOINT_VENTURE', 'STATE_FUND', 'MARKET_AGGREGATE');

-- CreateEnum
CREATE TYPE "FigureKind" AS ENUM ('ACTUAL', 'GUIDANCE', 'PLAN', 'PLEDGE', 'COMMITTED', 'ESTIMATE');

-- CreateEnum
CREATE TYPE "AmountQualifier" AS ENUM ('EXACT', 'APPROX', 'UP_TO', 'AT_LEAST', 'MORE_THAN');

-- CreateEnum
CREATE TYPE "PeriodType" AS ENUM ('CALENDAR_YEAR', 'FISCAL_YEAR', 'MULTI_YEAR');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'YEAR');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'VIEWER',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "passwordChangedAt" TIMESTAMP(3),

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Jurisdiction" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "kind" "JurisdictionKind" NOT NULL,
    "blocs" TEXT NOT NULL DEFAULT '',
    "approachEn" TEXT NOT NULL DEFAULT '',
    "approachZh" TEXT NOT NULL DEFAULT '',
    "confidence" "Confidence" NOT NULL DEFAULT 'MEDIUM',
    "confidenceNote" TEXT,
    "publication" "PublicationStatus" NOT NULL DEFAULT 'PUBLISHED',
    "draft" JSONB,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Jurisdiction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "titleZh" TEXT,
    "publisher" TEXT NOT NULL DEFAULT '',
    "url" TEXT,
    "publishedOn" TIMESTAMP(3),
    "dateNote" TEXT,
    "language" TEXT NOT NULL DEFAULT 'en',
    "kind" "SourceKind" NOT NULL DEFAULT 'OTHER',
    "isSeedArticle" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,
    "publication" "PublicationStatus" NOT NULL DEFAULT 'PUBLISHED',
    "draft" JSONB,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Instrument" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "jurisdictionId" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "titleZh" TEXT,
    "type" TEXT NOT NULL,
    "alsoJurisdictions" TEXT NOT NULL DEFAULT '',
    "status" "InstrumentStatus" NOT NULL,
    "statusNote" TEXT,
    "adoptedOn" TIMESTAMP(3),
    "adoptedPrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "effectiveOn" TIMESTAMP(3),
    "effectivePrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "revokedOn" TIMESTAMP(3),
    "dateNote" TEXT,
    "summaryEn" TEXT NOT NULL DEFAULT '',
    "summaryZh" TEXT,
    "confidence" "Confidence" NOT NULL DEFAULT 'MEDIUM',
    "confidenceNote" TEXT,
    "revokedById" TEXT,
    "publication" "PublicationStatus" NOT NULL DEFAULT 'PUBLISHED',
    "draft" JSONB,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Instrument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Milestone" (
    "id" TEXT NOT NULL,
    "instrumentId" TEXT NOT NULL,
    "date" TIMESTAMP(3) NOT NULL,
    "labelEn" TEXT NOT NULL,
    "labelZh" TEXT,
    "publication" "PublicationStatus" NOT NULL DEFAULT 'PUBLISHED',
    "draft" JSONB,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Milestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Dimension" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL DEFAULT '',
    "descriptionZh" TEXT NOT NULL DEFAULT '',
    "scale" JSONB NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Dimension_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Assessment" (
    "id" TEXT NOT NULL,
    "jurisdictionId" TEXT NOT NULL,
    "dimensionId" TEXT NOT NULL,
    "level" INTEGER,
    "labelEn" TEXT NOT NULL,
    "labelZh" TEXT,
    "rationaleEn" TEXT NOT NULL DEFAULT '',
    "rationaleZh" TEXT,
    "asOf" TIMESTAMP(3) NOT NULL,
    "confidence" "Confidence" NOT NULL DEFAULT 'MEDIUM',
    "confidenceNote" TEXT,
    "publication" "PublicationStatus" NOT NULL DEFAULT 'PUBLISHED',
    "draft" JSONB,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Assessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InvestmentFigure" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "actorName" TEXT NOT NULL,
    "actorNameZh" TEXT,
    "actorType" "ActorType" NOT NULL,
    "jurisdictionId" TEXT,
    "category" "InvestmentCategory" NOT NULL,
    "measure" TEXT NOT NULL,
    "amount" DECIMAL(65,30),
    "amountLow" DECIMAL(65,30),
    "amountHigh" DECIMAL(65,30),
    "qualifier" "AmountQualifier" NOT NULL DEFAULT 'EXACT',
    "valueText" TEXT,
    "currency" TEXT,
    "periodType" "PeriodType" NOT NULL,
    "periodStart" INTEGER,
    "periodEnd" INTEGER,
    "periodLabel" TEXT NOT NULL,
    "kind" "FigureKind" NOT NULL,
    "kindNote" TEXT,
    "confidence" "Confidence" NOT NULL,
    "confidenceNote" TEXT,
    "comparabilityNote" TEXT,
    "note" TEXT,
    "reportedOn" TIMESTAMP(3),
    "publication" "PublicationStatus" NOT NULL DEFAULT 'PUBLISHED',
    "draft" JSONB,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InvestmentFigure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExchangeRate" (
    "id" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "rate" DECIMAL(65,30) NOT NULL,
    "usdPerUnit" BOOLEAN NOT NULL DEFAULT false,
    "asOf" TIMESTAMP(3) NOT NULL,
    "sourceId" TEXT NOT NULL,
    "note" TEXT,
    "publication" "PublicationStatus" NOT NULL DEFAULT 'PUBLISHED',
    "draft" JSONB,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExchangeRate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TimelineEvent" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "date" TIMESTAMP(3) NOT NULL,
    "datePrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "dateNote" TEXT,
    "jurisdictionId" TEXT NOT NULL,
    "alsoJurisdictions" TEXT NOT NULL DEFAULT '',
    "titleEn" TEXT NOT NULL,
    "titleZh" TEXT,
    "instrumentId" TEXT,
    "confidence" "Confidence" NOT NULL DEFAULT 'MEDIUM',
    "confidenceNote" TEXT,
    "publication" "PublicationStatus" NOT NULL DEFAULT 'PUBLISHED',
    "draft" JSONB,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TimelineEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FlaggedClaim" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "claimEn" TEXT NOT NULL,
    "claimZh" TEXT,
    "correctionEn" TEXT NOT NULL,
    "correctionZh" TEXT,
    "instrumentId" TEXT,
    "investmentFigureId" TEXT,
    "publication" "PublicationStatus" NOT NULL DEFAULT 'PUBLISHED',
    "draft" JSONB,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FlaggedClaim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExpertView" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "person" TEXT NOT NULL,
    "personZh" TEXT,
    "affiliation" TEXT NOT NULL,
    "year" INTEGER,
    "viewEn" TEXT NOT NULL,
    "viewZh" TEXT,
    "jurisdictionId" TEXT,
    "sourceId" TEXT NOT NULL,
    "publication" "PublicationStatus" NOT NULL DEFAULT 'PUBLISHED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExpertView_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Revision" (
    "id" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "snapshot" JSONB NOT NULL,
    "actorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL,
    "actorId" TEXT,
    "actorEmail" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT,
    "entityId" TEXT,
    "ip" TEXT,
    "detail" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "lockedUntil" TIMESTAMP(3),

    CONSTRAINT "LoginThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Deck" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "audience" TEXT,
    "briefingOn" TIMESTAMP(3),
    "frozenAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Deck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Slide" (
    "id" TEXT NOT NULL,
    "deckId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "takeaway" TEXT,
    "notes" TEXT,
    "view" JSONB,
    "body" TEXT,
    "frozenData" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Slide_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_JurisdictionSources" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_JurisdictionSources_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_EventSources" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_EventSources_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_InstrumentSources" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_InstrumentSources_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_MilestoneSources" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_MilestoneSources_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_AssessmentSources" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_AssessmentSources_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_InvestmentSources" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_InvestmentSources_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_ClaimEvidence" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_ClaimEvidence_AB_pkey" PRIMARY KEY ("A","B")
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
CREATE INDEX "_JurisdictionSources_B_index" ON "_JurisdictionSources"("B");

-- CreateIndex
CREATE INDEX "_EventSources_B_index" ON "_EventSources"("B");

-- CreateIndex
CREATE INDEX "_InstrumentSources_B_index" ON "_InstrumentSources"("B");

-- CreateIndex
CREATE INDEX "_MilestoneSources_B_index" ON "_MilestoneSources"("B");

-- CreateIndex
CREATE INDEX "_AssessmentSources_B_index" ON "_AssessmentSources"("B");

-- CreateIndex
CREATE INDEX "_InvestmentSources_B_index" ON "_InvestmentSources"("B");

-- CreateIndex
CREATE INDEX "_ClaimEvidence_B_index" ON "_ClaimEvidence"("B");

-- AddForeignKey
ALTER TABLE "Instrument" ADD CONSTRAINT "Instrument_jurisdictionId_fkey" FOREIGN KEY ("jurisdictionId") REFERENCES "Jurisdiction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Instrument" ADD CONSTRAINT "Instrument_revokedById_fkey" FOREIGN KEY ("revokedById") REFERENCES "Instrument"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_instrumentId_fkey" FOREIGN KEY ("instrumentId") REFERENCES "Instrument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_jurisdictionId_fkey" FOREIGN KEY ("jurisdictionId") REFERENCES "Jurisdiction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_dimensionId_fkey" FOREIGN KEY ("dimensionId") REFERENCES "Dimension"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvestmentFigure" ADD CONSTRAINT "InvestmentFigure_jurisdictionId_fkey" FOREIGN KEY ("jurisdictionId") REFERENCES "Jurisdiction"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExchangeRate" ADD CONSTRAINT "ExchangeRate_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimelineEvent" ADD CONSTRAINT "TimelineEvent_jurisdictionId_fkey" FOREIGN KEY ("jurisdictionId") REFERENCES "Jurisdiction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimelineEvent" ADD CONSTRAINT "TimelineEvent_instrumentId_fkey" FOREIGN KEY ("instrumentId") REFERENCES "Instrument"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FlaggedClaim" ADD CONSTRAINT "FlaggedClaim_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FlaggedClaim" ADD CONSTRAINT "FlaggedClaim_instrumentId_fkey" FOREIGN KEY ("instrumentId") REFERENCES "Instrument"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FlaggedClaim" ADD CONSTRAINT "FlaggedClaim_investmentFigureId_fkey" FOREIGN KEY ("investmentFigureId") REFERENCES "InvestmentFigure"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpertView" ADD CONSTRAINT "ExpertView_jurisdictionId_fkey" FOREIGN KEY ("jurisdictionId") REFERENCES "Jurisdiction"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpertView" ADD CONSTRAINT "ExpertView_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deck" ADD CONSTRAINT "Deck_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Slide" ADD CONSTRAINT "Slide_deckId_fkey" FOREIGN KEY ("deckId") REFERENCES "Deck"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_JurisdictionSources" ADD CONSTRAINT "_JurisdictionSources_A_fkey" FOREIGN KEY ("A") REFERENCES "Jurisdiction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_JurisdictionSources" ADD CONSTRAINT "_JurisdictionSources_B_fkey" FOREIGN KEY ("B") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_EventSources" ADD CONSTRAINT "_EventSources_A_fkey" FOREIGN KEY ("A") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_EventSources" ADD CONSTRAINT "_EventSources_B_fkey" FOREIGN KEY ("B") REFERENCES "TimelineEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_InstrumentSources" ADD CONSTRAINT "_InstrumentSources_A_fkey" FOREIGN KEY ("A") REFERENCES "Instrument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_InstrumentSources" ADD CONSTRAINT "_InstrumentSources_B_fkey" FOREIGN KEY ("B") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_MilestoneSources" ADD CONSTRAINT "_MilestoneSources_A_fkey" FOREIGN KEY ("A") REFERENCES "Milestone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_MilestoneSources" ADD CONSTRAINT "_MilestoneSources_B_fkey" FOREIGN KEY ("B") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AssessmentSources" ADD CONSTRAINT "_AssessmentSources_A_fkey" FOREIGN KEY ("A") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AssessmentSources" ADD CONSTRAINT "_AssessmentSources_B_fkey" FOREIGN KEY ("B") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_InvestmentSources" ADD CONSTRAINT "_InvestmentSources_A_fkey" FOREIGN KEY ("A") REFERENCES "InvestmentFigure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_InvestmentSources" ADD CONSTRAINT "_InvestmentSources_B_fkey" FOREIGN KEY ("B") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ClaimEvidence" ADD CONSTRAINT "_ClaimEvidence_A_fkey" FOREIGN KEY ("A") REFERENCES "FlaggedClaim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ClaimEvidence" ADD CONSTRAINT "_ClaimEvidence_B_fkey" FOREIGN KEY ("B") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;
