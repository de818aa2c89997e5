/** What every resolver receives. Grows with per-request loaders and the caller's identity. */
export interface ApiContext {
  /** The request's id in the logs. */
  requestId: string;
}
