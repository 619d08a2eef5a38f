namespace Phrasebook.Rendering;

/// <summary>
/// Template data is plain dictionaries with snake_case keys, exactly the names docs/theming.md
/// promises theme authors; Fluid reads them without reflection.
/// </summary>
public sealed class View : Dictionary<string, object?>
{
    public View()
        : base(StringComparer.Ordinal)
    {
    }

    /// <summary>A copy to extend: cached views are shared between pages and never changed.</summary>
    public View(View other)
        : base(other, StringComparer.Ordinal)
    {
    }
}
