-- AlterTable
ALTER TABLE "Instrument" ADD COLUMN     "dateNoteZh" TEXT,
ADD COLUMN     "statusNoteZh" TEXT,
ADD COLUMN     "typeZh" TEXT;

-- AlterTable
ALTER TABLE "TimelineEvent" ADD COLUMN     "dateNoteZh" TEXT;
