-- AlterTable
ALTER TABLE "Instrument" ADD COLUMN "dateNoteZh" TEXT;
ALTER TABLE "Instrument" ADD COLUMN "statusNoteZh" TEXT;
ALTER TABLE "Instrument" ADD COLUMN "typeZh" TEXT;

-- AlterTable
ALTER TABLE "TimelineEvent" ADD COLUMN "dateNoteZh" TEXT;
