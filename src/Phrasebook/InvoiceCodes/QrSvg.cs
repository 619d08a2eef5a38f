using System.Globalization;
using System.Text;
using QRCoder;

namespace Phrasebook.InvoiceCodes;

/// <summary>
/// A QR code as a small SVG: one path of dark modules, a quiet zone, crisp edges, no fonts. Drawn
/// from QRCoder's module matrix so the output is byte-identical across builds.
/// </summary>
public static class QrSvg
{
    public static string Of(string text, string? title = null)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var size = matrix.Count;
        var path = new StringBuilder();
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                if (!matrix[y][x])
                {
                    continue;
                }

                var run = 1;
                while (x + run < size && matrix[y][x + run])
                {
                    run++;
                }

                path.Append(CultureInfo.InvariantCulture, $"M{x} {y}h{run}v1h-{run}z");
                x += run - 1;
            }
        }

        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" width=\"{size * 4}\" height=\"{size * 4}\" shape-rendering=\"crispEdges\" role=\"img\">");
        if (title is not null)
        {
            sb.Append("<title>").Append(System.Net.WebUtility.HtmlEncode(title)).Append("</title>");
        }

        sb.Append(CultureInfo.InvariantCulture, $"<rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{path}\"/></svg>\n");
        return sb.ToString();
    }
}
