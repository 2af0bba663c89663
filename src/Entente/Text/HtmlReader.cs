using System.Runtime.CompilerServices;
using System.Text;
using AngleSharp.Dom;
using Document = Entente.Model.Document;
using AngleSharp.Html.Parser;
using Entente.Model;

namespace Entente.Text;

/// <summary>Reads an HTML page as one document: SmartReader's main-article extraction, AngleSharp paragraphs as fallback.</summary>
/// <remarks>
/// SmartReader is called only as <c>new Reader(url, html).GetArticle()</c>: its two-string <c>ParseArticle</c> overload
/// treats the first argument as an address and fetches it. Paragraphs in the result are separated by blank lines so
/// that the segmenter ends a sentence at every paragraph.
/// </remarks>
public sealed class HtmlReader : IReader
{
    private const string PlaceholderUrl = "https://localhost/";
    private static readonly string[] _debris = ["script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe", "svg"];

    private static readonly string[] _dateSelectors =
    [
        "meta[property='article:published_time']", "meta[name='article:published_time']", "meta[itemprop='datePublished']",
        "meta[name='date']", "meta[name='pubdate']", "meta[name='publish-date']", "meta[property='og:published_time']",
        "meta[name='dc.date']", "meta[name='DC.date.issued']", "article time[datetime]", "time[datetime]",
    ];

    private readonly Action<InputException>? _onRecoverableError;

    /// <summary>Creates the reader; <paramref name="onRecoverableError"/> receives skippable errors (null: they are thrown).</summary>
    public HtmlReader(Action<InputException>? onRecoverableError = null) => _onRecoverableError = onRecoverableError;

    /// <inheritdoc/>
    public async IAsyncEnumerable<Document> Read(Stream stream, SourceInfo source, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(source);
        byte[] bytes = await Utf8Text.ReadAllAsync(stream, cancellationToken).ConfigureAwait(false);
        Document? document = null;
        try
        {
            document = Extract(Decode(bytes, source.Path), source);
        }
        catch (InputException e) when (e.Recoverable && _onRecoverableError is not null)
        {
            _onRecoverableError(e);
        }

        if (document is not null)
        {
            yield return document;
        }
    }

    /// <summary>
    /// Decodes a page as UTF-8; a page that is not valid UTF-8 but declares another charset near its top
    /// ("windows-1252", "iso-8859-1", ...) is decoded with that one instead of being rejected.
    /// </summary>
    internal static string Decode(byte[] bytes, string path)
    {
        try
        {
            return Utf8Text.Decode(bytes, path, 1);
        }
        catch (InputException) when (DeclaredEncoding(bytes) is { } declared)
        {
            return declared.GetString(bytes);
        }
    }

    private static Encoding? DeclaredEncoding(byte[] bytes)
    {
        // The declaration is ASCII in every charset a page can declare it in, so Latin-1 reads it safely.
        string head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        int at = head.IndexOf("charset=", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        int start = at + "charset=".Length;
        while (start < head.Length && head[start] is '"' or '\'' or ' ') start++;
        int end = start;
        while (end < head.Length && (char.IsAsciiLetterOrDigit(head[end]) || head[end] is '-' or '_' or '.' or ':')) end++;
        string name = head[start..end];
        if (name.Length == 0 || name.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || name.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Extracts the article of one page; a page with no text at all is a recoverable error.</summary>
    internal static Document Extract(string html, SourceInfo source)
    {
        string? text = null, title = null;
        DateOnly? date = source.DefaultDate;

        // One parse serves both the date lookup and SmartReader (which then works on the same DOM).
        using var page = new HtmlParser().ParseDocument(html);
        DateOnly? written = PublishedDate(page);
        var article = new SmartReader.Reader(PlaceholderUrl, page) { Debug = false }.GetArticle();
        if (article.IsReadable && !string.IsNullOrWhiteSpace(article.TextContent))
        {
            text = Paragraphs(article.TextContent);
            title = Clean(article.Title);
            if (written is null && article.PublicationDate is { } published && published.Year > 1900)
            {
                written = DateOnly.FromDateTime(published);
            }
        }

        date = written ?? date;

        if (string.IsNullOrWhiteSpace(text))
        {
            (text, string? fallbackTitle) = Fallback(html);
            title ??= fallbackTitle;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InputException(source.Path, null, "no article text found in HTML") { Recoverable = true };
        }

        return new Document(InputFields.IdFromPath(source.Path), date, title, null, null, text);
    }

    /// <summary>The publication date as the page writes it (SmartReader's own value is shifted to UTC, which can move the day).</summary>
    private static DateOnly? PublishedDate(IDocument page)
    {
        foreach (string selector in _dateSelectors)
        {
            var element = page.QuerySelector(selector);
            string? value = element?.GetAttribute("content") ?? element?.GetAttribute("datetime");
            if (value is not null && InputFields.TryParseDate(value, out var date))
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>Plain AngleSharp extraction: drop page furniture, then take the article's (or the page's) paragraphs.</summary>
    internal static (string Text, string? Title) Fallback(string html)
    {
        using var document = new HtmlParser().ParseDocument(html);
        foreach (string tag in _debris)
        {
            foreach (var element in document.QuerySelectorAll(tag).ToArray())
            {
                element.Remove();
            }
        }

        IElement? root = document.QuerySelector("article") ?? document.Body;
        var builder = new StringBuilder();
        if (root is not null)
        {
            var blocks = root.QuerySelectorAll("h1, h2, h3, h4, p, li, blockquote");
            foreach (var block in blocks)
            {
                // A <p> inside a <blockquote> or <li> would otherwise be taken twice.
                if (block.ParentElement?.Closest("p, li, blockquote") is not null)
                {
                    continue;
                }

                AppendParagraph(builder, block.TextContent);
            }

            if (builder.Length == 0)
            {
                AppendParagraphs(builder, root.TextContent);
            }
        }

        return (builder.ToString(), Clean(document.Title));
    }

    /// <summary>Normalises extracted text: one paragraph per non-empty line, spaces collapsed, blank line between.</summary>
    internal static string Paragraphs(string text)
    {
        var builder = new StringBuilder(text.Length);
        AppendParagraphs(builder, text);
        return builder.ToString();
    }

    private static void AppendParagraphs(StringBuilder builder, string text)
    {
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            AppendParagraph(builder, line);
        }
    }

    private static void AppendParagraph(StringBuilder builder, ReadOnlySpan<char> paragraph)
    {
        paragraph = paragraph.Trim();
        if (paragraph.IsEmpty)
        {
            return;
        }

        if (builder.Length > 0)
        {
            builder.Append("\n\n");
        }

        bool space = false;
        foreach (char c in paragraph)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }
    }

    private static string? Clean(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var builder = new StringBuilder(title.Length);
        AppendParagraph(builder, title.Replace('\n', ' '));
        return builder.ToString();
    }
}
