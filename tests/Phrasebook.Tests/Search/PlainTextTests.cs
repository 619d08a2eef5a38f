using System.Text;
using Phrasebook.Lunr;
using Phrasebook.Markdown;
using Phrasebook.Readability;

namespace Phrasebook.Tests.Search;

/// <summary>
/// <see cref="PlainText.Of"/> skips Markdig for prose without markup; whatever the text, it must give
/// what the Markdown path gives.
/// </summary>
public sealed class PlainTextTests
{
    [Theory]
    [InlineData("Et tillegg som følger prisen på diesel.")]
    [InlineData("  Linje en.\nLinje to,  med (parentes) og 12,5 %.\n\nNytt avsnitt: \"sitat\" og 'enkelt'!\n")]
    [InlineData("1. første punkt")]
    [InlineData("Tekst\n2) punkt")]
    [InlineData("a. alfa")]
    [InlineData("iv. romertall")]
    [InlineData("Pris. Ordet først")]
    [InlineData("- kulepunkt")]
    [InlineData("Overskrift\n---")]
    [InlineData("Overskrift\n===")]
    [InlineData("    kodeblokk")]
    [InlineData("*uthevet* og **fet**")]
    [InlineData("[lenke](term:x)")]
    [InlineData("a & b < c > d")]
    [InlineData("~~borte~~ ++inn++ ==merket== x^2^")]
    [InlineData("a | b\n--|--\n1 | 2")]
    [InlineData("tab\there")]
    [InlineData("skråstrek \\ her")]
    [InlineData("  \n \n")]
    [InlineData("Æ. ære og ø\nÅ) å")]
    [InlineData("Lønn ½ dag")]
    [InlineData("Pris\u00A0per kilo")]
    [InlineData("Sjø\n- punkt")]
    [InlineData("Først\n\n    kode")]
    public void Prose_and_markup_read_as_the_Markdown_path_reads_them(string text) =>
        Assert.Equal(PlainText.OfMarkdown(text), PlainText.Of(text));

    [Theory]
    [InlineData("Et tillegg som følger prisen på diesel.", true)]
    [InlineData("1. første punkt", false)]
    [InlineData("*uthevet*", false)]
    [InlineData("Sjø og ære.\nÅ linje to, 12 %.\n", true)]
    [InlineData("Lønn ½ dag", false)]
    [InlineData("Pris €", false)]
    [InlineData("Sjø\n  - punkt", false)]
    [InlineData("", true)]
    public void Only_text_without_markup_takes_the_fast_path(string text, bool plain) =>
        Assert.Equal(plain, PlainText.IsPlainProse(text));

    [Fact]
    public void A_text_with_markup_is_parsed_once()
    {
        var markdown = string.Concat("Se ", "[tillegg](term:x) og *mer*.");
        var first = PlainText.Of(markdown);
        Assert.Equal("Se tillegg og mer.", first);
        Assert.Same(first, PlainText.Of(markdown));
        Assert.Same(first, PlainText.Words(markdown));
    }

    [Fact]
    public void Random_texts_read_as_the_Markdown_path_reads_them()
    {
        // Mostly the characters the fast path accepts, some that it must refuse, and line starts that open blocks.
        const string alphabet = "abcæøåXYZ019 .,;:?!'\"()%/-\n\n  *_[]<>&#|=+~^`\\\t";
        string[] starts = ["", " ", "    ", "1. ", "1) ", "a. ", "B) ", "iv. ", "- ", "+ ", "# ", "> ", "---", "==="];
        var random = new Random(42);
        var fast = 0;
        for (var n = 0; n < 10000; n++)
        {
            // Per text, how often a character comes from the whole alphabet: never, rarely or often.
            var markup = (n % 3) switch { 0 => 0, 1 => 50, _ => 4 };
            var sb = new StringBuilder();
            var lines = random.Next(1, 5);
            for (var l = 0; l < lines; l++)
            {
                sb.Append(random.Next(2) == 0 ? "" : starts[random.Next(starts.Length)]);
                var length = random.Next(0, 30);
                for (var i = 0; i < length; i++)
                {
                    var pool = markup > 0 && random.Next(markup) == 0 ? alphabet.Length : 27;
                    sb.Append(alphabet[random.Next(pool)]);
                }

                sb.Append('\n');
            }

            var text = sb.ToString();
            fast += PlainText.IsPlainProse(text) ? 1 : 0;
            Assert.True(PlainText.OfMarkdown(text) == PlainText.Of(text), $"case {n}: {text}");
            Assert.True(
                LunrLanguage.Norwegian.Tokenize(PlainText.Of(text)).SequenceEqual(LunrLanguage.Norwegian.Tokenize(PlainText.Words(text))),
                $"case {n}: the words differ: {text}");
            Assert.True(Lix.Of(PlainText.Of(text)) == Lix.Of(PlainText.Words(text)), $"case {n}: LIX differs: {text}");
        }

        Assert.True(fast > 1000, $"only {fast} texts took the fast path");
    }

    [Fact]
    public void White_space_collapses_as_split_and_join_collapse_it()
    {
        const string alphabet = "ab \n\t\u00a0\u2028.";
        var random = new Random(7);
        for (var n = 0; n < 5000; n++)
        {
            var chars = new char[random.Next(0, 12)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars);
            var expected = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            Assert.Equal(expected, PlainText.CollapseWhiteSpace(text));
        }

        const string plain = "already collapsed";
        Assert.Same(plain, PlainText.CollapseWhiteSpace(plain));
    }
}
