import autocannon from "autocannon";
import { readReadmeExamples } from "../../src/playground/readme-examples";

/** One question the load test asks: a name for the report and a GraphQL operation. */
export interface Scenario {
  name: string;
  /** The operations the connections cycle through, each sent as a POST /graphql. */
  queries: string[];
}

export interface LoadResult {
  scenario: string;
  seconds: number;
  requests: number;
  /** Mean requests per second over the run. */
  rps: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Responses with a status other than 2xx. */
  non2xx: number;
  /** 2xx responses whose body carries GraphQL `errors`. */
  graphqlErrors: number;
  /** Connection errors and timeouts seen by autocannon. */
  transportErrors: number;
}

/**
 * The representative questions: every operation of the README's researcher guide (search, funders, fundings,
 * fundingByRegime, connections, board asOf, plan, timeline, …), each a scenario of its own, then "mixed", where
 * every connection cycles through all of them. The README is the source, so the load test asks what researchers
 * are told to ask.
 */
export function readmeScenarios(): Scenario[] {
  const examples = readReadmeExamples();
  const named = examples.map((example) => ({ name: rootField(example.query), queries: [example.query] }));
  // Two examples can share a root field (actor, say): number the repeats so each scenario has its own name.
  const seen = new Map<string, number>();
  for (const scenario of named) {
    const count = (seen.get(scenario.name) ?? 0) + 1;
    seen.set(scenario.name, count);
    if (count > 1) scenario.name = `${scenario.name}#${count}`;
  }
  return [...named, { name: "mixed", queries: examples.map((e) => e.query) }];
}

/** The first root field an operation asks for, without its alias: "funders", "actor". */
function rootField(query: string): string {
  const match = /\{\s*(?:\w+\s*:\s*)?(\w+)/.exec(query);
  return match?.[1] ?? "query";
}

/**
 * Runs one scenario against `graphqlUrl` (loopback) for `durationSeconds` with `connections` concurrent
 * connections, and counts every kind of error: transport, non-2xx, and GraphQL errors in a 200 body.
 */
export async function runScenario(
  graphqlUrl: string,
  scenario: Scenario,
  options: { durationSeconds: number; connections: number },
): Promise<LoadResult> {
  let graphqlErrors = 0;
  const result = await autocannon({
    url: graphqlUrl,
    connections: options.connections,
    duration: options.durationSeconds,
    timeout: 30,
    requests: scenario.queries.map((query) => ({
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query }),
      onResponse: (status: number, body: string) => {
        if (status >= 200 && status < 300 && body.includes('"errors"')) graphqlErrors += 1;
      },
    })),
  });
  return {
    scenario: scenario.name,
    seconds: result.duration,
    requests: result.requests.total,
    rps: Math.round((result.requests.total / result.duration) * 10) / 10,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    non2xx: result.non2xx,
    graphqlErrors,
    transportErrors: result.errors + result.timeouts,
  };
}

/** Errors of every kind in one result; the target is zero. */
export function errorCount(result: LoadResult): number {
  return result.non2xx + result.graphqlErrors + result.transportErrors;
}
