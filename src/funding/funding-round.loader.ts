import type DataLoader from "dataloader";
import type { Loaders } from "../graphql/loaders";
import type { FundingService } from "./funding.service";
import type { FundingRoundRow } from "./funding-round.type";

/** The request's loader of funding rounds by id: every round asked in one tick is read in one query. */
export function roundLoader(loaders: Loaders, funding: FundingService): DataLoader<string, FundingRoundRow | null> {
  return loaders.forArgs<string, FundingRoundRow | null>("FundingRound.byId", {}, (ids) => funding.roundsByIds(ids));
}
