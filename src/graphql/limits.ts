/**
 * The API's limits, one place for all of them. Each is enforced by a class-validator rule on an args class,
 * so going over one is BAD_USER_INPUT naming the argument, and each message states the limit.
 */
export const LIMITS = {
  /** Largest page size of any list or connection (`first`). */
  maxPage: 100,
  /** Page size when `first` is not given. */
  defaultPage: 20,
  /** Longest path `connections` looks for (`maxHops`). */
  maxHops: 6,
  /** Deepest walk of `funders`, `investees` and `neighborhood` (`depth`). */
  maxDepth: 3,
} as const;
