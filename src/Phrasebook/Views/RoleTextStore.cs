using System.IO.Hashing;
using System.Text;

namespace Phrasebook.Views;

/// <summary>One term's text for one role as a page language shows it, and the Markdown it is rendered from.</summary>
/// <param name="Source">The hash of the Markdown and its language (<see cref="SourceOf"/>): another text is another key.</param>
public readonly record struct RoleTextKey(string Lang, string Role, string Term, UInt128 Source)
{
    public static UInt128 SourceOf(string markdown, string markdownLang)
    {
        var hash = new XxHash128();
        hash.Append(Encoding.UTF8.GetBytes(markdown));
        hash.Append([0]);
        hash.Append(Encoding.UTF8.GetBytes(markdownLang));
        return hash.GetCurrentHashAsUInt128();
    }
}

/// <summary>
/// Role texts as HTML (Markdown rendered, other terms auto-linked), kept from one build to the next. A role's print
/// page shows every term's text for that role, so an edit of one term renders 10,000 texts again at 10,000 terms:
/// about a quarter of the CPU of a check after an edit. The build cache keeps them (<c>BuildCache.RoleTextFile</c>)
/// and knows when one is out of date: the text itself changed (<see cref="RoleTextKey.Source"/>) or a term it links to
/// was edited (the link's tooltip is that term's summary).
/// </summary>
public interface IRoleTextStore
{
    /// <summary>The HTML an earlier build made of <paramref name="key"/>, or null.</summary>
    string? Find(RoleTextKey key);

    /// <summary>This build made <paramref name="html"/> of <paramref name="key"/>, with links to the terms <paramref name="linked"/>.</summary>
    void Add(RoleTextKey key, string html, IReadOnlyCollection<string> linked);
}
