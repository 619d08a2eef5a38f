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

    /// <summary>
    /// Sets a value that is made only when a template first reads it: a code page shows its term
    /// but not the term's explanation, change notes or "mentioned in" list, the dearest parts to make.
    /// </summary>
    public void Defer(string key, Func<object?> make) => this[key] = new Deferred(make);
}

/// <summary>A view value made on first read (see <see cref="View.Defer"/>); the theme's templates see only the value.</summary>
public sealed class Deferred(Func<object?> make)
{
    private readonly Lazy<object?> _value = new(make);

    public object? Value => _value.Value;
}
