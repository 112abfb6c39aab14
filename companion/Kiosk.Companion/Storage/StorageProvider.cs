namespace Kiosk.Companion.Storage;

/// <summary>Which database holds the companion's state.</summary>
public enum StorageProvider
{
    Sqlite,
    PostgreSql,
}
