// Limits of the CSV import, shared by the form (checked before sending) and the server action (checked again).
// next.config.ts lets a server-action body be a little larger than MAX_CSV_BYTES (the form fields around the
// file); Next stops reading a larger body at that limit.
export const MAX_CSV_MB = 5;
export const MAX_CSV_BYTES = MAX_CSV_MB * 1024 * 1024;
/**
 * Updates (and creates of entities other than investment figures) go through the forms' write path one row at a
 * time inside the import's single transaction, which holds SQLite's write lock throughout; this many per file keep
 * that transaction within IMPORT_TIMEOUT_MS on a busy machine (measured: 57–78 ms per figure update on 2 cores
 * under a load average of ~20). New investment figures are inserted in batches and only count against MAX_IMPORT_ROWS.
 */
export const MAX_ROW_WRITES = 1000;
