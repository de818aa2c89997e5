import { removeScratchRoot } from "./scratch-dir";

/** The unit project's global teardown: removes the run's scratch folder. */
export default function scratchTeardown(): void {
  removeScratchRoot();
}
