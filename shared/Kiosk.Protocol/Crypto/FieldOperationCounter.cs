namespace Kiosk.Protocol.Crypto
{
    /// <summary>
    /// Test hook behind the device-cost estimate in docs/crypto.md: when <see cref="Enabled"/> is
    /// set, <see cref="Field25519"/> counts the operations it performs. Switched off (always, on a
    /// kiosk) it costs one static load and one branch per field operation, well under 1% of a
    /// multiplication. Not thread-safe: only the single-threaded cost test switches it on.
    /// </summary>
    internal static class FieldOperationCounter
    {
        internal static bool Enabled;
        internal static int Multiplications;
        internal static int Squarings;
        internal static int LinearOperations;

        internal static void Restart()
        {
            Multiplications = 0;
            Squarings = 0;
            LinearOperations = 0;
            Enabled = true;
        }
    }
}
