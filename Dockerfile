# Vigil in a container: Node 24 LTS, production dependencies only, run as the unprivileged
# `node` user. Build: docker build -t vigil .   Run: see compose.yaml (or deploy/ for systemd).

# Stage 1: install production dependencies. better-sqlite3 ships prebuilt binaries for Node 24;
# the compiler is here only so an unusual platform can still build it from source.
FROM node:24-bookworm-slim AS deps
WORKDIR /app
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force

# Stage 2: the bundle bin/vigil.js runs (scripts/build.js, rolldown: a development dependency,
# so installed here and not in the runtime). The runtime copies the same sources from the same
# context, so the bundle's stamp (names, sizes and times of the sources) still matches there;
# should it not, bin/vigil.js runs the sources as they are, only slower to start.
FROM node:24-bookworm-slim AS bundle
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY scripts ./scripts
COPY src ./src
RUN node scripts/build.js

# Stage 3: the runtime, with no compiler and no development dependency.
FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    VIGIL_CONFIG=/app/config/vigil.yaml \
    VIGIL_DB=/app/data/vigil.db \
    LOG_LEVEL=info
WORKDIR /app
COPY --from=deps --chown=root:root /app/node_modules ./node_modules
COPY --chown=root:root package.json ./
COPY --chown=root:root bin ./bin
COPY --chown=root:root scripts ./scripts
COPY --chown=root:root src ./src
COPY --from=bundle --chown=root:root /app/dist ./dist
COPY --chown=root:root examples ./examples
# The code stays root-owned and read-only to the process; only data/ (SQLite file, Q&A gaps) is
# writable. Mount the workspace file at /app/config/vigil.yaml (read-only is fine).
RUN mkdir -p /app/data /app/config && chown node:node /app/data
USER node
VOLUME ["/app/data"]
EXPOSE 3000
# Liveness: the process answers /healthz. (Readiness, /readyz, is for a load balancer.)
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# No npm in between: signals (SIGTERM from `docker stop`) reach Vigil, which stops cleanly.
CMD ["node", "bin/vigil.js", "start"]
