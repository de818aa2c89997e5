import type { Loaders } from "./loaders";

/** What every resolver receives. Grows with the caller's identity. */
export interface ApiContext {
  /** The request's id in the logs. */
  requestId: string;
  /** This request's batch loaders. */
  loaders: Loaders;
}
