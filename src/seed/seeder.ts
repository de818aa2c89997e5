import type { Logger } from "../logger";
import { cypher } from "../neo4j/cypher-file";
import type { Executor } from "../neo4j/executor";
import { readTable } from "./seed-table";
import { actorTable, aliasTable } from "./seed-tables";

const upsertActors = cypher("seed/upsert-actors");
const countActors = cypher("seed/count-actors");

/** Every problem found in the seed folders, each as `file:line: column: message`. Nothing was written. */
export class SeedValidationError extends Error {
  override name = "SeedValidationError";
  constructor(readonly problems: readonly string[]) {
    super(`The seed data has ${problems.length} problem(s); nothing was written:\n${problems.join("\n")}`);
  }
}

/** The actor rows as written to Neo4j: the CSV row plus its aliases and the text the full-text index reads. */
export interface ActorRecord {
  id: string;
  kind: string;
  name: string;
  country: string | null;
  description: string | null;
  aliases: string[];
  aliasLanguages: string[];
  searchText: string;
}

export interface SeedPlan {
  actors: ActorRecord[];
}

/** Reads and validates the layered seed folders; throws SeedValidationError with every problem at once. */
export function planSeed(dirs: readonly string[]): SeedPlan {
  const problems: string[] = [];
  const actors = readTable(dirs, actorTable, problems);
  const aliases = readTable(dirs, aliasTable, problems);
  const ids = new Set(actors.map((a) => a.row.id));
  for (const { row, where } of aliases) {
    if (!ids.has(row.actor)) problems.push(`${where}: actor: "${row.actor}" is not an id in actors.csv`);
  }
  if (problems.length > 0) throw new SeedValidationError(problems);

  return {
    actors: actors.map(({ row }) => {
      const own = aliases.filter((a) => a.row.actor === row.id).map((a) => a.row);
      return {
        id: row.id,
        kind: row.kind,
        name: row.name,
        country: row.country ?? null,
        description: row.description ?? null,
        aliases: own.map((a) => a.alias),
        aliasLanguages: own.map((a) => a.lang),
        searchText: [row.name, ...own.map((a) => a.alias)].join("\n"),
      };
    }),
  };
}

export interface SeedReport {
  actors: number;
}

/** Validates, then writes everything in one transaction: all of it lands, or nothing. Running it twice changes nothing. */
export async function seed(executor: Executor, dirs: readonly string[], logger: Logger): Promise<SeedReport> {
  const plan = planSeed(dirs);
  await executor.transaction("WRITE", "seed", async (tx) => {
    await tx.run(upsertActors, { actors: plan.actors });
  });
  logger.info({ actors: plan.actors.length, dirs }, "seeded");
  return { actors: plan.actors.length };
}

/** Whether the database holds no actor yet: the local database seeds itself on its first start. */
export async function isGraphEmpty(executor: Executor): Promise<boolean> {
  const [row] = await executor.run<{ actors: number }>("READ", countActors);
  return (row?.actors ?? 0) === 0;
}
