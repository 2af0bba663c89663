namespace Entente.Cli;

/// <summary>The CLI's exit codes (DESIGN.md §3).</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Usage = 1;
    public const int BadInput = 2;
}
