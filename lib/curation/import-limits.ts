// Limits of the CSV import, shared by the form (checked before sending) and the server action (checked again).
// next.config.ts lets a server-action body be a little larger than MAX_CSV_BYTES (the form fields around the
// file); Next stops reading a larger body at that limit.
export const MAX_CSV_MB = 5;
export const MAX_CSV_BYTES = MAX_CSV_MB * 1024 * 1024;
