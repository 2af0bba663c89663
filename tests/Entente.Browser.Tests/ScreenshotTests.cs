using Entente.Server;
using Microsoft.Playwright;

namespace Entente.Browser.Tests;

/// <summary>
/// Walks the four views as the documentation shows them and saves network.png, timeline.png, events.png and paste.png.
/// By default over the fixture store into the test output; docs/screenshots/make-screenshots.sh points it
/// (ENTENTE_SCREENSHOT_DB, ENTENTE_SCREENSHOTS) at a store ingested from real articles and at docs/screenshots/.
/// </summary>
[Collection(DashboardCollection.Name)]
[Trait("Category", "Screenshots")]
public sealed class ScreenshotTests
{
    // Our own sentences: the paste view's screenshot must not show text we may not publish.
    private const string PasteText =
        "Pakistan's army chief met the Russian ambassador in Rawalpindi on Monday to discuss regional security. " +
        "China signed an energy agreement with Pakistan on Tuesday. Indian troops fired on Pakistani soldiers along the Line of Control.";

    private readonly DashboardFixture _fx;

    public ScreenshotTests(DashboardFixture fixture) => _fx = fixture;

    [Fact]
    public async Task Documentation_screenshots_of_the_four_views()
    {
        var database = Environment.GetEnvironmentVariable("ENTENTE_SCREENSHOT_DB");
        DashboardServer? own = null;
        if (!string.IsNullOrWhiteSpace(database))
        {
            Assert.True(File.Exists(database), $"ENTENTE_SCREENSHOT_DB={database}: no such store");
            own = await DashboardServer.OpenAsync(EntenteServer.CreateEngine(), database);
        }

        try
        {
            await WalkAsync(own?.Url ?? _fx.Url, own is null ? "docs-" : "");
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    private async Task WalkAsync(string url, string prefix)
    {
        var errors = new List<string>();
        var page = await _fx.NewPageAsync(errors);

        await page.GotoAsync(url + "/#network");
        await Assertions.Expect(page.Locator("[data-testid=network-chart] svg text").First).ToBeVisibleAsync();
        await page.WaitForTimeoutAsync(300);
        await SaveAsync(page, prefix + "network");

        // The busiest pair of the whole span.
        var pair = page.Locator("[data-testid=pairs] [data-testid=pair]").First;
        var a = await pair.GetAttributeAsync("data-a");
        await pair.ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=timeline-title]")).ToContainTextAsync(a!);
        await Assertions.Expect(page.Locator("[data-testid=timeline-quads] svg text").First).ToBeVisibleAsync();
        await page.WaitForTimeoutAsync(300);
        await SaveAsync(page, prefix + "timeline");

        await page.GotoAsync(url + "/#events?actor=" + a);
        var row = page.Locator("[data-testid=event-row]").First;
        await row.Locator("[data-testid=event-expand]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=event-sentence] mark[data-role=trigger]").First).ToBeVisibleAsync();
        await SaveAsync(page, prefix + "events");

        await page.GotoAsync(url + "/#paste");
        await page.Locator("[data-testid=paste-date]").FillAsync("2017-01-18");
        await page.GetByLabel("News text").FillAsync(PasteText);
        await page.Locator("[data-testid=paste-code]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=paste-event]").First).ToBeVisibleAsync();
        await SaveAsync(page, prefix + "paste");
        DashboardTests.NoScriptErrors(errors);
    }

    private static Task SaveAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(DashboardFixture.ScreenshotFolder, name + ".png") });
}
