-- CreateIndex
CREATE INDEX "InvestmentFigure_category_actorType_actorName_amount_idx" ON "InvestmentFigure"("category", "actorType", "actorName", "amount");

-- CreateIndex
CREATE INDEX "InvestmentFigure_updatedAt_idx" ON "InvestmentFigure"("updatedAt");
