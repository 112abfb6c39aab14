-- Content and rollout (docs/rollout.md). Bundle bytes live in the database so several companion
-- instances on one PostgreSQL serve the same chunks; the PostgreSQL twin of this file differs
-- only in the byte column type (this is it).

CREATE TABLE bundles (
    bundle_id TEXT NOT NULL,
    version BIGINT NOT NULL,
    language TEXT NOT NULL,
    profile_id TEXT NOT NULL,
    draft BIGINT NOT NULL,
    size_bytes BIGINT NOT NULL,
    manifest_sha256 TEXT NOT NULL,
    chunk_size BIGINT NOT NULL,
    chunk_count BIGINT NOT NULL,
    source TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    content BYTEA NOT NULL,
    PRIMARY KEY (bundle_id, version)
);

CREATE INDEX ix_bundles_version ON bundles (version);

CREATE TABLE group_catalogs (
    group_id TEXT PRIMARY KEY,
    serial BIGINT NOT NULL,
    release_version BIGINT NULL,
    pinned BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE rollouts (
    id TEXT PRIMARY KEY,
    version BIGINT NOT NULL,
    state TEXT NOT NULL,
    stages TEXT NOT NULL,
    current_stage BIGINT NOT NULL,
    failure_percent BIGINT NOT NULL,
    reason TEXT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE rollout_kiosks (
    rollout_id TEXT NOT NULL REFERENCES rollouts (id),
    kiosk_id TEXT NOT NULL,
    group_id TEXT NOT NULL,
    stage BIGINT NOT NULL,
    state TEXT NOT NULL,
    reason TEXT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (rollout_id, kiosk_id)
);

CREATE INDEX ix_rollout_kiosks_kiosk ON rollout_kiosks (kiosk_id);
