namespace Phrasebook.Content.Files;

/// <summary>
/// The files editors leave beside the ones they edit: backups (<c>name.yml~</c>), Emacs auto-saves and
/// locks (<c>#name.yml#</c>, <c>.#name.yml</c>, often a dangling symlink) and Vim swap files
/// (<c>.name.yml.swp</c>). They are not content: never read, copied or reported.
/// </summary>
public static class EditorFiles
{
    public static bool IsEditorFile(string name) =>
        name.EndsWith('~')
        || name.StartsWith(".#", StringComparison.Ordinal)
        || (name.Length > 1 && name.StartsWith('#') && name.EndsWith('#'))
        || (name.StartsWith('.') && (name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".swo", StringComparison.Ordinal) || name.EndsWith(".swx", StringComparison.Ordinal)));
}
