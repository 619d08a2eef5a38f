using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace Phrasebook.Theming;

/// <summary>
/// Bounds on what a theme's templates may do while a page renders (docs/limits.md, error PB302). Fluid
/// counts steps and partial depth itself, but a range such as <c>(1..2000000000)</c> is made into a list
/// before its first step is counted, and that alone never ends: every range is bounded here first.
/// </summary>
public static class TemplateLimits
{
    /// <summary>Partials rendered inside each other (a partial that renders itself stops here).</summary>
    public const int MaxRecursion = 32;

    /// <summary>Statements one page may run: its template, its partials and the layout together.</summary>
    public const int MaxSteps = 10_000_000;

    /// <summary>Numbers in one range <c>(a..b)</c>.</summary>
    public const int MaxRange = 100_000;

    /// <summary>Characters in the text a filter returns (<c>append</c> in a loop doubles a text with every step).</summary>
    public const int MaxFilterText = 10_000_000;

    /// <summary>Items in the list a filter returns (<c>concat</c> in a loop doubles a list with every step).</summary>
    public const int MaxFilterItems = 1_000_000;

    /// <summary>
    /// Every filter of <paramref name="filters"/>, bounded: forty steps of <c>{% assign s = s | append: s %}</c>
    /// would ask for a text of a trillion characters long before the step limit is near.
    /// </summary>
    public static void BoundFilters(FilterCollection filters)
    {
        foreach (var (name, filter) in filters.ToList())
        {
            filters.AddFilter(name, async (input, arguments, context) =>
            {
                var result = await filter(input, arguments, context);
                if (result is StringValue text && text.ToStringValue().Length > MaxFilterText)
                {
                    throw new TemplateLimitException($"the filter '{name}' made a text of more than {MaxFilterText:N0} characters");
                }

                if (result is ArrayValue list && list.Values.Count > MaxFilterItems)
                {
                    throw new TemplateLimitException($"the filter '{name}' made a list of more than {MaxFilterItems:N0} items");
                }

                return result;
            });
        }
    }

    /// <summary>The template with every range bounded.</summary>
    public static IFluidTemplate Bound(IFluidTemplate template) => new RangeBounder().VisitTemplate(template);

    private sealed class RangeBounder : AstRewriter
    {
        protected override Expression VisitRangeExpression(RangeExpression rangeExpression) => new BoundedRange(rangeExpression);

        /// <summary>A for loop over a range keeps it apart from its source: it is given as a source, bounded.</summary>
        protected override Statement VisitForStatement(ForStatement forStatement)
        {
            var visited = (ForStatement)base.VisitForStatement(forStatement);
            return visited.Range is { } range
                ? new ForStatement(visited.Statements, visited.Identifier, new BoundedRange(range), visited.Limit, visited.Offset, visited.Reversed, visited.Else)
                : visited;
        }
    }

    private sealed class BoundedRange(RangeExpression range) : Expression
    {
        public override async ValueTask<FluidValue> EvaluateAsync(TemplateContext context)
        {
            var from = (await range.From.EvaluateAsync(context)).ToNumberValue();
            var to = (await range.To.EvaluateAsync(context)).ToNumberValue();
            if (Math.Abs(to - from) >= MaxRange)
            {
                throw new TemplateLimitException($"the range ({from}..{to}) has more than {MaxRange:N0} numbers");
            }

            return await range.EvaluateAsync(context);
        }
    }
}

/// <summary>A template went past one of <see cref="TemplateLimits"/>.</summary>
public sealed class TemplateLimitException(string message) : Exception(message);
