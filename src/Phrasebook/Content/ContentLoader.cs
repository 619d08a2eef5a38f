using System.Collections.Concurrent;
using System.Collections.Immutable;
using Phrasebook.Content.Files;
using Phrasebook.Content.Index;
using Phrasebook.Content.Model;
using Phrasebook.Content.Reading;
using Phrasebook.Content.Validation;
using Phrasebook.Content.Yaml;
using Phrasebook.Diagnostics;
using Phrasebook.Engine.Diagnostics;
using Phrasebook.Industries.Reading;
using Phrasebook.Readability;
using Phrasebook.Roles.Reading;

namespace Phrasebook.Content;

/// <summary>
/// Reads statiq.json and input/ into the typed <see cref="SiteContent"/>: files are read and parsed in
/// parallel, then the whole model is validated once. Returns null when there are errors (all reported).
/// </summary>
public static class ContentLoader
{
    public const string InputFolder = "input";

    /// <param name="cache">Term files read by an earlier load; only changed files are read again.</param>
    public static SiteContent? Load(string root, DiagnosticBag diagnostics, int maxParallelism, TermFileCache? cache = null) =>
        LoadIndexed(root, diagnostics, maxParallelism, cache)?.Content;

    /// <summary>As <see cref="Load"/>, with the lookups validation made over the content, for the build to keep.</summary>
    public static SiteIndex? LoadIndexed(string root, DiagnosticBag diagnostics, int maxParallelism, TermFileCache? cache = null)
    {
        var site = Read(root, diagnostics, maxParallelism, cache);
        return diagnostics.HasErrors ? null : site;
    }

    /// <summary>
    /// Reads and validates like <see cref="LoadIndexed"/>, but returns the model also when the content has errors
    /// (null only without settings or input/), so checks of the built pages can still run beside them.
    /// </summary>
    public static SiteIndex? Read(string root, DiagnosticBag diagnostics, int maxParallelism, TermFileCache? cache = null)
    {
        try
        {
            return ReadOnce(root, diagnostics, maxParallelism, cache);
        }
        finally
        {
            cache?.EndLoad();
        }
    }

    private static SiteIndex? ReadOnce(string root, DiagnosticBag diagnostics, int maxParallelism, TermFileCache? cache)
    {
        var settings = SettingsReader.Read(root, diagnostics);
        if (settings is null)
        {
            return null;
        }

        var input = Path.Combine(root, InputFolder);
        if (!Directory.Exists(input))
        {
            diagnostics.Error(Codes.MissingInput, new SourceLocation(InputFolder), $"There is no {InputFolder}/ folder next to {SettingsReader.FileName}.", "create input/ with roles.yml and industries/");
            return null;
        }

        var fields = new FieldReader(diagnostics, settings.Languages);
        var files = cache?.Scan(root, input, settings.Languages, diagnostics) ?? InputFiles.Scan(root, input, settings.Languages, diagnostics);

        // For this read only: the preview loads again after a change, when a folder may have become a link.
        var folders = new SiteFiles.FolderPaths();
        var roles = files.Roles is { } rolesPath ? new RoleReader(fields).Read(ParseYaml(root, rolesPath, diagnostics, folders), rolesPath) : [];
        var industries = files.Industries
            .Select(i => new IndustryReader(fields).Read(ParseYaml(root, i.Path, diagnostics, folders), i.Folder, i.Path))
            .OfType<Industry>()
            .ToImmutableArray();

        var termReader = new TermReader(fields);
        var terms = new ConcurrentBag<(int Order, ImmutableArray<Term> Terms)>();
        cache?.BeginLoad(files.TermFiles.Select(f => f.Path));
        Parallel.For(0, files.TermFiles.Length, new ParallelOptions { MaxDegreeOfParallelism = maxParallelism }, i =>
        {
            var (path, industryFolder) = files.TermFiles[i];
            var industry = industries.FirstOrDefault(x => x.Folder == industryFolder)?.Id ?? industryFolder;
            terms.Add((i, cache is null
                ? ReadTerms(termReader, root, path, industry, settings.LixThreshold, diagnostics, folders)
                : cache.GetOrRead(root, path, industry, settings.Languages, settings.LixThreshold, diagnostics, own => ReadTerms(new TermReader(new FieldReader(own, settings.Languages)), root, path, industry, settings.LixThreshold, own, folders))));
        });

        var mdReader = new MarkdownSourceReader(fields, diagnostics);
        var content = new SiteContent(
            settings,
            roles,
            industries,
            [.. terms.OrderBy(t => t.Order).SelectMany(t => t.Terms)],
            ReadMarkdown(root, files.Processes, mdReader, isProcess: true, diagnostics, folders),
            ReadMarkdown(root, files.Pages, mdReader, isProcess: false, diagnostics, folders),
            files.Assets);

        var site = new SiteIndex(content);
        ContentValidator.Validate(site, diagnostics, Unread(root, files, content, diagnostics), maxParallelism);
        return site;
    }

    /// <summary>The files that gave errors and nothing read: what they define is not reported missing elsewhere.</summary>
    private static UnreadContent Unread(string root, InputFiles files, SiteContent content, DiagnosticBag diagnostics)
    {
        if (!diagnostics.HasErrors)
        {
            return UnreadContent.None;
        }

        var failed = diagnostics.SortedErrors().Select(d => d.Location.Path).ToHashSet(StringComparer.Ordinal);
        var read = content.Terms.Select(t => t.SourcePath).ToHashSet(StringComparer.Ordinal);
        var readIds = content.Terms.Where(t => failed.Contains(t.SourcePath)).ToLookup(t => t.SourcePath, t => t.Id, StringComparer.Ordinal);
        var processes = content.Processes.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var dropped = DroppedTerms.Scan(root, files.TermFiles.Where(f => failed.Contains(f.Path)).Select(f => (f.Path, (IReadOnlySet<string>)readIds[f.Path].ToHashSet(StringComparer.Ordinal))));
        var unread = UnreadContent.Scan(
            root,
            files.TermFiles.Select(f => f.Path).Where(p => failed.Contains(p) && !read.Contains(p)),
            files.Roles is { } roles && failed.Contains(roles) && content.Roles.IsEmpty ? roles : null,
            files.Industries.Where(i => failed.Contains(i.Path) && !content.Industries.Any(x => x.Folder == i.Folder)).Select(i => i.Folder),
            files.Processes.Where(f => failed.Contains(f.Path) && !processes.Contains(f.Id)).Select(f => f.Id));
        return unread with { DroppedTerms = dropped };
    }

    // Readability is measured with the file it is read from, so a cache of term files keeps the
    // scores of the files that did not change.
    private static ImmutableArray<Term> ReadTerms(TermReader reader, string root, string path, string industry, int lixThreshold, DiagnosticBag diagnostics, SiteFiles.FolderPaths folders)
    {
        ImmutableArray<Term> terms = ParseYaml(root, path, diagnostics, folders) is { } node ? [.. reader.ReadFile(node, industry)] : [];
        ReadabilityRules.Check(terms, lixThreshold, diagnostics);
        return terms;
    }

    private static SourceNode? ParseYaml(string root, string path, DiagnosticBag diagnostics, SiteFiles.FolderPaths folders)
    {
        var text = SourceText.Read(Path.Combine(root, path), path, diagnostics, folders);
        if (text is null)
        {
            return null;
        }

        // The one place that reports a file without content; the readers stay silent on a null root.
        var node = YamlSourceReader.Read(path, text, diagnostics, out var isEmpty);
        if (isEmpty)
        {
            var message = text.Trim().Length == 0 ? "The file is empty." : "The file has no content: it holds only comments.";
            diagnostics.Error(Codes.MissingField, new SourceLocation(path, 1, 1), message, "write the content, or delete the file");
        }

        return node;
    }

    private static ImmutableArray<MarkdownDocument> ReadMarkdown(
        string root,
        ImmutableArray<InputFiles.MarkdownFile> files,
        MarkdownSourceReader reader,
        bool isProcess,
        DiagnosticBag diagnostics,
        SiteFiles.FolderPaths folders)
    {
        var sources = files
            .AsParallel()
            .AsOrdered()
            .Select(f => SourceText.Read(Path.Combine(root, f.Path), f.Path, diagnostics, folders) is { } text ? reader.Read(f.Path, text, f.Id, f.Language, isProcess) : null)
            .OfType<MarkdownSource>()
            .ToList();
        return [.. sources
            .GroupBy(s => s.Id, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new MarkdownDocument(g.Key, g.ToImmutableSortedDictionary(s => s.Language, s => s, StringComparer.Ordinal)))];
    }
}
