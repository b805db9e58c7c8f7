-- DropIndex
DROP INDEX "InvestmentFigure_updatedAt_idx";

-- DropIndex
DROP INDEX "InvestmentFigure_category_actorType_actorName_amount_idx";

-- DropIndex
DROP INDEX "InvestmentFigure_publication_deletedAt_idx";

-- CreateIndex
CREATE INDEX "InvestmentFigure_counts_idx" ON "InvestmentFigure"("category", "periodEnd", "periodStart", "publication", "deletedAt", "actorType", "kind");

-- CreateIndex
CREATE INDEX "InvestmentFigure_largest_actors_idx" ON "InvestmentFigure"("category", "actorType", "actorName", "amount", "publication", "deletedAt", "periodEnd", "periodStart", "kind");

-- CreateIndex
CREATE INDEX "InvestmentFigure_category_amount_idx" ON "InvestmentFigure"("category", "amount");

-- CreateIndex
CREATE INDEX "InvestmentFigure_table_order_idx" ON "InvestmentFigure"("category", "actorName", "periodStart", "slug");

-- CreateIndex
CREATE INDEX "InvestmentFigure_updatedAt_publication_deletedAt_idx" ON "InvestmentFigure"("updatedAt", "publication", "deletedAt");
