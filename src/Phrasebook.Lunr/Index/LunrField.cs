namespace Phrasebook.Lunr.Index;

/// <summary>
/// A field lunr indexes, as <c>builder.field(name, { boost })</c>. lunr reads the boost as
/// <c>boost || 1</c>, so 0 and NaN behave like 1; we keep that rather than surprise.
/// </summary>
public sealed record LunrField
{
    public LunrField(string name, double boost = 1)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Contains('/'))
        {
            // lunr throws too: a field vector key is field + "/" + ref, split at the first "/".
            throw new ArgumentException($"Field '{name}' contains illegal character '/'.", nameof(name));
        }

        if (name is "_index" or "__proto__")
        {
            throw new ArgumentException($"Field name '{name}' collides with lunr's own keys.", nameof(name));
        }

        Name = name;
        Boost = boost;
    }

    public string Name { get; }

    public double Boost { get; }

    /// <summary>The multiplier lunr applies: <c>boost || 1</c>.</summary>
    internal double EffectiveBoost => JsMath.OrOne(Boost);
}
