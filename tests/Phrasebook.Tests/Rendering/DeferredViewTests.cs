using Fluid;
using Phrasebook.Engine.Diagnostics;
using Phrasebook.Theming;
using Phrasebook.Views;

namespace Phrasebook.Tests.Rendering;

/// <summary>A deferred view value is made when a template first reads it, and only then.</summary>
public sealed class DeferredViewTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("phrasebook-deferred-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_template_sees_the_deferred_values_it_reads_and_the_rest_are_never_made()
    {
        var theme = ThemeWith("{{ v.text }}|{{ v.view.a }}|{{ v.list.size }}|{% if v.none %}set{% else %}unset{% endif %}|{% for x in v.list %}{{ x }}{% endfor %}");
        var made = new List<string>();
        var view = new View();
        view.Defer("text", () => Made("text", "hello"));
        view.Defer("view", () => Made("view", new View { ["a"] = "A" }));
        view.Defer("list", () => Made("list", new List<object?> { 1, 2 }));
        view.Defer("none", () => Made("none", null));
        view.Defer("unread", () => Made("unread", "x"));
        var context = new TemplateContext(theme.Options);
        context.SetValue("v", view);

        var html = theme.Render("probe", context);

        Assert.Equal("hello|A|2|unset|12", html);
        Assert.Equal(["list", "none", "text", "view"], made.Order(StringComparer.Ordinal));

        object? Made(string name, object? value)
        {
            made.Add(name);
            return value;
        }
    }

    private Theme ThemeWith(string template)
    {
        var theme = Path.Combine(_root, "themes", "default");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repo.Root, "themes", "default"), "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(theme, Path.GetRelativePath(Path.Combine(Repo.Root, "themes", "default"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        File.WriteAllText(Path.Combine(theme, "layouts", "probe.liquid"), template);
        var diagnostics = new DiagnosticBag();
        var loaded = Theme.Load(_root, "default", ["en"], diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.ToSortedList()));
        return loaded!;
    }
}
