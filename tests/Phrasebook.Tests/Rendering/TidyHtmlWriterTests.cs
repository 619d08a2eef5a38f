using System.Text;
using Phrasebook.Html;

namespace Phrasebook.Tests.Rendering;

/// <summary>What the template leaves behind is tidied as it is written: the page a reader gets is the same, minus blank lines and trailing spaces.</summary>
public sealed class TidyHtmlWriterTests
{
    [Fact]
    public void Whitespace_only_lines_and_trailing_spaces_go()
    {
        Assert.Equal("<ul>\n<li>a</li>\n</ul>\n", Tidy("<ul>  \n   \n<li>a</li>\t\n\n</ul>\n"));
    }

    [Fact]
    public void Pre_and_textarea_keep_every_line_after_the_opening_one_as_it_is()
    {
        // The opening line is tidied like any other: only spaces at its very end can go, and they show nothing.
        var html = "<p>x</p>  \n<pre><code>a  \n\n  b  \n</code></pre>\n<TEXTAREA>\n  \n</TEXTAREA>\n<p>y</p>  \n";

        Assert.Equal("<p>x</p>\n<pre><code>a\n\n  b  \n</code></pre>\n<TEXTAREA>\n  \n</TEXTAREA>\n<p>y</p>\n", Tidy(html));
    }

    [Fact]
    public void Text_written_in_pieces_is_tidied_as_one_text()
    {
        var writer = TidyHtmlWriter.Rent();
        writer.Write("<p>a");
        writer.Write(' ');
        writer.Write("\n");
        writer.Write("  ".AsSpan());
        writer.Write(['\n', '<', 'b', '>'], 0, 4);
        writer.Write("ø</b>");

        Assert.Equal("<p>a\n<b>ø</b>\n", Encoding.UTF8.GetString(writer.ToUtf8()));
    }

    [Fact]
    public void The_bytes_are_utf8_and_a_rented_writer_starts_empty()
    {
        var first = TidyHtmlWriter.Rent();
        first.Write("<p>æøå – ✓</p>");
        Assert.Equal(Encoding.UTF8.GetBytes("<p>æøå – ✓</p>\n"), first.ToUtf8());

        var second = TidyHtmlWriter.Rent();
        second.Write("<p>b</p>");
        Assert.Equal("<p>b</p>\n", Encoding.UTF8.GetString(second.ToUtf8()));
    }

    [Fact]
    public void A_very_large_page_does_not_stay_in_the_threads_buffer()
    {
        var big = TidyHtmlWriter.Rent();
        big.Write(new string('x', 3 << 20));
        Assert.Equal((3 << 20) + 1, big.ToUtf8().Length);
        Assert.True(big.Capacity > 3 << 20);

        var next = TidyHtmlWriter.Rent();
        Assert.True(next.Capacity < 3 << 20);
        next.Write("<p>b</p>");
        Assert.Equal("<p>b</p>\n", Encoding.UTF8.GetString(next.ToUtf8()));
    }

    [Fact]
    public void A_rented_page_is_the_whole_texts_utf8_and_is_not_written_over_by_the_next_page()
    {
        // Lines are encoded one by one: a lone surrogate or a line of non-ASCII text gives the bytes of the whole text.
        var text = "<p>æøå \uD83D\uDE00 \uD83D</p>\n<p>" + new string('ø', 70_000) + "</p>\n\uDE00";
        var writer = TidyHtmlWriter.Rent();
        foreach (var piece in text.Chunk(7))
        {
            writer.Write(piece);
        }

        var (array, length, pooled) = writer.ToRentedUtf8();
        Assert.True(pooled);
        var expected = Encoding.UTF8.GetBytes(text + "\n");
        Assert.Equal(expected, array.AsSpan(0, length).ToArray());

        var next = TidyHtmlWriter.Rent();
        next.Write(new string('y', 200_000));
        _ = next.ToRentedUtf8();
        Assert.Equal(expected, array.AsSpan(0, length).ToArray());
        System.Buffers.ArrayPool<byte>.Shared.Return(array);

        var big = TidyHtmlWriter.Rent();
        big.Write(new string('z', 3 << 20));
        var (own, ownLength, ownPooled) = big.ToRentedUtf8();
        Assert.False(ownPooled); // past a megabyte: an array of its own, which the pool must not be given
        Assert.Equal((3 << 20) + 1, ownLength);
        Assert.Equal((byte)'z', own[0]);
    }

    [Fact]
    public void A_page_of_many_megabytes_comes_whole_and_in_order_in_one_array_of_its_size()
    {
        // A print page: lines of every length, past the pool's largest array several times over.
        var random = new Random(7);
        var text = new StringBuilder();
        while (text.Length < 5 << 20)
        {
            text.Append("<li id=\"t-").Append(text.Length).Append("\">").Append('ø', random.Next(0, 3_000)).Append("x</li>\n");
        }

        var expected = Encoding.UTF8.GetBytes(text.ToString());
        var writer = TidyHtmlWriter.Rent();
        foreach (var piece in text.ToString().Chunk(4_093))
        {
            writer.Write(piece);
        }

        var (array, length, pooled) = writer.ToRentedUtf8();
        Assert.False(pooled);
        Assert.Equal(expected.Length, length);
        Assert.Equal(length, array.Length); // not a doubled array with room to spare
        Assert.True(expected.AsSpan().SequenceEqual(array));

        var again = TidyHtmlWriter.Rent();
        again.Write(text.ToString());
        Assert.True(expected.AsSpan().SequenceEqual(again.ToUtf8()));
    }

    [Fact]
    public void The_one_pass_count_of_pre_and_textarea_tags_equals_counting_each_tag_on_its_own()
    {
        string[] parts = ["<pre", "<PRE>", "</pre>", "</Pre", "<textarea", "</TEXTAREA>", "<p>", "</p>", "<", "<<", "pre", "<prefix", "</ textarea", " ", "x", "<t", "</"];
        var random = new Random(25);
        for (var i = 0; i < 20_000; i++)
        {
            var line = string.Concat(Enumerable.Range(0, random.Next(12)).Select(_ => parts[random.Next(parts.Length)]));
            var expected = Count(line, "<pre") + Count(line, "<textarea") - Count(line, "</pre") - Count(line, "</textarea");
            Assert.True(expected == TidyHtmlWriter.Preserving(line), line);
        }
    }

    private static int Count(string line, string tag)
    {
        var count = 0;
        for (var at = line.IndexOf(tag, StringComparison.OrdinalIgnoreCase); at >= 0; at = line.IndexOf(tag, at + tag.Length, StringComparison.OrdinalIgnoreCase))
        {
            count++;
        }

        return count;
    }

    private static string Tidy(string html) => TidyHtmlWriter.Apply(html);
}
