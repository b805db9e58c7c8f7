-- AlterTable
ALTER TABLE "Deck" ADD COLUMN "deletedAt" DATETIME;
ALTER TABLE "Deck" ADD COLUMN "deletedById" TEXT;
