/**
 * The deployment mode (SELENO_ENV=production, docs/deploy.md). The full list of what it refuses is
 * deploymentProblems in @seleno/domain, which the backend's config throws at boot; the launcher
 * only has to stay out of the way: it generates no secrets and starts no embedded PostgreSQL there.
 */
export const isDeploymentMode = (env = process.env) => env.SELENO_ENV === "production"
