namespace Kiosk.Protocol.Crypto
{
    /// <summary>
    /// The arithmetic of one verification, after <see cref="Ed25519"/> has applied the byte-level
    /// rules: decode A, k = SHA-512(R || A || M) mod L, then check encode([S]B - [k]A) == R.
    /// Holds every temporary the loop needs so the loop itself allocates nothing.
    /// </summary>
    internal sealed class Ed25519Verification
    {
        private const int DigitCount = 256;

        private readonly ExtendedPoint publicPoint = new ExtendedPoint();
        private readonly CachedPoint[] publicOddMultiples = new CachedPoint[EdwardsCurve.TableSize];
        private readonly sbyte[] challengeDigits = new sbyte[DigitCount];
        private readonly sbyte[] responseDigits = new sbyte[DigitCount];
        private readonly byte[] digest = new byte[Sha512.HashSize];
        private readonly byte[] challenge = new byte[Scalar25519.Size];
        private readonly byte[] encoded = new byte[32];
        private readonly ProjectivePoint accumulator = new ProjectivePoint();
        private readonly ExtendedPoint addend = new ExtendedPoint();
        private readonly CompletedPoint step = new CompletedPoint();

        internal bool Run(byte[] publicKey, byte[] message, int offset, int count, byte[] signature)
        {
            if (!EdwardsCurve.TryDecode(publicKey, 0, publicPoint, encoded))
            {
                return false; // no curve point has this y
            }

            var hash = new Sha512();
            hash.Update(signature, 0, 32);
            hash.Update(publicKey, 0, 32);
            hash.Update(message, offset, count);
            hash.Finish(digest, 0);
            Scalar25519.ReduceWide(digest, 0, challenge);

            EdwardsCurve.FillOddMultiples(publicPoint, publicOddMultiples);
            MultiplyBaseMinusPublic(signature);
            EdwardsCurve.Encode(accumulator, encoded, 0);

            // Comparing encodings, not points, also rejects an R whose encoding is not canonical:
            // Encode never produces one. Timing does not matter, everything here is public.
            for (int i = 0; i < 32; i++)
            {
                if (encoded[i] != signature[i])
                {
                    return false;
                }
            }

            return true;
        }

        // accumulator = [S]B - [k]A by Straus' method: one shared chain of doublings, with the
        // sliding-window digits of both scalars added in from the two odd-multiple tables.
        private void MultiplyBaseMinusPublic(byte[] signature)
        {
            int highest = Scalar25519.ToSlidingWindow(signature, 32, responseDigits);
            int challengeHighest = Scalar25519.ToSlidingWindow(challenge, 0, challengeDigits);
            if (challengeHighest > highest)
            {
                highest = challengeHighest;
            }

            CachedPoint[] baseMultiples = EdwardsCurve.BaseOddMultiples;
            accumulator.SetIdentity();
            for (int i = highest; i >= 0; i--)
            {
                step.SetDouble(accumulator);

                int digit = challengeDigits[i];
                if (digit > 0)
                {
                    step.ToExtended(addend);
                    step.SetDifference(addend, publicOddMultiples[digit >> 1]);
                }
                else if (digit < 0)
                {
                    step.ToExtended(addend);
                    step.SetSum(addend, publicOddMultiples[(-digit) >> 1]);
                }

                digit = responseDigits[i];
                if (digit > 0)
                {
                    step.ToExtended(addend);
                    step.SetSum(addend, baseMultiples[digit >> 1]);
                }
                else if (digit < 0)
                {
                    step.ToExtended(addend);
                    step.SetDifference(addend, baseMultiples[(-digit) >> 1]);
                }

                step.ToProjective(accumulator);
            }
        }
    }
}
