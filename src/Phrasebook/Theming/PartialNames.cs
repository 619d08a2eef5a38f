using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace Phrasebook.Theming;

/// <summary>
/// The partials a template names in <c>{% render %}</c> and <c>{% include %}</c> with a literal name, so a
/// name the theme lacks (or a path out of it, such as <c>../../statiq.json</c>) is an error when the theme
/// is loaded, naming the template, instead of an exception in the middle of the build.
/// </summary>
internal sealed class PartialNames : AstVisitor
{
    private readonly List<string> _names = [];

    public static IReadOnlyList<string> Of(IFluidTemplate template)
    {
        var visitor = new PartialNames();
        visitor.VisitTemplate(template);
        return visitor._names;
    }

    /// <summary>The file Fluid asks the partials for: the name with .liquid unless it has an extension.</summary>
    public static string FileName(string name)
    {
        name = name.Replace('\\', '/').TrimStart('/');
        name = name.StartsWith("partials/", StringComparison.Ordinal) ? name["partials/".Length..] : name;
        return Path.HasExtension(name) ? name : name + ".liquid";
    }

    protected override Statement VisitRenderStatement(RenderStatement renderStatement)
    {
        _names.Add(renderStatement.Path);
        return base.VisitRenderStatement(renderStatement);
    }

    protected override Statement VisitIncludeStatement(IncludeStatement includeStatement)
    {
        if (includeStatement.Path is LiteralExpression { Value: StringValue name })
        {
            _names.Add(name.ToStringValue());
        }

        return base.VisitIncludeStatement(includeStatement);
    }
}
