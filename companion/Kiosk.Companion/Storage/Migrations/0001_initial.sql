-- The first schema. Written in SQL that SQLite and PostgreSQL both accept: BIGINT for every
-- number (times are Unix seconds), TEXT for ids, JSON lists and base64 bytes.

CREATE TABLE groups (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    parent_id TEXT NULL REFERENCES groups (id),
    created_at BIGINT NOT NULL
);

CREATE TABLE kiosks (
    id TEXT PRIMARY KEY,
    group_id TEXT NOT NULL REFERENCES groups (id),
    credential_hash TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    last_seen_at BIGINT NULL,
    online BIGINT NOT NULL DEFAULT 0,
    connection_epoch BIGINT NOT NULL DEFAULT 0,
    boot_count BIGINT NOT NULL DEFAULT 0,
    firmware TEXT NULL,
    board_profile TEXT NULL,
    installed_bundles TEXT NULL,
    enabled_modules TEXT NULL,
    default_language TEXT NULL,
    free_storage_bytes BIGINT NULL,
    applied_config_serial BIGINT NOT NULL DEFAULT 0,
    catalog_serial BIGINT NOT NULL DEFAULT 0,
    config_serial BIGINT NOT NULL,
    pin_salt TEXT NOT NULL,
    pin_hash TEXT NOT NULL,
    pin_iterations BIGINT NOT NULL
);

CREATE INDEX ix_kiosks_group ON kiosks (group_id);

-- No foreign key to kiosks: usage counts are anonymous aggregates and outlive a kiosk.
CREATE TABLE report_batches (
    kiosk_id TEXT NOT NULL,
    sequence BIGINT NOT NULL,
    received_at BIGINT NOT NULL,
    dropped_count BIGINT NOT NULL,
    help_truth_percent BIGINT NOT NULL,
    counter_count BIGINT NOT NULL,
    PRIMARY KEY (kiosk_id, sequence)
);

CREATE TABLE usage_counters (
    kiosk_id TEXT NOT NULL,
    sequence BIGINT NOT NULL,
    position BIGINT NOT NULL,
    hour_bucket BIGINT NOT NULL,
    lesson_id TEXT NOT NULL,
    language TEXT NOT NULL,
    audience BIGINT NOT NULL,
    age_band BIGINT NOT NULL,
    event BIGINT NOT NULL,
    question_index BIGINT NOT NULL,
    count BIGINT NOT NULL,
    PRIMARY KEY (kiosk_id, sequence, position),
    FOREIGN KEY (kiosk_id, sequence) REFERENCES report_batches (kiosk_id, sequence)
);

CREATE INDEX ix_usage_counters_hour ON usage_counters (hour_bucket);

CREATE TABLE rejected_messages (
    reason TEXT NOT NULL,
    topic_kind TEXT NOT NULL,
    count BIGINT NOT NULL,
    last_at BIGINT NOT NULL,
    PRIMARY KEY (reason, topic_kind)
);

CREATE TABLE api_tokens (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL
);
