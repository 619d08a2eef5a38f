using Phrasebook.Preview.Server;

namespace Phrasebook.Tests.Preview;

public sealed class RequestPathTests
{
    [Theory]
    [InlineData("/", "/", "index.html")]
    [InlineData("/nb/terms/x/", "/", "nb/terms/x/index.html")]
    [InlineData("/theme/site.css", "/", "theme/site.css")]
    [InlineData("/help/nb/", "/help/", "nb/index.html")]
    [InlineData("/help/", "/help/", "index.html")]
    [InlineData("/nb/terms/caf%C3%A9/", "/", "nb/terms/café/index.html")]
    public void Site_paths_map_to_files(string path, string linkRoot, string file) =>
        Assert.Equal(file, RequestPath.ToFile(path, linkRoot));

    [Theory]
    [InlineData("/..%2f..%2fetc/passwd", "/")]
    [InlineData("/%2e%2e/", "/")]
    [InlineData("/nb/..", "/")]
    [InlineData("/nb/./x", "/")]
    [InlineData("//etc/passwd", "/")]
    [InlineData("/%2Fetc/passwd", "/")]
    [InlineData("/a%5C..%5C..%5Cwin.ini", "/")]
    [InlineData("/C:/Windows/win.ini", "/")]
    [InlineData("/nb//x", "/")]
    [InlineData("/nb/%0a/x", "/")]
    [InlineData("/nb/", "/help/")]
    [InlineData("/help/%2e%2e/secret", "/help/")]
    public void Anything_else_maps_to_nothing(string path, string linkRoot) =>
        Assert.Null(RequestPath.ToFile(path, linkRoot));
}
