using System;

namespace Kiosk.Protocol.Crypto
{
    /// <summary>
    /// SHA-256 (FIPS 180-4), incremental and reusable. The kiosk hashes every bundle chunk with it
    /// as the chunk arrives, so <see cref="Update"/> allocates nothing and blocks are compressed
    /// straight out of the caller's array whenever they are whole.
    /// </summary>
    public sealed class Sha256
    {
        /// <summary>Length of the digest in bytes.</summary>
        public const int HashSize = 32;

        private const int BlockSize = 64;

        // FIPS 180-4 section 4.2.2: the first 32 bits of the fractional parts of the cube roots of
        // the first 64 primes (generated from that definition, checked by the NIST vectors).
        private static readonly uint[] RoundConstants =
        {
            0x428a2f98U, 0x71374491U, 0xb5c0fbcfU, 0xe9b5dba5U, 0x3956c25bU, 0x59f111f1U, 0x923f82a4U, 0xab1c5ed5U,
            0xd807aa98U, 0x12835b01U, 0x243185beU, 0x550c7dc3U, 0x72be5d74U, 0x80deb1feU, 0x9bdc06a7U, 0xc19bf174U,
            0xe49b69c1U, 0xefbe4786U, 0x0fc19dc6U, 0x240ca1ccU, 0x2de92c6fU, 0x4a7484aaU, 0x5cb0a9dcU, 0x76f988daU,
            0x983e5152U, 0xa831c66dU, 0xb00327c8U, 0xbf597fc7U, 0xc6e00bf3U, 0xd5a79147U, 0x06ca6351U, 0x14292967U,
            0x27b70a85U, 0x2e1b2138U, 0x4d2c6dfcU, 0x53380d13U, 0x650a7354U, 0x766a0abbU, 0x81c2c92eU, 0x92722c85U,
            0xa2bfe8a1U, 0xa81a664bU, 0xc24b8b70U, 0xc76c51a3U, 0xd192e819U, 0xd6990624U, 0xf40e3585U, 0x106aa070U,
            0x19a4c116U, 0x1e376c08U, 0x2748774cU, 0x34b0bcb5U, 0x391c0cb3U, 0x4ed8aa4aU, 0x5b9cca4fU, 0x682e6ff3U,
            0x748f82eeU, 0x78a5636fU, 0x84c87814U, 0x8cc70208U, 0x90befffaU, 0xa4506cebU, 0xbef9a3f7U, 0xc67178f2U,
        };

        // FIPS 180-4 section 5.3.3: fractional parts of the square roots of the first 8 primes.
        private static readonly uint[] InitialState =
        {
            0x6a09e667U, 0xbb67ae85U, 0x3c6ef372U, 0xa54ff53aU, 0x510e527fU, 0x9b05688cU, 0x1f83d9abU, 0x5be0cd19U,
        };

        private readonly uint[] state = new uint[8];
        private readonly uint[] schedule = new uint[64];
        private readonly byte[] pending = new byte[BlockSize];
        private int pendingCount;
        private long totalBytes;

        /// <summary>Creates a hasher ready for the first <see cref="Update"/>.</summary>
        public Sha256()
        {
            Reset();
        }

        /// <summary>Forgets everything hashed so far.</summary>
        public void Reset()
        {
            Array.Copy(InitialState, state, 8);
            pendingCount = 0;
            totalBytes = 0;
        }

        /// <summary>Adds <paramref name="count"/> bytes of <paramref name="data"/> from <paramref name="offset"/>.</summary>
        public void Update(byte[] data, int offset, int count)
        {
            if (data == null)
            {
                throw new ArgumentNullException(nameof(data));
            }

            if (offset < 0 || count < 0 || offset > data.Length - count)
            {
                throw new ArgumentOutOfRangeException(nameof(count));
            }

            totalBytes += count;
            if (pendingCount > 0)
            {
                int take = BlockSize - pendingCount;
                if (take > count)
                {
                    take = count;
                }

                Array.Copy(data, offset, pending, pendingCount, take);
                pendingCount += take;
                offset += take;
                count -= take;
                if (pendingCount < BlockSize)
                {
                    return;
                }

                Compress(pending, 0);
                pendingCount = 0;
            }

            while (count >= BlockSize)
            {
                Compress(data, offset);
                offset += BlockSize;
                count -= BlockSize;
            }

            if (count > 0)
            {
                Array.Copy(data, offset, pending, 0, count);
                pendingCount = count;
            }
        }

        /// <summary>
        /// Writes the 32-byte digest to <paramref name="output"/> at <paramref name="outputOffset"/>
        /// and resets, so the instance can hash the next chunk without a new allocation.
        /// </summary>
        public void Finish(byte[] output, int outputOffset)
        {
            if (output == null)
            {
                throw new ArgumentNullException(nameof(output));
            }

            if (outputOffset < 0 || outputOffset > output.Length - HashSize)
            {
                throw new ArgumentOutOfRangeException(nameof(outputOffset));
            }

            long bitLength = totalBytes << 3;
            pending[pendingCount++] = 0x80;
            if (pendingCount > BlockSize - 8)
            {
                Array.Clear(pending, pendingCount, BlockSize - pendingCount);
                Compress(pending, 0);
                pendingCount = 0;
            }

            Array.Clear(pending, pendingCount, BlockSize - 8 - pendingCount);
            for (int i = 0; i < 8; i++)
            {
                pending[BlockSize - 1 - i] = (byte)(bitLength >> (8 * i));
            }

            Compress(pending, 0);
            for (int i = 0; i < 8; i++)
            {
                uint word = state[i];
                int at = outputOffset + (4 * i);
                output[at] = (byte)(word >> 24);
                output[at + 1] = (byte)(word >> 16);
                output[at + 2] = (byte)(word >> 8);
                output[at + 3] = (byte)word;
            }

            Reset();
        }

        /// <summary>One-shot digest of a whole array.</summary>
        public static byte[] Hash(byte[] data)
        {
            if (data == null)
            {
                throw new ArgumentNullException(nameof(data));
            }

            return Hash(data, 0, data.Length);
        }

        /// <summary>One-shot digest of part of an array.</summary>
        public static byte[] Hash(byte[] data, int offset, int count)
        {
            var hasher = new Sha256();
            hasher.Update(data, offset, count);
            var digest = new byte[HashSize];
            hasher.Finish(digest, 0);
            return digest;
        }

        // The rotations are written inline rather than as a helper: nanoFramework interprets IL and
        // a call costs far more than the shift-or it would wrap.
        private void Compress(byte[] block, int offset)
        {
            uint[] w = schedule;
            for (int t = 0; t < 16; t++)
            {
                int at = offset + (4 * t);
                w[t] = ((uint)block[at] << 24) | ((uint)block[at + 1] << 16) | ((uint)block[at + 2] << 8) | block[at + 3];
            }

            for (int t = 16; t < 64; t++)
            {
                uint x = w[t - 15];
                uint y = w[t - 2];
                uint sigma0 = ((x >> 7) | (x << 25)) ^ ((x >> 18) | (x << 14)) ^ (x >> 3);
                uint sigma1 = ((y >> 17) | (y << 15)) ^ ((y >> 19) | (y << 13)) ^ (y >> 10);
                w[t] = w[t - 16] + sigma0 + w[t - 7] + sigma1;
            }

            uint a = state[0], b = state[1], c = state[2], d = state[3];
            uint e = state[4], f = state[5], g = state[6], h = state[7];
            uint[] k = RoundConstants;
            for (int t = 0; t < 64; t++)
            {
                uint bigSigma1 = ((e >> 6) | (e << 26)) ^ ((e >> 11) | (e << 21)) ^ ((e >> 25) | (e << 7));
                uint choose = (e & f) ^ (~e & g);
                uint t1 = h + bigSigma1 + choose + k[t] + w[t];
                uint bigSigma0 = ((a >> 2) | (a << 30)) ^ ((a >> 13) | (a << 19)) ^ ((a >> 22) | (a << 10));
                uint majority = (a & b) ^ (a & c) ^ (b & c);
                h = g;
                g = f;
                f = e;
                e = d + t1;
                d = c;
                c = b;
                b = a;
                a = t1 + bigSigma0 + majority;
            }

            state[0] += a;
            state[1] += b;
            state[2] += c;
            state[3] += d;
            state[4] += e;
            state[5] += f;
            state[6] += g;
            state[7] += h;
        }
    }
}
