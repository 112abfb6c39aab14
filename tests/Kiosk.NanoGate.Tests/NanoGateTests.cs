namespace Kiosk.NanoGate.Tests;

/// <summary>
/// The gate is only worth having if it still rejects what the device lacks. These tests build the
/// real gate project (all shared and firmware-core sources) plus one probe source each.
/// </summary>
public sealed class NanoGateTests
{
    [Fact]
    public void Portable_code_compiles_against_nanoFramework_mscorlib()
    {
        var (exitCode, output) = NanoGateBuild.WithProbe("PortableProbe.cs.txt");

        Assert.True(exitCode == 0, output);
    }

    [Fact]
    public void Generic_list_fails_to_compile()
    {
        var (exitCode, output) = NanoGateBuild.WithProbe("GenericListProbe.cs.txt");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("GenericListProbe.cs", output);
        Assert.Contains("'Generic' does not exist in the namespace 'System.Collections'", output);
    }

    [Fact]
    public void StringBuilder_fails_to_compile()
    {
        var (exitCode, output) = NanoGateBuild.WithProbe("StringBuilderProbe.cs.txt");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("StringBuilderProbe.cs", output);
        Assert.Contains("'Text' does not exist in the namespace 'System'", output);
    }
}
