/** Ends an exhaustive switch: the compiler rejects the call if a case was left out. */
export class UnreachableCaseError extends Error {
  constructor(value: never) {
    super(`Unreachable case: ${JSON.stringify(value)}`);
  }
}
