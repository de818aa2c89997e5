// Sets an actor's aliases and the search text and keys computed from its names (src/actor/lucene-query.ts
// actorSearchFields), as a merge leaves them: the removed actor's name and aliases become the kept one's aliases.
// Parameters: {id: "openai", aliases: ["Open AI"], aliasLanguages: ["en"], searchText: "OpenAI\nOpen AI",
//   searchKeys: ["openai"]}
MATCH (a:Actor {id: $id})
SET a.aliases = $aliases, a.aliasLanguages = $aliasLanguages, a.searchText = $searchText, a.searchKeys = $searchKeys
