// SQLite for a server that shares its database file with other connections and processes.
//
// @prisma/adapter-better-sqlite3 7.10 opens ONE connection and starts every interactive transaction with a plain
// (deferred) `BEGIN` behind an in-process mutex. A deferred transaction takes the write lock only at its first
// write, so a read-then-write transaction (every curation save: version check, then update) fails at once with
// SQLITE_BUSY when another process writes in between; the busy timeout cannot help, because waiting would not
// make its snapshot current. Queries sent outside a transaction also run on that connection, i.e. inside
// whatever interactive transaction is open at the time (reading its uncommitted rows).
//
// This wrapper keeps Prisma's adapter for the SQL and the value conversions and changes only the locking:
// - WAL: readers never wait for the writer, and the writer never waits for readers;
// - write transactions start with `BEGIN IMMEDIATE`, i.e. they take the write lock before their first read. When
//   another connection holds it, the wait happens HERE, asynchronously (short synchronous busy timeout per try,
//   then a timer), so the event loop keeps serving pages while a write waits; after `busyTimeoutMs` the write
//   fails with DatabaseBusyError (answered as 503), having changed nothing;
// - one write at a time per process (the writer connection), in arrival order, transactions and single writes alike;
// - statements that only read and are sent outside a transaction go to a second connection, so they see committed
//   data only and never queue behind a long write (an import).
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { IsolationLevel, SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";
import type BetterSqlite3 from "better-sqlite3";

export const BUSY_MESSAGE = "The database is busy with other changes. Nothing was saved: try again in a few seconds.";

/** A write could not get the database's write lock in time. Nothing was written. */
export class DatabaseBusyError extends Error {
  readonly code = "DATABASE_BUSY";
  constructor(readonly waitedMs?: number) {
    super(BUSY_MESSAGE);
    this.name = "DatabaseBusyError";
  }
}

export type SqliteLockingOptions = { file: string; busyTimeoutMs: number };

/** Per try, SQLite's own (synchronous, event-loop-blocking) busy wait stays short; the rest of the wait is a timer. */
const SYNC_BUSY_MS = 25;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Inner = SqlDriverAdapter & { client: BetterSqlite3.Database };

export function isSqliteBusy(error: unknown): boolean {
  const e = error as { code?: unknown; cause?: unknown; message?: unknown } | null;
  if (!e) return false;
  if (typeof e.code === "string" && e.code.startsWith("SQLITE_BUSY")) return true;
  // Prisma's DriverAdapterError carries { kind: "SocketTimeout", originalCode: "SQLITE_BUSY…" } as its cause.
  const cause = e.cause as { originalCode?: unknown } | undefined;
  if (typeof cause?.originalCode === "string" && cause.originalCode.startsWith("SQLITE_BUSY")) return true;
  return typeof e.message === "string" && /database is locked|SQLITE_BUSY/.test(e.message);
}

/** FIFO lock: one holder at a time. */
class WriteQueue {
  #tail: Promise<void> = Promise.resolve();
  acquire(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((resolve) => (release = resolve));
    const ready = this.#tail.then(() => {
      let done = false;
      return () => {
        if (done) return;
        done = true;
        release();
      };
    });
    this.#tail = this.#tail.then(() => next);
    return ready;
  }
}

class LockingSqliteAdapter implements SqlDriverAdapter {
  readonly provider = "sqlite" as const;
  readonly adapterName: string;
  readonly #writer: Inner;
  readonly #reader: Inner;
  readonly #queue = new WriteQueue();
  readonly #busyTimeoutMs: number;
  readonly #readonlyCache = new Map<string, boolean>();

  constructor(writer: Inner, reader: Inner, busyTimeoutMs: number) {
    this.#writer = writer;
    this.#reader = reader;
    this.adapterName = writer.adapterName;
    this.#busyTimeoutMs = busyTimeoutMs;
  }

  /** Runs `fn` on the writer, retrying (asynchronously) while another connection holds the write lock. */
  async #withWriteLock<T>(fn: () => Promise<T> | T, started = Date.now()): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await fn();
      } catch (error) {
        if (!isSqliteBusy(error)) throw error;
        const waited = Date.now() - started;
        if (waited >= this.#busyTimeoutMs) throw new DatabaseBusyError(waited);
        await sleep(Math.min(5 * 2 ** Math.min(attempt, 5), 100, this.#busyTimeoutMs - waited));
      }
    }
  }

  #isReadOnly(sql: string): boolean {
    let readonly = this.#readonlyCache.get(sql);
    if (readonly === undefined) {
      try {
        readonly = this.#reader.client.prepare(sql).readonly;
      } catch {
        readonly = false; // let the writer report the error
      }
      if (this.#readonlyCache.size > 2000) this.#readonlyCache.clear();
      this.#readonlyCache.set(sql, readonly);
    }
    return readonly;
  }

  async #serialized<T>(fn: () => Promise<T>): Promise<T> {
    const started = Date.now();
    const release = await this.#queue.acquire();
    try {
      return await this.#withWriteLock(fn, started);
    } finally {
      release();
    }
  }

  queryRaw(query: SqlQuery) {
    if (this.#isReadOnly(query.sql)) return this.#withWriteLock(() => this.#reader.queryRaw(query));
    return this.#serialized(() => this.#writer.queryRaw(query));
  }

  executeRaw(query: SqlQuery) {
    return this.#serialized(() => this.#writer.executeRaw(query));
  }

  executeScript(script: string) {
    return this.#serialized(() => this.#writer.executeScript(script));
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    if (isolationLevel && isolationLevel !== "SERIALIZABLE") {
      // SQLite transactions are serializable; same refusal as Prisma's adapter.
      return this.#writer.startTransaction(isolationLevel);
    }
    const started = Date.now();
    const release = await this.#queue.acquire();
    try {
      await this.#withWriteLock(() => this.#writer.client.prepare("BEGIN IMMEDIATE").run(), started);
    } catch (error) {
      release();
      throw error;
    }
    const writer = this.#writer;
    // Prisma sends COMMIT / ROLLBACK itself (usePhantomQuery: false), then calls commit() / rollback().
    return {
      provider: "sqlite",
      adapterName: this.adapterName,
      options: { usePhantomQuery: false },
      queryRaw: (q) => writer.queryRaw(q),
      executeRaw: (q) => writer.executeRaw(q),
      commit: async () => release(),
      rollback: async () => {
        // If Prisma could not send ROLLBACK (e.g. it gave up waiting), do not hand on an open transaction.
        if (writer.client.inTransaction) writer.client.prepare("ROLLBACK").run();
        release();
      },
      createSavepoint: async (name) => void (await writer.executeRaw({ sql: `SAVEPOINT ${name}`, args: [], argTypes: [] })),
      rollbackToSavepoint: async (name) => void (await writer.executeRaw({ sql: `ROLLBACK TO ${name}`, args: [], argTypes: [] })),
      releaseSavepoint: async (name) => void (await writer.executeRaw({ sql: `RELEASE SAVEPOINT ${name}`, args: [], argTypes: [] })),
    };
  }

  async dispose() {
    await Promise.all([this.#writer.dispose(), this.#reader.dispose()]);
  }
}

/** The adapter factory for `new PrismaClient({ adapter })` on a SQLite file shared with other connections. */
export function lockingSqliteAdapter({ file, busyTimeoutMs }: SqliteLockingOptions): SqlDriverAdapterFactory {
  const inner = new PrismaBetterSqlite3({ url: file, timeout: SYNC_BUSY_MS });
  return {
    provider: "sqlite",
    adapterName: inner.adapterName,
    async connect() {
      const [writer, reader] = (await Promise.all([inner.connect(), inner.connect()])) as unknown as [Inner, Inner];
      // Stored in the file once set; migrations set it too. Switching needs a moment without other writers.
      const started = Date.now();
      for (;;) {
        try {
          writer.client.pragma("journal_mode = WAL");
          break;
        } catch (error) {
          if (!isSqliteBusy(error) || Date.now() - started > busyTimeoutMs) throw error;
          await sleep(20);
        }
      }
      return new LockingSqliteAdapter(writer, reader, busyTimeoutMs);
    },
  };
}
