namespace Entente.Ontology;

/// <summary>GDELT quad classes of CAMEO roots: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.</summary>
public static class QuadClasses
{
    public const int VerbalCooperation = 1;
    public const int MaterialCooperation = 2;
    public const int VerbalConflict = 3;
    public const int MaterialConflict = 4;

    /// <summary>Quad class of a CAMEO root 1..20 (GDELT convention: 01–05, 06–08, 09–13, 14–20); 0 when out of range.</summary>
    public static int OfRoot(int root) => root switch
    {
        >= 1 and <= 5 => VerbalCooperation,
        >= 6 and <= 8 => MaterialCooperation,
        >= 9 and <= 13 => VerbalConflict,
        >= 14 and <= 20 => MaterialConflict,
        _ => 0,
    };

    /// <summary>Quad class of a CAMEO code from its first two digits; 0 when they are not a root 01..20.</summary>
    public static int OfCode(ReadOnlySpan<char> code)
    {
        if (code.Length < 2 || !char.IsAsciiDigit(code[0]) || !char.IsAsciiDigit(code[1]))
        {
            return 0;
        }

        return OfRoot(((code[0] - '0') * 10) + (code[1] - '0'));
    }

    /// <summary>Readable name of a quad class ("verbal cooperation"), or "unknown".</summary>
    public static string Name(int quadClass) => quadClass switch
    {
        VerbalCooperation => "verbal cooperation",
        MaterialCooperation => "material cooperation",
        VerbalConflict => "verbal conflict",
        MaterialConflict => "material conflict",
        _ => "unknown",
    };
}
