namespace Entente.Dictionaries;

/// <summary>Settings of the <see cref="Recognizer"/>.</summary>
public sealed record RecognizerOptions
{
    /// <summary>Date that dated roles are resolved on when the document has no date; default null = today by <see cref="Clock"/> (UTC).</summary>
    public DateOnly? Today { get; init; }

    /// <summary>Clock used for "today" when neither the document nor <see cref="Today"/> gives a date; default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Whether capitalised words after a capitalised title or agent that no dictionary knows are taken as a name ("Ambassador Alexey Youevich"); default true. Never in headlines, where every word is capitalised.</summary>
    public bool AbsorbUnknownNames { get; init; } = true;

    /// <summary>Most words taken as an unknown name; default 4.</summary>
    public int MaxNameTokens { get; init; } = 4;
}
