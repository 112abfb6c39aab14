using System.Runtime.CompilerServices;

// The crypto tests check the field, scalar and point layers directly against BigInteger, and the
// device-cost test reads FieldOperationCounter.
[assembly: InternalsVisibleTo("Kiosk.Protocol.Tests")]
