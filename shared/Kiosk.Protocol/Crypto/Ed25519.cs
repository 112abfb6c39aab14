using System;

namespace Kiosk.Protocol.Crypto
{
    /// <summary>
    /// Ed25519 signature verification (RFC 8032 5.1.7) with the same acceptance rules as
    /// libsodium, which the companion signs and verifies with through NSec: a signature is valid
    /// here exactly when it is valid there. docs/crypto.md gives the rules and the reasons.
    /// </summary>
    /// <remarks>
    /// Variable-time by design: everything it handles (keys, messages, signatures) is public.
    /// Each call allocates a fixed working set of a few kilobytes and nothing inside its loops.
    /// </remarks>
    public static class Ed25519
    {
        /// <summary>Length of an encoded public key in bytes.</summary>
        public const int PublicKeySize = 32;

        /// <summary>Length of a signature (R then S) in bytes.</summary>
        public const int SignatureSize = 64;

        /// <summary>Checks <paramref name="signature"/> over the whole of <paramref name="message"/>.</summary>
        public static bool Verify(byte[] publicKey, byte[] message, byte[] signature)
        {
            if (message == null)
            {
                throw new ArgumentNullException(nameof(message));
            }

            return Verify(publicKey, message, 0, message.Length, signature);
        }

        /// <summary>
        /// Checks <paramref name="signature"/> over <paramref name="count"/> bytes of
        /// <paramref name="message"/> from <paramref name="offset"/>. Returns false, never throws,
        /// for any key or signature that is malformed, non-canonical, of small order or simply
        /// wrong. Null arrays throw <see cref="ArgumentNullException"/>, and a range outside the
        /// message throws <see cref="ArgumentOutOfRangeException"/>: those are caller bugs.
        /// </summary>
        public static bool Verify(byte[] publicKey, byte[] message, int offset, int count, byte[] signature)
        {
            if (publicKey == null)
            {
                throw new ArgumentNullException(nameof(publicKey));
            }

            if (message == null)
            {
                throw new ArgumentNullException(nameof(message));
            }

            if (signature == null)
            {
                throw new ArgumentNullException(nameof(signature));
            }

            if (offset < 0 || count < 0 || offset > message.Length - count)
            {
                throw new ArgumentOutOfRangeException(nameof(count));
            }

            if (publicKey.Length != PublicKeySize || signature.Length != SignatureSize)
            {
                return false;
            }

            // The cheap byte-level rules first, in libsodium's order; only then the arithmetic.
            if (!Scalar25519.IsCanonical(signature, 32)
                || SmallOrderEncodings.Contains(signature, 0)
                || !EdwardsCurve.IsCanonicalEncoding(publicKey, 0)
                || SmallOrderEncodings.Contains(publicKey, 0))
            {
                return false;
            }

            return new Ed25519Verification().Run(publicKey, message, offset, count, signature);
        }
    }
}
