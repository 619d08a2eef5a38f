using Phrasebook.Theming;
namespace Phrasebook.Views;

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

    /// <summary>
    /// Sets a value that is made only when a template first reads it: a code page shows its term
    /// but not the term's explanation, change notes or "mentioned in" list, the dearest parts to make.
    /// </summary>
    public void Defer(string key, Func<object?> make) => this[key] = new Deferred(make);
}
