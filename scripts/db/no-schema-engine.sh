#!/bin/sh
# Prisma's native schema engine is not used in this project: its CLI would download it at run time,
# which fails offline. Migrations run through the WebAssembly engine instead (npm run db:migrate,
# npm run db:new-migration). See README "Database".
echo "GovAtlas: the native Prisma schema engine is disabled here; use npm run db:migrate / db:new-migration." >&2
exit 1
