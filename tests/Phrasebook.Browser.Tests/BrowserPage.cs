using Microsoft.Playwright;

namespace Phrasebook.Browser.Tests;

/// <summary>A page in its own browser context that remembers every script error and request.</summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _errors = [];
    private readonly List<string> _requests = [];

    public BrowserPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.PageError += (_, error) => Record(_errors, "page error: " + error);
        page.Console += (_, message) =>
        {
            // A missing favicon is the browser's own request, not the page's.
            if (message.Type == "error" && !message.Location.Contains("/favicon.ico", StringComparison.Ordinal))
            {
                Record(_errors, "console error: " + message.Text);
            }
        };
        page.Request += (_, request) => Record(_requests, request.Url);
    }

    public IPage Page { get; }

    public IReadOnlyList<string> Errors => Snapshot(_errors);

    public IReadOnlyList<string> Requests => Snapshot(_requests);

    public async ValueTask DisposeAsync() => await _context.CloseAsync();

    private static void Record(List<string> list, string item)
    {
        lock (list)
        {
            list.Add(item);
        }
    }

    private static List<string> Snapshot(List<string> list)
    {
        lock (list)
        {
            return [.. list];
        }
    }
}
