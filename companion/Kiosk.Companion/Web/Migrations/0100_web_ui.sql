-- The web UI's tables. Numbered 0100 so the server's own migrations keep the low numbers.
-- Staff sign in with a user name and a PBKDF2 password hash (ASP.NET Core Identity's format);
-- a teacher belongs to one school group and sees only it.

CREATE TABLE web_users (
    id TEXT PRIMARY KEY,
    user_name TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL,
    group_id TEXT NULL REFERENCES groups (id),
    created_at BIGINT NOT NULL
);

-- The modules a school's teachers enabled; a school without a row uses the deployment default.
CREATE TABLE web_school_modules (
    group_id TEXT PRIMARY KEY REFERENCES groups (id),
    modules TEXT NOT NULL,
    changed_at BIGINT NOT NULL,
    changed_by TEXT NOT NULL
);

-- What staff changed through the web UI, shown in a kiosk's history.
CREATE TABLE web_changes (
    id TEXT PRIMARY KEY,
    group_id TEXT NOT NULL,
    at BIGINT NOT NULL,
    user_name TEXT NOT NULL,
    summary TEXT NOT NULL
);

CREATE INDEX ix_web_changes_group ON web_changes (group_id, at);
