/** No response may take longer than this, outage or not (driver: 10 s acquisition + 5 s retry, with margin). */
export const RESPONSE_BOUND_MS = 30_000;

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One GraphQL answer: the HTTP status, how long it took, the data and the error codes. */
export interface Answer {
  status: number;
  ms: number;
  data?: Record<string, any> | null;
  codes: string[];
}

/** Sends one query to a GraphQL endpoint; fails if no answer comes within RESPONSE_BOUND_MS. */
export async function askGraphql(graphqlUrl: string, query: string): Promise<Answer> {
  const started = Date.now();
  const response = await fetch(graphqlUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
    signal: AbortSignal.timeout(RESPONSE_BOUND_MS),
  });
  const body = (await response.json()) as { data?: Record<string, any> | null; errors?: { extensions?: { code?: string } }[] };
  return {
    status: response.status,
    ms: Date.now() - started,
    data: body.data,
    codes: (body.errors ?? []).map((e) => e.extensions?.code ?? "NONE"),
  };
}

/** Polls until `check` passes, or fails naming what it last saw. */
export async function eventually<T>(
  what: string,
  timeoutMs: number,
  probe: () => Promise<T>,
  check: (value: T) => boolean,
): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  let last: T | unknown;
  while (Date.now() - started < timeoutMs) {
    try {
      last = await probe();
      if (check(last as T)) return { value: last as T, ms: Date.now() - started };
    } catch (error) {
      last = error;
    }
    await sleep(250);
  }
  throw new Error(`${what}: not within ${timeoutMs / 1000} s; last ${JSON.stringify(last instanceof Error ? last.message : last)}`);
}
