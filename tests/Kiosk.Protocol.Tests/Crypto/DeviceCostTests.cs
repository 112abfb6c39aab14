using System.Diagnostics;
using System.Reflection;
using System.Reflection.Emit;
using Kiosk.Protocol.Crypto;
using Xunit.Abstractions;

namespace Kiosk.Protocol.Tests.Crypto;

/// <summary>
/// The measured half of the device-cost estimate in docs/crypto.md: how many field operations
/// one verification performs, and how many IL instructions each of them executes. The other half
/// (IL instructions per second on the device) is an assumption the document states.
/// </summary>
[Collection(nameof(FieldOperationCounterCollection))]
public sealed class DeviceCostTests(ITestOutputHelper output)
{
    private const BindingFlags Internal = BindingFlags.NonPublic | BindingFlags.Static;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (OpCode)field.GetValue(null)!)
        .ToDictionary(opCode => opCode.Value);

    [Fact]
    public void OneVerificationPerformsTheDocumentedFieldOperations()
    {
        var vector = Rfc8032Vector.All[3]; // TEST 1024: a realistic 1 KB signed message
        byte[] key = vector.PublicKeyBytes, message = vector.MessageBytes, signature = vector.SignatureBytes;
        Assert.True(Ed25519.Verify(key, message, signature)); // also builds the static base table

        FieldOperationCounter.Restart();
        bool verified;
        try
        {
            verified = Ed25519.Verify(key, message, signature);
        }
        finally
        {
            FieldOperationCounter.Enabled = false;
        }

        int multiplications = FieldOperationCounter.Multiplications;
        int squarings = FieldOperationCounter.Squarings;
        int linear = FieldOperationCounter.LinearOperations;

        long before = GC.GetAllocatedBytesForCurrentThread();
        Ed25519.Verify(key, message, signature);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        int carry = Instructions("Carry");
        int multiply = Instructions("Multiply") + carry;
        int square = Instructions("Square") + carry;
        int add = Instructions("Add");
        int subtract = Instructions("Subtract");
        long fieldInstructions = ((long)multiplications * multiply) + ((long)squarings * square) + ((long)linear * Math.Max(add, subtract));

        output.WriteLine($"IL counted from a {(IsOptimized() ? "Release" : "Debug")} build, nop excluded");
        output.WriteLine($"multiplications {multiplications} x {multiply} IL");
        output.WriteLine($"squarings       {squarings} x {square} IL");
        output.WriteLine($"add/subtract    {linear} x {Math.Max(add, subtract)} IL");
        output.WriteLine($"field layer     {fieldInstructions} IL instructions");
        output.WriteLine($"allocated on .NET per verification: {allocated} bytes");

        Assert.True(verified);

        // docs/crypto.md quotes these; the ranges say "the algorithm did not change shape".
        Assert.InRange(multiplications, 1_200, 2_000);
        Assert.InRange(squarings, 1_400, 1_700);
        Assert.InRange(multiply, 400, 1_000);
        Assert.InRange(square, 300, 800);
        Assert.InRange(allocated, 1, 32 * 1024);
    }

    [Fact]
    public void ShaCompressionInstructionsPerBlock()
    {
        // Loop trip counts of FIPS 180-4: load 16 words, expand the rest, run the rounds.
        long sha256 = ExecutedInstructions(typeof(Sha256), "Compress", [16, 48, 64]);
        long sha512 = ExecutedInstructions(typeof(Sha512), "Compress", [16, 64, 80]);
        output.WriteLine($"SHA-256: {sha256} IL per 64-byte block, {sha256 / 64.0:F0} per byte");
        output.WriteLine($"SHA-512: {sha512} IL per 128-byte block, {sha512 / 128.0:F0} per byte");

        Assert.InRange(sha256, 5_000, 20_000);
        Assert.InRange(sha512, 7_000, 30_000);
    }

    [Fact]
    public void CounterIsOffUnlessSwitchedOn()
    {
        Assert.False(FieldOperationCounter.Enabled);
        int before = FieldOperationCounter.Multiplications;
        Ed25519.Verify(Rfc8032Vector.All[0].PublicKeyBytes, [], Rfc8032Vector.All[0].SignatureBytes);
        Assert.Equal(before, FieldOperationCounter.Multiplications);
    }

    private static bool IsOptimized() =>
        typeof(Ed25519).Assembly.GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled != true;

    // Executed IL of a branch-free Field25519 routine: its static instruction count, leaving out
    // the counter increment that a kiosk, with counting off, skips.
    private static int Instructions(string name)
    {
        var instructions = Decode(typeof(Field25519).GetMethod(name, Internal)!);
        bool counts = instructions.Any(instruction => instruction.OpCode == OpCodes.Stsfld);
        return instructions.Count - (counts ? 4 : 0); // ldsfld, ldc.i4.1, add, stsfld of "Counter++"
    }

    // Executed IL of a method whose loops are simple "for" loops with known trip counts, in order:
    // each backward branch closes a loop whose instructions (body, increment and test) run once
    // per trip; everything outside the loops runs once.
    private static long ExecutedInstructions(Type type, string name, int[] trips)
    {
        var instructions = Decode(type.GetMethod(name, BindingFlags.NonPublic | BindingFlags.Instance)!);
        var loops = instructions
            .Where(instruction => instruction.Target >= 0 && instruction.Target < instruction.Offset)
            .Select(branch => (Start: branch.Target, End: branch.Offset))
            .ToList();
        Assert.Equal(trips.Length, loops.Count);

        long executed = 0;
        foreach (var instruction in instructions)
        {
            int loop = loops.FindIndex(range => instruction.Offset >= range.Start && instruction.Offset <= range.End);
            executed += loop < 0 ? 1 : trips[loop];
        }

        return executed;
    }

    // The method's IL as (offset, opcode, branch target or -1), without nop (Debug builds only).
    private static List<(int Offset, OpCode OpCode, int Target)> Decode(MethodInfo method)
    {
        byte[] il = method.GetMethodBody()!.GetILAsByteArray()!;
        var instructions = new List<(int, OpCode, int)>();
        for (int at = 0; at < il.Length;)
        {
            int offset = at;
            OpCode opCode = il[at] == 0xfe
                ? OpCodesByValue[unchecked((short)(0xfe00 | il[at + 1]))]
                : OpCodesByValue[il[at]];
            at += opCode.Size;
            int operandSize = OperandSize(opCode, il, at);
            int target = opCode.OperandType switch
            {
                OperandType.ShortInlineBrTarget => at + 1 + (sbyte)il[at],
                OperandType.InlineBrTarget => at + 4 + BitConverter.ToInt32(il, at),
                _ => -1,
            };
            at += operandSize;
            if (opCode != OpCodes.Nop)
            {
                instructions.Add((offset, opCode, target));
            }
        }

        return instructions;
    }

    private static int OperandSize(OpCode opCode, byte[] il, int at) => opCode.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
        _ => 4,
    };
}
