using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace Phrasebook.BuildCache;

/// <summary>
/// Which tool made a cache: the informational version, the .NET runtime, and the module version id of every
/// assembly the site is built with. The compiler derives that id from the assembly's content (deterministic
/// builds), so a rebuilt tool with any change in its code or in a library it uses has another one, while the
/// same sources compiled again have the same.
/// </summary>
public static class ToolVersion
{
    private static readonly Lazy<string> Value = new(Compute);

    public static string Current => Value.Value;

    private static string Compute()
    {
        var own = typeof(ToolVersion).Assembly;
        var seen = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var queue = new Queue<Assembly>([own]);
        while (queue.TryDequeue(out var assembly))
        {
            if (!seen.TryAdd(assembly.GetName().Name ?? "", assembly.ManifestModule.ModuleVersionId.ToString()))
            {
                continue;
            }

            foreach (var name in assembly.GetReferencedAssemblies())
            {
                try
                {
                    // The shared framework is named by Environment.Version; packages (System.IO.Hashing too) by their own ids.
                    if (Assembly.Load(name) is var referenced && !IsFramework(referenced))
                    {
                        queue.Enqueue(referenced);
                    }
                }
                catch (FileNotFoundException)
                {
                    // Referenced but never loaded (an optional dependency): it cannot shape the output.
                }
            }
        }

        var version = own.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? own.GetName().Version?.ToString() ?? "0";
        var ids = string.Join(';', seen.Select(p => $"{p.Key}={p.Value}"));
        return $"{version} {Environment.Version} {Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(ids)))[..32]}";
    }

    private static bool IsFramework(Assembly assembly) =>
        assembly.Location.Length == 0 || assembly.Location.StartsWith(RuntimeDirectory, StringComparison.Ordinal);

    private static string RuntimeDirectory => Path.GetDirectoryName(typeof(object).Assembly.Location) ?? "/";
}
