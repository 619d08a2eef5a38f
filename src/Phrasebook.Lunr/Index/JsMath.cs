namespace Phrasebook.Lunr.Index;

/// <summary>JavaScript number semantics the index weights depend on.</summary>
internal static class JsMath
{
    /// <summary>
    /// <c>Math.round</c>: ties go up (towards +infinity), unlike Math.Round's banker's
    /// rounding. <c>x - floor(x)</c> is exact for doubles, so the tie test is too.
    /// </summary>
    public static double Round(double x)
    {
        if (!double.IsFinite(x))
        {
            return x;
        }

        var floor = Math.Floor(x);
        return x - floor >= 0.5 ? floor + 1 : floor;
    }

    /// <summary><c>value || 1</c>: 0 and NaN are falsy.</summary>
    public static double OrOne(double value) => value == 0 || double.IsNaN(value) ? 1 : value;

    /// <summary>
    /// Whether JS treats this property key as an array index ("0", "1", ... up to 2^32 - 2).
    /// Such keys enumerate first, in numeric order, ahead of all others in insertion order.
    /// </summary>
    public static bool IsArrayIndex(string key, out uint index)
    {
        index = 0;
        if (key.Length is 0 or > 10 || (key[0] == '0' && key.Length > 1))
        {
            return false;
        }

        ulong value = 0;
        foreach (var c in key)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (uint)(c - '0');
        }

        if (value >= uint.MaxValue)
        {
            return false;
        }

        index = (uint)value;
        return true;
    }
}
