using System.CommandLine;
using Entente.Store;

namespace Entente.Cli.Store;

/// <summary>The event filter options of `entente query` and `entente export` (--actor --source --target --country --sector --code --quad --modality --from --to --text).</summary>
internal sealed class FilterOptions
{
    private readonly Option<string?> _actor = new("--actor") { Description = "Actor key or code as source or target (PAK, NATO, PAKMIL)." };
    private readonly Option<string?> _source = new("--source") { Description = "Actor key or code as source only." };
    private readonly Option<string?> _target = new("--target") { Description = "Actor key or code as target only." };
    private readonly Option<string?> _country = new("--country") { Description = "ISO alpha-3 country of source or target." };
    private readonly Option<string?> _sector = new("--sector") { Description = "Sector of source or target (GOV, MIL ...)." };
    private readonly Option<string?> _code = new("--code") { Description = "CAMEO code prefix: a root (04) or a code (043)." };
    private readonly Option<int?> _quad = new("--quad")
    {
        Description = "Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.",
        CustomParser = r =>
        {
            var raw = r.Tokens.Count > 0 ? r.Tokens[0].Value : "";
            if (raw is ['1' or '2' or '3' or '4'])
            {
                return raw[0] - '0';
            }

            r.AddError($"--quad must be 1, 2, 3 or 4, got '{raw}'");
            return null;
        },
    };
    private readonly Option<string?> _modality = new("--modality") { Description = "asserted, negated, future or hypothetical." };
    private readonly Option<DateOnly?> _from = StoreOptions.From();
    private readonly Option<DateOnly?> _to = StoreOptions.To();
    private readonly Option<string?> _text = new("--text") { Description = "Text the event's sentence or trigger contains (case-insensitive)." };

    public FilterOptions()
    {
        _modality.AcceptOnlyFromAmong("asserted", "negated", "future", "hypothetical");
        _code.Validators.Add(r =>
        {
            var code = r.GetValueOrDefault<string?>();
            if (code is not null && (code.Length == 0 || !code.All(char.IsAsciiDigit)))
            {
                r.AddError($"--code must be CAMEO digits (04, 043), got '{code}'");
            }
        });
    }

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(_actor);
        command.Options.Add(_source);
        command.Options.Add(_target);
        command.Options.Add(_country);
        command.Options.Add(_sector);
        command.Options.Add(_code);
        command.Options.Add(_quad);
        command.Options.Add(_modality);
        command.Options.Add(_from);
        command.Options.Add(_to);
        command.Options.Add(_text);
    }

    /// <summary>The filter, or a usage error (exit 1) when --from is after --to.</summary>
    public EventFilter? Build(ParseResult parse, out int exitCode)
    {
        ArgumentNullException.ThrowIfNull(parse);
        exitCode = ExitCodes.Ok;
        if (StoreOptions.RangeError(parse.GetValue(_from), parse.GetValue(_to)) is { } error)
        {
            exitCode = StoreOptions.Usage(error);
            return null;
        }

        return new EventFilter
        {
            Actor = Upper(parse.GetValue(_actor)),
            Source = Upper(parse.GetValue(_source)),
            Target = Upper(parse.GetValue(_target)),
            Country = Upper(parse.GetValue(_country)),
            Sector = Upper(parse.GetValue(_sector)),
            Code = parse.GetValue(_code),
            Quad = parse.GetValue(_quad),
            Modality = parse.GetValue(_modality) is { } m ? StoreNames.ParseModality(m) : null,
            From = parse.GetValue(_from),
            To = parse.GetValue(_to),
            Text = string.IsNullOrEmpty(parse.GetValue(_text)) ? null : parse.GetValue(_text),
        };
    }

    // Codes are stored upper-case; "pak" on the command line means PAK.
    private static string? Upper(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().ToUpperInvariant();
}
