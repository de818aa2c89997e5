import type { Caller } from "../auth/caller";
import type { Loaders } from "./loaders";

/** What every resolver receives. */
export interface ApiContext {
  /** The request's id in the logs. */
  requestId: string;
  /** This request's batch loaders. */
  loaders: Loaders;
  /** Who is calling (from the request's API key); mutations check its role with requireRole. */
  caller: Caller;
}
