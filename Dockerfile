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

# Stage 2: the runtime. Node runs the TypeScript sources as they are (type stripping), so there
# is no build step and no compiler in this image.
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
COPY --chown=root:root src ./src
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
