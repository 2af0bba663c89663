namespace Entente.Text;

/// <summary>The abbreviation lists and limits the <see cref="Segmenter"/> compiles; lookups are case-sensitive.</summary>
/// <remarks>
/// Abbreviations are written without their final period. Letter-period runs such as "U.S.", "a.m." and "e.g." are
/// recognised by shape and need no entry; listing them only decides their class. A single capital letter followed by
/// a period is an initial ("J. K. Rowling") and behaves like <see cref="Abbreviations"/>.
/// </remarks>
public sealed record SegmenterOptions
{
    /// <summary>Abbreviations that always lead into a following word and never end a sentence (titles, "vs", "e.g").</summary>
    public IReadOnlyList<string> TitleAbbreviations { get; init; } =
    [
        "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Gen", "Gens", "Lt", "Col", "Maj", "Capt", "Cpt", "Cmdr", "Cdr", "Sgt",
        "Cpl", "Pvt", "Pte", "Adm", "Brig", "Rep", "Reps", "Sen", "Sens", "Gov", "Govs", "Pres", "Rev", "Hon", "Amb",
        "Messrs", "Mme", "Mlle", "Fr", "Supt", "Insp", "Det", "Atty", "Sec", "Dep", "Mt", "Ft", "vs", "v", "e.g", "i.e",
        "cf", "approx", "viz",
    ];

    /// <summary>Abbreviations that may also end a sentence; after one, a sentence ends only before a <see cref="SentenceStarters"/> word.</summary>
    public IReadOnlyList<string> Abbreviations { get; init; } =
    [
        "St", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Tues",
        "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", "No", "Nos", "Nr", "etc", "Inc", "Corp", "Ltd", "Co", "Plc",
        "Jr", "Sr", "Bros", "Dept", "Ave", "Blvd", "Rd", "Sq", "al", "U.S", "U.N", "U.K", "E.U", "U.S.A", "a.m", "p.m",
    ];

    /// <summary>Capitalised words that, after an abbreviation that can end a sentence, show that a new sentence began.</summary>
    public IReadOnlyList<string> SentenceStarters { get; init; } =
    [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its", "Their", "Our", "My", "Your",
        "This", "That", "These", "Those", "There", "Here", "In", "On", "At", "But", "And", "Or", "So", "Yet", "However",
        "Meanwhile", "After", "Before", "When", "While", "As", "If", "Although", "Though", "Since", "Because", "For",
        "With", "Without", "Some", "Many", "Most", "Several", "Both", "All", "Each", "Other", "Others", "Such", "Then",
        "Later", "Earlier", "Last", "Next", "Also", "Still", "Officials", "According", "During", "Under", "Over",
        "Despite", "Following", "Asked", "What", "Who", "Why", "How", "Where", "Which", "No", "Not", "Neither", "Nor",
    ];

    /// <summary>Lower-case words a headline does not end with ("She says six or" is cut off); particles such as "on", "up", "over" are left out ("Talks will go on").</summary>
    public IReadOnlyList<string> HeadlineEndBlockers { get; init; } =
    [
        "a", "an", "the", "and", "or", "but", "nor", "of", "to", "at", "by", "for", "with", "from", "as",
        "into", "onto", "under", "before", "between", "against", "than", "that", "which",
        "who", "whom", "whose", "where", "when", "while", "if", "because", "is", "are", "was", "were", "be", "been",
        "being", "has", "have", "had", "will", "would", "should", "could", "can", "may", "might", "must", "shall",
        "not", "its", "their", "his", "her", "our", "this", "these", "those", "very", "more", "most", "some",
    ];

    /// <summary>A sentence is cut after this many tokens so that one unpunctuated dump cannot stall later stages. Default 400.</summary>
    public int MaxSentenceTokens { get; init; } = 400;

    /// <summary>Most tokens a line without final punctuation may have to be marked <c>IsHeadline</c>. Default 30.</summary>
    public int MaxHeadlineTokens { get; init; } = 30;
}
