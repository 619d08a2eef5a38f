namespace Phrasebook.Theming;

/// <summary>A view value made on first read (views defer their dearest parts); the theme's templates see only the value.</summary>
public sealed class Deferred(Func<object?> make)
{
    private readonly Lazy<object?> _value = new(make);

    public object? Value => _value.Value;
}
