namespace Kiosk.Companion.Storage;

/// <summary>
/// The few places where SQLite and PostgreSQL disagree. Everything else is written once in SQL
/// both accept (ON CONFLICT upserts, BIGINT/TEXT columns, integer division, named parameters).
/// </summary>
public sealed class SqlDialect
{
    public static readonly SqlDialect Sqlite = new("sqlite");

    public static readonly SqlDialect PostgreSql = new("postgresql");

    private SqlDialect(string name) => Name = name;

    /// <summary>Suffix of a per-dialect migration file ("0002_x.postgresql.sql") that replaces the shared one.</summary>
    public string Name { get; }

    public override string ToString() => Name;
}
