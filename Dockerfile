# Offerbook in server mode, the way README "Running for many users" runs it: install (which builds), then
# `offerbook serve` with accounts, listening on every address behind the reverse proxy in compose.yaml.
# test/deploy/deploy-files.test.ts keeps this file in step with the README, package.json and the server's settings.

FROM node:22-bookworm AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY bin ./bin
COPY scripts ./scripts
COPY src ./src
COPY vite.config.ts tsconfig.json ./
# `npm ci` runs `prepare`, which is `npm run build` (the web app and the server); then the build tools go.
RUN npm ci --no-audit --no-fund && npm prune --omit=dev

FROM node:22-bookworm-slim
ENV NODE_ENV=production \
    OFFERBOOK_MODE=server \
    HOST=0.0.0.0 \
    PORT=4870 \
    OFFERBOOK_DATA_DIR=/data
WORKDIR /app
COPY --from=build /app /app
RUN ln -s /app/bin/offerbook.mjs /usr/local/bin/offerbook && mkdir -p /data && chown node:node /data
USER node
EXPOSE 4870
HEALTHCHECK --interval=30s --timeout=5s CMD ["node", "-e", "fetch('http://127.0.0.1:4870/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["offerbook", "serve"]
