namespace Entente.Text;

/// <summary>The keyword lists and limits the <see cref="Cleaner"/> compiles; all matching is case-insensitive on whole lines.</summary>
/// <remarks>
/// Lines are compared after lower-casing, collapsing spaces, mapping curly quotes to straight ones and trimming
/// edge punctuation and bullets ("» Share this post |" compares as "share this post"). Prefixes must end on a word
/// boundary, so "subscribe to our" does not match "subscribers to our".
/// </remarks>
public sealed record CleanerOptions
{
    /// <summary>Whole lines that are share or social buttons.</summary>
    public IReadOnlyList<string> SocialLines { get; init; } =
    [
        "share", "shares", "share this", "share this post", "share this article", "share this story", "share this page",
        "share article", "share story", "share post", "share on facebook", "share on twitter", "share on x",
        "share on whatsapp", "share on linkedin", "share via email", "share via", "tweet", "tweet this", "like", "likes",
        "email", "e-mail", "print", "pin", "pin it", "save", "whatsapp", "facebook", "twitter", "linkedin", "telegram",
        "reddit", "copy link", "copy url", "link copied", "follow", "follow us", "subscribe", "reply", "retweet",
    ];

    /// <summary>Line beginnings of share, follow and subscribe prompts.</summary>
    public IReadOnlyList<string> SocialPrefixes { get; init; } =
    [
        "share on", "share this", "share via", "follow us", "follow on", "follow @", "like us on", "join us on",
        "find us on", "connect with us", "subscribe to our", "subscribe to the", "subscribe now", "subscribe for",
    ];

    /// <summary>Whole lines that are page navigation or widgets.</summary>
    public IReadOnlyList<string> NavigationLines { get; init; } =
    [
        "scroll to top", "back to top", "go to top", "top", "skip to content", "skip to main content", "skip navigation",
        "menu", "main menu", "search", "home", "next", "previous", "prev", "next article", "previous article",
        "next story", "previous story", "next post", "previous post", "comments", "comment", "leave a comment",
        "leave a reply", "add comment", "show comments", "view comments", "load more", "show more", "see more",
        "continue reading", "read full article", "read full story", "loading", "close", "open", "toggle navigation",
        "sign in", "log in", "login", "register", "log out", "tags", "topics", "categories", "latest", "trending",
    ];

    /// <summary>Whole lines that mark advertising.</summary>
    public IReadOnlyList<string> AdvertisementLines { get; init; } =
    [
        "advertisement", "advertisements", "advertising", "advert", "ad", "ads", "sponsored", "sponsored content",
        "promoted", "promoted content", "paid content", "story continues below advertisement",
        "article continues below advertisement", "continue reading below", "story continues below",
        "article continues below", "advertisement - scroll to continue", "advertisement scroll to continue",
    ];

    /// <summary>Line beginnings of calls to action (newsletters, apps, "click here").</summary>
    public IReadOnlyList<string> CallToActionPrefixes { get; init; } =
    [
        "click here", "tap here", "sign up for", "sign up to", "sign up now", "sign up here", "get our newsletter",
        "get the newsletter", "our newsletter", "newsletter sign up", "newsletter signup", "download our app",
        "download the app", "get the app", "join our", "become a member", "support our journalism", "donate",
        "to read more", "for more news", "for the latest news", "want to read more",
    ];

    /// <summary>Line beginnings of photo, video and reporting credits.</summary>
    public IReadOnlyList<string> CreditPrefixes { get; init; } =
    [
        "photo:", "photo by", "photos:", "photos by", "photo credit", "photograph:", "photograph by", "photographs:",
        "file photo", "file image", "image:", "image by", "image credit", "images:", "picture:", "pictures:",
        "pic:", "credit:", "credits:", "illustration:", "illustration by", "video:", "watch:", "listen:", "caption:",
        "getty images", "afp photo", "ap photo", "reuters photo", "epa photo", "reporting by", "additional reporting by",
        "editing by", "writing by", "compiled by", "edited by", "written by", "posted by", "story by", "words by",
        "reported by", "image caption", "image source", "media caption", "photo caption", "picture caption", "video caption",
    ];

    /// <summary>Phrases inside a short line that mark it as a photo or agency credit ("(NAME/AFP/Getty Images)").</summary>
    public IReadOnlyList<string> CreditMarkers { get; init; } =
    [
        "getty images", "/afp", "afp/", "/reuters", "reuters/", "/ap)", "/ap/", "/epa", "epa/", "shutterstock",
        "photo credit", "photo courtesy", "courtesy photo", "file photo", "/anadolu", "via getty",
    ];

    /// <summary>Line beginnings of cookie and consent notices; these are removed however long the notice is.</summary>
    public IReadOnlyList<string> CookiePrefixes { get; init; } =
    [
        "we use cookies", "this site uses cookies", "this website uses cookies", "our site uses cookies",
        "our website uses cookies", "by continuing to use this", "by using this site", "by using this website",
        "by using our site", "by using our website", "accept cookies", "accept all cookies", "cookie policy",
        "cookie settings", "cookie preferences", "manage cookies", "manage consent", "manage preferences",
    ];

    /// <summary>Whole lines that are consent buttons.</summary>
    public IReadOnlyList<string> ConsentLines { get; init; } =
    [
        "accept", "accept all", "reject", "reject all", "i accept", "i agree", "agree", "got it", "ok", "okay", "dismiss",
        "allow all", "allow cookies", "necessary only", "privacy policy", "terms of use", "terms and conditions",
    ];

    /// <summary>
    /// Line beginnings of copyright notices. A notice is removed whatever its punctuation when the marker is followed
    /// by "©", "(c)" or a year ("Copyright 2016 ..."); otherwise only when the line is short and unpunctuated, so that
    /// "Copyright law was changed." stays.
    /// </summary>
    public IReadOnlyList<string> CopyrightPrefixes { get; init; } = ["©", "(c)", "copyright", "copr."];

    /// <summary>Phrases that mark a short line as a copyright notice wherever they occur.</summary>
    public IReadOnlyList<string> CopyrightPhrases { get; init; } = ["all rights reserved", "all right reserved"];

    /// <summary>Whole lines that announce a list of links to other stories; the short lines after them go too.</summary>
    public IReadOnlyList<string> RelatedHeaders { get; init; } =
    [
        "related", "related articles", "related article", "related stories", "related story", "related news",
        "related posts", "related content", "related coverage", "related topics", "related links", "read more",
        "read also", "also read", "more stories", "more news", "more from", "more on this", "more on this story",
        "more on this topic", "you may also like", "you might also like", "you may like", "recommended",
        "recommended for you", "recommended stories", "most read", "most popular", "most viewed", "popular",
        "popular stories", "latest news", "latest stories", "see also", "top stories", "editor's picks", "don't miss",
        "in other news", "what to read next", "further reading",
    ];

    /// <summary>Line beginnings of a single related link ("Read more: ...").</summary>
    public IReadOnlyList<string> RelatedPrefixes { get; init; } =
    [
        "read more:", "read also:", "also read:", "related:", "see also:", "more:", "read:", "recommended:", "watch more:",
        "related articles:", "related article:", "related stories:", "related story:", "related news:",
        "related coverage:", "related content:", "related reading:", "more on this:", "more on this story:",
        "read more about", "read more at", "read more here", "read the full", "click to read",
    ];

    /// <summary>Words that may appear in a lone date or time line besides numbers ("Updated 10:32 GMT").</summary>
    public IReadOnlyList<string> TimestampWords { get; init; } =
    [
        "updated", "published", "posted", "modified", "last", "first", "on", "at", "am", "pm", "a.m", "p.m", "gmt",
        "utc", "bst", "cet", "cest", "est", "edt", "cst", "cdt", "pst", "pdt", "ist", "pkt", "jst", "msk", "ast",
        "ago", "hour", "hours", "hr", "hrs", "minute", "minutes", "min", "mins", "day", "days", "week", "weeks",
        "today", "yesterday", "just", "now", "date", "time", "of", "st", "nd", "rd", "th",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ];

    /// <summary>Lower-case words a byline may hold besides capitalised names ("By Staff Reporter", "By our correspondent").</summary>
    public IReadOnlyList<string> BylineWords { get; init; } =
    [
        "and", "&", "staff", "reporter", "reporters", "correspondent", "correspondents", "our", "special", "writer",
        "writers", "news", "desk", "agencies", "agency", "team", "bureau", "editor", "editors", "editorial", "board",
        "in", "for", "the", "of", "de", "da", "van", "von", "der", "al", "el", "bin", "ibn", "le", "la", "du", "with",
        "political", "diplomatic", "foreign", "senior", "chief", "web", "online", "report", "monitoring", "wire",
    ];

    /// <summary>Words that must not be exceeded by a line removed for a keyword prefix or as a byline. Default 14.</summary>
    public int MaxDebrisWords { get; init; } = 14;

    /// <summary>
    /// Most words a line without final punctuation may have to be removed for a share, call-to-action, credit or
    /// related-link prefix (wire credits and "click here" prompts run long). Default 32.
    /// </summary>
    public int MaxPromptWords { get; init; } = 32;

    /// <summary>Most words a line after a related-links header may have to be taken as a link. Default 16.</summary>
    public int MaxRelatedLinkWords { get; init; } = 16;

    /// <summary>Most links removed after one related-links header. Default 12.</summary>
    public int MaxRelatedLinks { get; init; } = 12;

    /// <summary>
    /// A line with at least this many words that ends in sentence punctuation is article prose and is never
    /// removed by any rule except the cookie-notice prefixes. Default 10.
    /// </summary>
    public int ProtectedSentenceWords { get; init; } = 10;

    /// <summary>Lines longer than this many characters are only checked for cookie notices. Default 400.</summary>
    public int MaxDebrisChars { get; init; } = 400;
}
