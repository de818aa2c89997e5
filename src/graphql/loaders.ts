import DataLoader from "dataloader";
import type { ActorService } from "../actor/actor.service";
import type { Actor } from "../actor/actor.type";
import { factKeyString, type FactKey, type SourceService } from "../source/source.service";
import type { Citation } from "../source/source.type";

export interface LoaderServices {
  actors: ActorService;
  sources: SourceService;
}

/**
 * The batch loaders of one request. Resolvers of a list's items ask a loader for their piece; the loader
 * gathers every key asked in the same tick and runs one query for all of them. A request therefore costs one
 * Cypher round trip per level of nesting, never one per item. Loaders live for one request only, so nothing is
 * cached across requests and a read after a write sees it.
 */
export class Loaders {
  /** Actors by id; null for an unknown id. */
  readonly actor: DataLoader<string, Actor | null>;
  /** The citations (source and quote) of a fact. */
  readonly citations: DataLoader<FactKey, Citation[], string>;
  private readonly byArgs = new Map<string, DataLoader<unknown, unknown>>();

  constructor(services: LoaderServices) {
    this.actor = new DataLoader((ids) => services.actors.findByIds(ids));
    this.citations = new DataLoader((keys) => services.sources.citationsOf(keys), { cacheKeyFn: factKeyString });
  }

  /**
   * A loader for a field that takes arguments (`funders(first: 5, asOf: …)` on each actor of a list). The items of
   * one list share their field's arguments, so keying the loader by field name and arguments batches them into
   * one query, while the same field asked twice with different arguments (aliases) gets its own batch.
   */
  forArgs<K, V>(field: string, args: object, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    const key = `${field}:${JSON.stringify(args)}`;
    let loader = this.byArgs.get(key) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch);
      this.byArgs.set(key, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}
