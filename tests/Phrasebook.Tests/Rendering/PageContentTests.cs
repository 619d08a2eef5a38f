using System.Text;
using Phrasebook.Theming;

namespace Phrasebook.Tests.Rendering;

/// <summary>A page template's output is kept in pooled pieces: what comes out must be what went in, across piece boundaries and reuse.</summary>
public sealed class PageContentTests
{
    [Fact]
    public async Task What_a_page_wrote_comes_out_whole_across_pieces_and_after_the_writer_is_reused()
    {
        var random = new Random(25);
        foreach (var size in new[] { 0, 1, 32 * 1024, (32 * 1024) + 1, 200_000, 3_000_000, 70_000, 5 })
        {
            var writer = PageContent.Rent();
            var expected = new StringBuilder();
            while (expected.Length < size)
            {
                var text = new string((char)('a' + random.Next(26)), Math.Min(size - expected.Length, random.Next(1, 50_000)));
                switch (random.Next(3))
                {
                    case 0:
                        writer.Write(text);
                        break;
                    case 1:
                        foreach (var c in text)
                        {
                            writer.Write(c);
                        }

                        break;
                    default:
                        writer.Write(text.AsSpan());
                        break;
                }

                expected.Append(text);
            }

            var content = writer.Value;
            Assert.Equal(expected.ToString(), content.ToStringValue());
            using var written = new StringWriter();
            await content.WriteToAsync(written, System.Text.Encodings.Web.HtmlEncoder.Default, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(expected.ToString(), written.ToString());
        }
    }
}
