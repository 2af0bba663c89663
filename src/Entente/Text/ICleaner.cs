using Entente.Model;

namespace Entente.Text;

/// <summary>Finds scraped debris (share buttons, bylines, "scroll to top", related links) without touching article sentences.</summary>
public interface ICleaner
{
    /// <summary>Ranges of <see cref="Document.Text"/> to keep; offsets are never shifted.</summary>
    CleanedText Clean(Document document);
}
