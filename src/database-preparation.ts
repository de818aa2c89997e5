import type { Config } from "./config";
import { DatabaseUnavailableError } from "./errors/app-errors";
import type { Readiness } from "./http/http-server";
import type { Logger } from "./logger";
import type { Executor } from "./neo4j/executor";
import { isSchemaCurrent, migrate } from "./neo4j/migrations";
import { isGraphEmpty, seed } from "./seed/seeder";

const RETRY_MS = 5_000;

/**
 * Brings the database to the schema this code needs (migrations, then the first seed where configured) and
 * reports readiness. When Neo4j is down at start the server still starts; preparation retries in the
 * background until Neo4j answers, and /readyz says 503 until then.
 */
export class DatabasePreparation {
  private prepared = false;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly executor: Executor,
    private readonly config: Config,
    private readonly logger: Logger,
  ) {}

  /** Tries once now. Resolves when prepared or when Neo4j is unreachable (then retries in the background). */
  async start(): Promise<void> {
    try {
      await this.prepare();
    } catch (error) {
      if (!(error instanceof DatabaseUnavailableError)) throw error;
      this.logger.warn({ retryInMs: RETRY_MS }, "Neo4j is unreachable; serving anyway and retrying (readyz answers 503)");
      this.scheduleRetry();
    }
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }

  async readiness(): Promise<Readiness> {
    try {
      await this.executor.ping();
    } catch {
      return { ready: false, neo4j: "unreachable", schema: this.prepared ? "current" : "pending" };
    }
    if (!this.prepared) this.prepared = await isSchemaCurrent(this.executor).catch(() => false);
    return { ready: this.prepared, neo4j: "reachable", schema: this.prepared ? "current" : "pending" };
  }

  private async prepare(): Promise<void> {
    await migrate(this.executor, this.logger);
    const seedNow = this.config.seedOnStart === "true" || (this.config.seedOnStart === "auto" && this.config.neo4j.kind === "local");
    if (seedNow && (await isGraphEmpty(this.executor))) {
      this.logger.info({ dirs: this.config.seedDirs }, "the graph is empty: seeding it");
      await seed(this.executor, { dirs: this.config.seedDirs }, this.logger);
    }
    this.prepared = true;
  }

  private scheduleRetry(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.prepare().then(
        () => this.logger.info("Neo4j is reachable again; database prepared"),
        (error: unknown) => {
          if (!(error instanceof DatabaseUnavailableError)) this.logger.error({ err: error }, "database preparation failed");
          this.scheduleRetry();
        },
      );
    }, RETRY_MS);
    this.timer.unref();
  }
}
