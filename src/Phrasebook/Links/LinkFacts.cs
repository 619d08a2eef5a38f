using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.IO.Hashing;
using System.Text;
using Phrasebook.Engine.Documents;
using Phrasebook.Html;

namespace Phrasebook.Links;

/// <summary>What link checking needs of one page: the ids it has and the URLs it points to.</summary>
/// <remarks>
/// Kept for every page until the whole site is checked, so it is kept small. Ids are only ever asked
/// "is this one here?", and most are never a link's target (an auto-link's tooltip id, one per
/// mention: a million at 10,000 terms), so a page keeps a sorted array of their 64-bit hashes, not
/// strings. URLs repeat across pages (the menu, a term linked from many pages): the same URL is one
/// string, taken from the pool without making a new one.
/// </remarks>
public sealed class LinkFacts
{
    public const string MetadataKey = "links";

    /// <summary>
    /// Set (true) on a page an incremental build did not render: its facts are the last build's, whose link check
    /// passed over the same files. Only its links to a fragment can break now (a page it points into was rendered
    /// anew); the others are not checked again.
    /// </summary>
    public const string CheckedKey = "links.checked";

    /// <summary><paramref name="doc"/> with the last build's <paramref name="facts"/>, marked checked (<see cref="CheckedKey"/>); as it is without facts.</summary>
    public static Document WithCheckedFacts(Document doc, LinkFacts? facts) =>
        facts is null ? doc : doc.With(MetadataKey, facts).With(CheckedKey, true);

    private const int MaxStackChars = 512;
    private static readonly string[] Attributes = ["id", "href", "src"];

    private readonly ulong[] _ids;

    private LinkFacts(ulong[] ids, ImmutableArray<string> urls) => (_ids, Urls) = (ids, urls);

    /// <summary>The page's href and src values, decoded, each once, in the order first met.</summary>
    public ImmutableArray<string> Urls { get; }

    public static LinkFacts Of(ReadOnlySpan<byte> html, ConcurrentDictionary<string, string>? pool = null)
    {
        var ids = new List<ulong>();
        var urls = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        HtmlAttributes.Scan(html, Attributes, (attribute, raw) =>
        {
            if (attribute == 0)
            {
                ids.Add(Hash(raw));
            }
            else if (Url(raw, pool) is var url && seen.Add(url))
            {
                urls.Add(url);
            }
        });

        var sorted = ids.ToArray();
        Array.Sort(sorted);
        var unique = sorted.Length == 0 ? 0 : 1;
        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i] != sorted[unique - 1])
            {
                sorted[unique++] = sorted[i];
            }
        }

        return new(sorted[..unique], [.. urls]);
    }

    /// <summary>The hashes of the page's ids, sorted, each once (for the build cache, which keeps them between builds).</summary>
    public ReadOnlySpan<ulong> IdHashes => _ids;

    /// <summary>Facts kept by the build cache: <paramref name="idHashes"/> as <see cref="IdHashes"/> gave them.</summary>
    public static LinkFacts FromCache(ulong[] idHashes, ImmutableArray<string> urls) => new(idHashes, urls);

    public bool HasId(string id)
    {
        var length = Encoding.UTF8.GetByteCount(id);
        Span<byte> bytes = length <= MaxStackChars ? stackalloc byte[length] : new byte[length];
        Encoding.UTF8.GetBytes(id, bytes);
        return Array.BinarySearch(_ids, XxHash3.HashToUInt64(bytes)) >= 0;
    }

    /// <summary>The hash of an id as the browser reads it: UTF-8 of the decoded value.</summary>
    private static ulong Hash(ReadOnlySpan<byte> raw) =>
        raw.Contains((byte)'&') ? XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(HtmlAttributes.Decode(raw))) : XxHash3.HashToUInt64(raw);

    private static string Url(ReadOnlySpan<byte> raw, ConcurrentDictionary<string, string>? pool)
    {
        if (pool is null || raw.Contains((byte)'&') || raw.Length > MaxStackChars)
        {
            var url = HtmlAttributes.Decode(raw);
            return pool is null ? url : pool.GetOrAdd(url, url);
        }

        // UTF-8 never decodes to more chars than bytes.
        Span<char> chars = stackalloc char[raw.Length];
        var text = chars[..Encoding.UTF8.GetChars(raw, chars)];
        var lookup = pool.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(text, out var pooled))
        {
            return pooled;
        }

        var made = new string(text);
        return pool.GetOrAdd(made, made);
    }
}
