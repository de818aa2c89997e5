# The API image for docker-compose.yml. It talks to the Neo4j service named by NEO4J_URI, so it needs no Java.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
# `npm run build` compiles what tsconfig.build.json includes (src/ and tools/neo4j-local/, not test/ or bench/);
# it extends tsconfig.json.
COPY tsconfig.json tsconfig.build.json README.md ./
# The build finds the project root by cypher/ beside package.json (the playground's examples are read then).
COPY cypher ./cypher
COPY src ./src
COPY web ./web
COPY tools/neo4j-local ./tools/neo4j-local
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production PORT=4000
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY cypher ./cypher
COPY schema ./schema
COPY seeds ./seeds
EXPOSE 4000
USER node
CMD ["node", "dist/src/index.js"]
