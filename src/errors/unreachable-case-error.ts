/**
 * Ends an exhaustive switch: the compiler proves the default unreachable (`value` is `never`), and if data
 * the types did not foresee reaches it at run time, the error names the value.
 */
export class UnreachableCaseError extends Error {
  constructor(value: never, what: string) {
    super(`Unreachable case: ${what} ${JSON.stringify(value)}.`);
  }
}
