namespace Kiosk.Companion.Tests.Infrastructure;

public enum StorageKind
{
    Sqlite,
    PostgreSql,
}
