using Entente.Coding;
using Entente.Model;

namespace Entente.Tests.Pipeline;

/// <summary>A stand-in coder that takes longer on some documents (ids "d&lt;n&gt;", every 7th sleeps), so that parallel
/// batches finish out of order; throws on one id if asked.</summary>
internal sealed class JitteryCoder(string? failAt = null) : ICoder
{
    public CodedDocument Code(Document document)
    {
        if (document.Id == failAt) throw new InvalidOperationException("bad document " + document.Id);
        int n = int.Parse(document.Id.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);
        if (n % 7 == 0) Thread.Sleep(2);
        return new CodedDocument(new SegmentedDocument(document, [], []), [], [], []);
    }
}
