using Microsoft.Playwright;

namespace Phrasebook.Browser.Tests;

/// <summary>
/// #21 item 3 and 4 in real Chromium: the pages' Content-Security-Policy lets the theme's own inline
/// scripts run and nothing injected; a crafted short link longer than any code is answered at once
/// without running a pattern.
/// </summary>
[Collection(SampleSiteCollection.Name)]
public sealed class ContentSecurityPolicyTests(SampleSite site)
{
    [Fact]
    public async Task The_theme_inline_scripts_run_and_an_injected_one_is_refused()
    {
        await using var browser = await site.OpenAsync("/nb/terms/fuel-surcharge/");
        var page = browser.Page;
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);

        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.classList.contains('js')"), "the layout's inline script ran");
        var violation = await page.EvaluateAsync<string>("""
            () => new Promise(resolve => {
              document.addEventListener('securitypolicyviolation', e => resolve(e.violatedDirective), { once: true });
              const s = document.createElement('script');
              s.textContent = 'window.__injected = true;';
              document.body.appendChild(s);
              const a = document.createElement('img');
              a.setAttribute('src', 'x.png');
              a.setAttribute('onerror', 'window.__injected = true;');
              document.body.appendChild(a);
            })
            """);
        await page.WaitForTimeoutAsync(200);

        Assert.StartsWith("script-src", violation, StringComparison.Ordinal);
        Assert.False(await page.EvaluateAsync<bool>("() => window.__injected === true"), "an injected inline script ran");
    }

    [Fact]
    public async Task A_short_link_longer_than_any_code_is_unknown_without_running_patterns()
    {
        await using var browser = await site.OpenAsync("/c/" + new string('A', 5000) + "/");
        var page = browser.Page;

        await page.WaitForFunctionAsync("() => { const t = document.querySelector('[data-unknown-code-title]'); return t && t.textContent.indexOf('AAAA') >= 0; }");

        Assert.DoesNotContain(browser.Errors, e => !e.Contains("404", StringComparison.Ordinal));
    }
}
