using Entente.Pipeline;
using Entente.Server;
using Microsoft.Playwright;

namespace Entente.Browser.Tests;

/// <summary>Shared by the dashboard tests: one engine, a server over the fixture store, one over an empty store, and one Chromium.</summary>
public sealed class DashboardFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private DashboardServer? _server;
    private DashboardServer? _empty;

    /// <summary>The fixture documents (Fixtures/world.jsonl): Pakistan, Russia, China, India and the US in 2017.</summary>
    public const string WorldFixture = "Fixtures/world.jsonl";

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("browser not started");

    /// <summary>Base URL of the server whose store holds the fixture documents.</summary>
    public string Url => _server?.Url ?? throw new InvalidOperationException("server not started");

    /// <summary>Base URL of a server whose store is empty.</summary>
    public string EmptyUrl => _empty?.Url ?? throw new InvalidOperationException("server not started");

    /// <summary>Where screenshots go: ENTENTE_SCREENSHOTS, else TestResults/screenshots in the test output folder.</summary>
    public static string ScreenshotFolder
    {
        get
        {
            var folder = Environment.GetEnvironmentVariable("ENTENTE_SCREENSHOTS");
            if (string.IsNullOrWhiteSpace(folder))
            {
                folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
            }

            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    public async Task InitializeAsync()
    {
        // The browser first: if it cannot start, every test fails with that reason and not a server one.
        (_playwright, _browser) = await BrowserLauncher.LaunchAsync();
        // The whole suite runs its assemblies in parallel on two shared cores: give pages time rather than flake.
        Assertions.SetDefaultExpectTimeout(15_000);
        var engine = EntenteServer.CreateEngine();
        _server = await DashboardServer.StartAsync(engine, WorldFixture);
        _empty = await DashboardServer.StartAsync(engine, jsonlFixture: null);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (_empty is not null)
        {
            await _empty.DisposeAsync();
        }
    }

    /// <summary>A new page at <paramref name="width"/>×<paramref name="height"/> that records script errors into <paramref name="errors"/>.</summary>
    public async Task<IPage> NewPageAsync(List<string> errors, int width = 1280, int height = 800)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ReducedMotion = ReducedMotion.Reduce,
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        page.PageError += (_, message) => errors.Add("page error: " + message);
        page.Console += (_, message) =>
        {
            // A failed request (the 400 of a bad filter) is logged by the browser itself; script errors are what count.
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                errors.Add("console error: " + message.Text);
            }
        };
        return page;
    }
}
