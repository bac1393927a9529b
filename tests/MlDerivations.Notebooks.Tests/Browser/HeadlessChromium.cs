using Microsoft.Playwright;

namespace MlDerivations.Notebooks.Tests.Browser;

/// <summary>
/// Debian's Chromium, headless, driven by Playwright through its executable path (no browser
/// download). One browser serves every test of a class; each page opens in a fresh context that
/// aborts every request that is not a local file, so a book that needs the network fails.
/// </summary>
public sealed class HeadlessChromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>
    /// How long a page may take to load, and a figure to draw, before a test calls it a failure. A
    /// chapter page (15 figures, 200 equations) loads in about 7 s on a quiet 2-core machine, but the
    /// suite runs it beside kernel and mutation processes, and a 30 s limit has been exceeded there
    /// (CI, 2026-12-02). Only failing tests ever wait this long.
    /// </summary>
    public const float PatienceMilliseconds = 120_000;

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(ExecutablePath),
            $"{ExecutablePath} is missing: apt-get install -y chromium (./test.sh does).");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
            await _browser.DisposeAsync();
        _playwright?.Dispose();
    }

    /// <summary>
    /// Opens a local HTML file with the network blocked; returns the page and what went wrong on it.
    /// <paramref name="serve"/> answers chosen URLs with local files (URL → path) instead, e.g. a CDN
    /// script, so a page's loading logic can be tested without network.
    /// </summary>
    public async Task<OpenedPage> OpenOfflineAsync(string htmlPath, IReadOnlyDictionary<string, string>? serve = null)
    {
        var context = await _browser!.NewContextAsync();
        context.SetDefaultTimeout(PatienceMilliseconds);
        context.SetDefaultNavigationTimeout(PatienceMilliseconds);
        var problems = new List<string>();
        await context.RouteAsync("**/*", route =>
        {
            if (route.Request.Url.StartsWith("file:", StringComparison.Ordinal))
                return route.ContinueAsync();
            if (serve is not null && serve.TryGetValue(route.Request.Url, out var file))
                return route.FulfillAsync(new RouteFulfillOptions { Path = file, ContentType = "application/javascript" });
            problems.Add("network request blocked: " + route.Request.Url);
            return route.AbortAsync();
        });
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
                problems.Add("console error: " + message.Text);
        };
        page.PageError += (_, error) => problems.Add("page error: " + error);
        page.RequestFailed += (_, request) => problems.Add("request failed: " + request.Url + " " + request.Failure);
        await page.GotoAsync(new Uri(htmlPath).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return new OpenedPage(context, page, problems);
    }
}

/// <summary>A page opened by <see cref="HeadlessChromium"/> and the problems seen while it loaded.</summary>
public sealed record OpenedPage(IBrowserContext Context, IPage Page, List<string> Problems) : IAsyncDisposable
{
    public async ValueTask DisposeAsync() => await Context.DisposeAsync();
}
