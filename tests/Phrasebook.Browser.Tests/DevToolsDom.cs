using System.Text.Json;
using Microsoft.Playwright;

namespace Phrasebook.Browser.Tests;

/// <summary>
/// Reads the current document through the DevTools DOM domain: works with JavaScript disabled and
/// while a navigation is pending, when Playwright's locators would wait for it.
/// </summary>
public sealed class DevToolsDom(ICDPSession session)
{
    public async Task<string> DocumentUrlAsync() =>
        (await RootAsync()).GetProperty("documentURL").GetString()!;

    /// <summary>The attributes of every element the selector finds, in document order.</summary>
    public async Task<List<Dictionary<string, string>>> AttributesAsync(string selector)
    {
        var root = (await RootAsync()).GetProperty("nodeId").GetInt32();
        var found = await session.SendAsync("DOM.querySelectorAll", new Dictionary<string, object> { ["nodeId"] = root, ["selector"] = selector });
        var result = new List<Dictionary<string, string>>();
        foreach (var id in found!.Value.GetProperty("nodeIds").EnumerateArray())
        {
            var reply = await session.SendAsync("DOM.getAttributes", new Dictionary<string, object> { ["nodeId"] = id.GetInt32() });
            var pairs = reply!.Value.GetProperty("attributes").EnumerateArray().Select(a => a.GetString()!).ToList();
            var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i + 1 < pairs.Count; i += 2)
            {
                attributes[pairs[i]] = pairs[i + 1];
            }

            result.Add(attributes);
        }

        return result;
    }

    private async Task<JsonElement> RootAsync()
    {
        var document = await session.SendAsync("DOM.getDocument", new Dictionary<string, object> { ["depth"] = 0 });
        return document!.Value.GetProperty("root");
    }
}
