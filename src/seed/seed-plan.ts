import { validateSeed } from "./seed-checks";
import { streamRecords } from "./seed-records";
import { recordKinds, type RecordKind, type SeedPlan, type SeedRecord } from "./seed-types";

export * from "./seed-types";

/**
 * Reads and validates the layered seed folders and returns every record to write, held in memory: for
 * `npm run seed:check` and tests. The seeder itself streams the records instead (validateSeed, then
 * streamRecords). Throws SeedValidationError listing every problem at once.
 */
export async function planSeed(dirs: readonly string[]): Promise<SeedPlan> {
  const plan = Object.fromEntries(recordKinds.map((kind) => [kind, []])) as unknown as { [K in RecordKind]: SeedRecord[] };
  await streamRecords(await validateSeed(dirs), (kind, record) => void plan[kind].push(record));
  return plan as SeedPlan;
}
