using Fluid;
using Phrasebook.Content.Reading;
using Phrasebook.Content.Yaml;
using Phrasebook.Diagnostics;
using Phrasebook.Engine.Diagnostics;
using Phrasebook.Markdown.Syntax;
using Phrasebook.Theming;

namespace Phrasebook.Tests.Validation;

/// <summary>
/// Every limit of docs/limits.md, just under (accepted, and Markdig or Fluid then runs without an exception)
/// and just over (the limit's error, at the place it is passed).
/// </summary>
public class LimitTests
{
    private static string Repeat(string s, int n) => string.Concat(Enumerable.Repeat(s, n));

    public static TheoryData<string, string, string> UnderAndOver() => new()
    {
        // name, text just under or at the limit, text one step over it
        { "length", Repeat(new string('a', 99) + "\n", MarkdownLimits.MaxLength / 100) + new string('a', MarkdownLimits.MaxLength % 100), Repeat(new string('a', 99) + "\n", MarkdownLimits.MaxLength / 100) + new string('a', (MarkdownLimits.MaxLength % 100) + 1) },
        { "line length", new string('a', MarkdownLimits.MaxLineLength), new string('a', MarkdownLimits.MaxLineLength + 1) },
        { "block quotes", Repeat(">", MarkdownLimits.MaxNesting) + " x", Repeat(">", MarkdownLimits.MaxNesting + 1) + " x" },
        { "lists on one line", Repeat("- ", MarkdownLimits.MaxNesting) + "x", Repeat("- ", MarkdownLimits.MaxNesting + 1) + "x" },
        { "ordered lists on one line", Repeat("1. ", MarkdownLimits.MaxNesting) + "x", Repeat("1. ", MarkdownLimits.MaxNesting + 1) + "x" },
        { "indentation", new string(' ', 2 * MarkdownLimits.MaxNesting) + "x", new string(' ', (2 * MarkdownLimits.MaxNesting) + 2) + "x" },
        { "open brackets", Repeat("[", MarkdownLimits.MaxNesting), Repeat("[", MarkdownLimits.MaxNesting + 1) },
        { "images", Repeat("![a", MarkdownLimits.MaxNesting), Repeat("![a", MarkdownLimits.MaxNesting + 1) },
        { "open emphasis", Repeat("*a ", MarkdownLimits.MaxNesting), Repeat("*a ", MarkdownLimits.MaxNesting + 1) },
        { "nested emphasis", Repeat("_a ", MarkdownLimits.MaxNesting) + Repeat("a_ ", MarkdownLimits.MaxNesting), Repeat("_a ", MarkdownLimits.MaxNesting + 1) + Repeat("a_ ", MarkdownLimits.MaxNesting + 1) },
        { "marks in a paragraph", Repeat("*a* ", MarkdownLimits.MaxMarksPerParagraph / 2), Repeat("*a* ", MarkdownLimits.MaxMarksPerParagraph / 2) + "*b* " },
        { "marks over lines of a paragraph", Repeat("*a* b\n", MarkdownLimits.MaxMarksPerParagraph / 2), Repeat("*a* b\n", (MarkdownLimits.MaxMarksPerParagraph / 2) + 1) },
        { "headings", Repeat("# h\n", MarkdownLimits.MaxHeadings), Repeat("# h\n", MarkdownLimits.MaxHeadings + 1) },
        { "setext headings", Repeat("h\n==\n", MarkdownLimits.MaxHeadings), Repeat("h\n==\n", MarkdownLimits.MaxHeadings + 1) },
    };

    [Theory]
    [MemberData(nameof(UnderAndOver))]
    public void Markdown_just_under_a_limit_parses_and_just_over_it_is_refused(string name, string under, string over)
    {
        Assert.True(MarkdownLimits.Check(under) is null, $"{name}: refused at the limit: {MarkdownLimits.Check(under)}");
        var parsed = Record.Exception(() => Markdig.Markdown.ToHtml(MarkdownSyntax.Parse(under), MarkdownSyntax.Pipeline));
        Assert.True(parsed is null, $"{name}: Markdig failed at the limit: {parsed}");

        Assert.True(MarkdownLimits.Check(over) is not null, $"{name}: accepted over the limit");
    }

    [Fact]
    public void Blank_lines_end_a_paragraph_and_its_marks()
    {
        var text = Repeat(Repeat("*a ", MarkdownLimits.MaxNesting) + "\n\n", 20) + Repeat(Repeat("*a* ", 500) + "\n\n", 20);

        Assert.Null(MarkdownLimits.Check(text));
    }

    [Fact]
    public void Escaped_marks_do_not_count()
    {
        Assert.Null(MarkdownLimits.Check(Repeat("\\[", 500) + Repeat("\\*a ", 500)));
    }

    [Fact]
    public void A_body_past_a_limit_is_reported_at_its_line_and_column()
    {
        var body = "Intro.\n\n" + Repeat(">", 40) + " deep\n";
        var bag = new DiagnosticBag();

        Assert.False(TextRules.CheckBody(body, new SourceLocation("input/pages/about.en.md", 5, 1), bag));
        DiagnosticAssert.One(bag.ToSortedList(), Codes.MarkdownTooComplex, "input/pages/about.en.md", 7, 1, message: "The line opens 40 block quotes, list items or indentation levels; at most 32 may be nested.");
    }

    [Fact]
    public void A_long_line_in_a_yaml_text_is_reported_where_the_limit_is_passed()
    {
        var text = "id: x\nsummary:\n  nb: " + new string('a', MarkdownLimits.MaxLineLength + 5) + "\n";
        var bag = new DiagnosticBag();

        Assert.Null(YamlSourceReader.Read("t.yml", text, bag));
        DiagnosticAssert.One(bag.ToSortedList(), Codes.MarkdownTooComplex, "t.yml", 3, 7 + MarkdownLimits.MaxLineLength);
    }

    [Theory]
    [InlineData("\"a\\x01b\"", 0x01, 9)]
    [InlineData("\"a\\u0007b\"", 0x07, 9)]
    [InlineData("\"a\\x7Fb\"", 0x7F, 9)]
    [InlineData("\"a\\x85b\"", 0x85, 9)]
    [InlineData("\"a\\uFFFEb\"", 0xFFFE, 9)]
    [InlineData("\"a\\uFFFFb\"", 0xFFFF, 9)]
    [InlineData("a\u0001b", 0x01, 8)]
    [InlineData("a\u001Bb", 0x1B, 8)]
    public void A_control_character_is_an_error_at_its_column(string value, int character, int column)
    {
        var text = "id: x\nnote:\n  nb: " + value + "\n";
        var bag = new DiagnosticBag();

        Assert.Null(YamlSourceReader.Read("t.yml", text, bag));
        DiagnosticAssert.One(bag.ToSortedList(), Codes.ControlCharacter, "t.yml", 3, column, message: $"The text holds the control character U+{character:X4}, which a page, feed or QR code cannot hold.");
    }

    [Theory]
    [InlineData("tab\tand\nnewline\r\n")]
    [InlineData("emoji 😀 and ß, Œ, Ł")]
    [InlineData("\u00A0no-break space, \u2028 line separator")]
    public void Tabs_line_breaks_and_ordinary_letters_are_not_control_characters(string text) =>
        Assert.Equal(-1, TextRules.FindControlCharacter(text));

    [Theory]
    [InlineData(Ids.MaxLength, false)]
    [InlineData(Ids.MaxLength + 1, true)]
    public void Ids_may_have_100_characters(int length, bool tooLong) =>
        Assert.Equal(tooLong, Ids.TooLong(new string('a', length), "id") is not null);

    [Theory]
    [InlineData(TemplateLimits.MaxRange, false)]
    [InlineData(TemplateLimits.MaxRange + 1, true)]
    public void Template_ranges_may_have_100000_numbers(int numbers, bool over)
    {
        var options = new TemplateOptions { MaxSteps = TemplateLimits.MaxSteps, MaxRecursion = TemplateLimits.MaxRecursion };
        var template = TemplateLimits.Bound(new FluidParser().Parse($"{{% for i in (1..{numbers}) %}}{{% endfor %}}{{% assign r = (1..{numbers}) %}}{{{{ r | size }}}}"));

        var thrown = Record.Exception(() => template.Render(new TemplateContext(options)));

        Assert.Equal(over, thrown is TemplateLimitException);
        Assert.True(over || thrown is null, $"{thrown}");
    }

    [Theory]
    [InlineData(TemplateLimits.MaxRecursion, false)]
    [InlineData(TemplateLimits.MaxRecursion + 1, true)]
    public void Partials_may_render_each_other_32_deep(int depth, bool over)
    {
        var folder = Directory.CreateTempSubdirectory("phrasebook-partials-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "r.liquid"), "{% assign d = d | plus: 1 %}{% if d < n %}{% render 'r', d: d, n: n %}{% endif %}.");
            var options = new TemplateOptions
            {
                MaxSteps = TemplateLimits.MaxSteps,
                MaxRecursion = TemplateLimits.MaxRecursion,
                FileProvider = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(folder),
            };
            var template = new FluidParser().Parse($"{{% render 'r', d: 0, n: {depth} %}}");

            var thrown = Record.Exception(() => template.Render(new TemplateContext(options)));

            Assert.Equal(over, thrown is InvalidOperationException);
            Assert.True(over || thrown is null, $"{thrown}");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData(23, false)]
    [InlineData(40, true)]
    public void A_text_doubled_in_a_loop_stops_at_ten_million_characters(int doublings, bool over)
    {
        var options = new TemplateOptions { MaxSteps = TemplateLimits.MaxSteps, MaxRecursion = TemplateLimits.MaxRecursion };
        TemplateLimits.BoundFilters(options.Filters);
        var template = new FluidParser().Parse($"{{% assign s = 'x' %}}{{% for i in (1..{doublings}) %}}{{% assign s = s | append: s %}}{{% endfor %}}{{{{ s | size }}}}");

        var thrown = Record.Exception(() => template.Render(new TemplateContext(options)));

        Assert.Equal(over, thrown is TemplateLimitException);
        Assert.True(over || thrown is null, $"{thrown}");
    }

    [Fact]
    public void A_template_stops_after_its_steps()
    {
        var options = new TemplateOptions { MaxSteps = TemplateLimits.MaxSteps, MaxRecursion = TemplateLimits.MaxRecursion };
        var template = TemplateLimits.Bound(new FluidParser().Parse("{% for i in (1..99999) %}{% for j in (1..99999) %}{% endfor %}{% endfor %}"));

        var thrown = Record.Exception(() => template.Render(new TemplateContext(options)));

        Assert.IsType<InvalidOperationException>(thrown);
    }

    [Fact]
    public void A_template_under_its_steps_renders()
    {
        var options = new TemplateOptions { MaxSteps = TemplateLimits.MaxSteps, MaxRecursion = TemplateLimits.MaxRecursion };
        var template = TemplateLimits.Bound(new FluidParser().Parse("{% for i in (1..1000) %}{% for j in (1..1000) %}{% endfor %}{% endfor %}ok"));

        Assert.Equal("ok", template.Render(new TemplateContext(options)));
    }
}
