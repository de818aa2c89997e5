import neo4j from "neo4j-driver";
import type { CypherQuery } from "../../src/neo4j/cypher-file";
import type { Executor, Params, QueryRunner } from "../../src/neo4j/executor";

/** A statement the executor sent: the query's name (its file and variant), its text and its parameters. */
export interface RecordedStatement {
  readonly name: string;
  readonly text: string;
  readonly params: Params;
}

/**
 * Observes a real executor: every statement it sends, alone or inside a transaction, is recorded and then runs
 * against Neo4j as it would unobserved. Nothing is faked; the recorder only listens.
 */
export function recordStatements(executor: Executor): { take(): RecordedStatement[] } {
  const recorded: RecordedStatement[] = [];
  const note = (query: CypherQuery, params: Params = {}) => recorded.push({ name: query.name, text: query.text, params });
  const run = executor.run.bind(executor);
  // A WRITE goes through a transaction, whose runner records it; a READ runs on its own.
  executor.run = ((mode, query, params) => {
    if (mode === "READ") note(query, params);
    return run(mode, query, params);
  }) as Executor["run"];
  // Statements inside a transaction go through the executor's private runner.
  const internals = executor as unknown as { runner(tx: unknown): QueryRunner };
  const runner = internals.runner.bind(executor);
  internals.runner = (tx) => {
    const inner = runner(tx);
    return {
      run: (query, params) => {
        note(query, params);
        return inner.run(query, params);
      },
    };
  };
  return { take: () => recorded.splice(0) };
}

/**
 * Statements as a readable snapshot: each as its name, its text as it runs, and its parameters as JSON with
 * sorted keys; sorted, so statements that a request sends side by side (one per loader) print in one order.
 * `normalize` replaces what differs between runs (a timestamp) by a fixed mark.
 */
export function printStatements(
  statements: readonly RecordedStatement[],
  normalize: (key: string, value: unknown) => unknown = (_, v) => v,
): string {
  const blocks = statements.map(
    ({ name, text, params }) => `── ${name}\n${text}\n── parameters\n${JSON.stringify(sortedKeys(params, normalize), null, 2)}`,
  );
  return `\n${blocks.sort().join("\n\n")}\n`;
}

function sortedKeys(value: unknown, normalize: (key: string, value: unknown) => unknown): unknown {
  if (neo4j.isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map((item) => sortedKeys(item, normalize));
  if (value && typeof value === "object")
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortedKeys(normalize(key, (value as Record<string, unknown>)[key]), normalize)]),
    );
  return value;
}
