using System.Text.Json;
using Microsoft.Playwright;

namespace Entente.Browser.Tests;

/// <summary>The dashboard in a real Chromium against the real server and a store of our fixture documents.</summary>
[Collection(DashboardCollection.Name)]
public sealed class DashboardTests
{
    private readonly DashboardFixture _fx;

    public DashboardTests(DashboardFixture fixture) => _fx = fixture;

    [Fact]
    public async Task Network_draws_a_node_for_each_of_Pakistan_Russia_and_China()
    {
        var errors = new List<string>();
        var page = await _fx.NewPageAsync(errors);
        await page.GotoAsync(_fx.Url + "/#network?min=1");
        var labels = page.Locator("[data-testid=network-chart] svg text");
        await Assertions.Expect(labels.Filter(new() { HasTextString = "PAK" }).First).ToBeVisibleAsync();
        var texts = await labels.AllTextContentsAsync();
        Assert.Contains("PAK", texts);
        Assert.Contains("RUS", texts);
        Assert.Contains("CHN", texts);
        // The pair list beside the chart offers the same pairs to keyboard users.
        await Assertions.Expect(page.Locator("[data-testid=pairs] [data-testid=pair][data-a=CHN][data-b=PAK]")).ToBeVisibleAsync();
        await Shot(page, "network");
        NoScriptErrors(errors);
    }

    [Fact]
    public async Task Clicking_an_edge_of_the_network_opens_that_dyads_timeline()
    {
        var errors = new List<string>();
        var page = await _fx.NewPageAsync(errors);
        await page.GotoAsync(_fx.Url + "/#network?min=1");
        await Assertions.Expect(page.Locator("[data-testid=network-chart] svg text").Filter(new() { HasTextString = "RUS" }).First).ToBeVisibleAsync();
        // A real mouse click on the drawn line: ECharts decides which element was hit.
        Assert.True(await ClickEdgeAsync(page, "CHN", "PAK"), "no click on the middle of the CHN–PAK line opened the timeline");
        await Assertions.Expect(page.Locator("[data-testid=timeline-title]")).ToContainTextAsync("CHN");
        await Assertions.Expect(page.Locator("[data-testid=timeline-title]")).ToContainTextAsync("PAK");
        await Assertions.Expect(page.Locator("[data-testid=timeline-summary]")).ToContainTextAsync("mean Goldstein");
        Assert.Contains("a=CHN", page.Url, StringComparison.Ordinal);
        Assert.Contains("b=PAK", page.Url, StringComparison.Ordinal);
        // Both directions and the quad classes are drawn.
        await Assertions.Expect(page.Locator("[data-testid=timeline-goldstein] svg text").Filter(new() { HasTextString = "CHN → PAK" }).First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=timeline-quads] svg text").Filter(new() { HasTextString = "Material cooperation" }).First).ToBeVisibleAsync();
        await Shot(page, "timeline");
        NoScriptErrors(errors);
    }

    [Fact]
    public async Task The_time_slider_narrows_the_network_to_the_chosen_months()
    {
        var errors = new List<string>();
        var page = await _fx.NewPageAsync(errors);
        await page.GotoAsync(_fx.Url + "/#network?min=1");
        var labels = page.Locator("[data-testid=network-chart] svg text");
        await Assertions.Expect(labels.Filter(new() { HasTextString = "USA" }).First).ToBeVisibleAsync();
        await page.Locator("[data-testid=net-window]").SelectOptionAsync("1");
        var slider = page.Locator("[data-testid=net-slider]");
        await slider.FocusAsync();
        await page.Keyboard.PressAsync("Home");
        await Assertions.Expect(page.Locator("[data-testid=net-range]")).ToHaveTextAsync("Jan 2017");
        // January 2017 of the fixture: Pakistan met Russia, China praised Pakistan, India fired on Pakistan; the US is not there yet.
        await Assertions.Expect(labels.Filter(new() { HasTextString = "USA" })).ToHaveCountAsync(0);
        var texts = await labels.AllTextContentsAsync();
        Assert.Contains("PAK", texts);
        Assert.Contains("RUS", texts);
        Assert.Contains("IND", texts);
        Assert.Contains("window=1", page.Url, StringComparison.Ordinal);
        NoScriptErrors(errors);
    }

    [Fact]
    public async Task The_timeline_domain_filter_keeps_one_domain_and_says_how_many_events_it_has()
    {
        var errors = new List<string>();
        var page = await _fx.NewPageAsync(errors);
        await page.GotoAsync(_fx.Url + "/#timeline?a=IND&b=PAK&domain=military");
        await Assertions.Expect(page.Locator("[data-testid=timeline-summary]")).ToContainTextAsync("of them in defence");
        var legend = page.Locator("[data-testid=timeline-domains] svg text");
        await Assertions.Expect(legend.Filter(new() { HasTextString = "Defence" }).First).ToBeVisibleAsync();
        await Assertions.Expect(legend.Filter(new() { HasTextString = "Diplomacy" })).ToHaveCountAsync(0);
        NoScriptErrors(errors);
    }

    [Fact]
    public async Task A_pair_in_the_list_opens_its_timeline_from_the_keyboard()
    {
        var errors = new List<string>();
        var page = await _fx.NewPageAsync(errors);
        await page.GotoAsync(_fx.Url + "/#network?min=1");
        var pair = page.Locator("[data-testid=pairs] [data-testid=pair][data-a=IND][data-b=PAK]");
        await pair.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("[data-testid=timeline-title]")).ToContainTextAsync("IND");
        await Assertions.Expect(page.Locator("[data-testid=timeline-quads] svg text").Filter(new() { HasTextString = "Material conflict" }).First).ToBeVisibleAsync();
        NoScriptErrors(errors);
    }

    [Fact]
    public async Task An_event_row_expands_to_its_sentence_with_source_target_and_trigger_marked()
    {
        var errors = new List<string>();
        var page = await _fx.NewPageAsync(errors);
        // What the API says about the event, so that the marks are checked against its offsets' text.
        var api = await page.APIRequest.GetAsync(_fx.Url + "/api/events?actor=RUS&code=042");
        Assert.True(api.Ok, await api.TextAsync());
        var answer = await api.JsonAsync();
        var ev = answer!.Value.GetProperty("events")[0];
        var source = ev.GetProperty("source").GetProperty("text").GetString();
        var target = ev.GetProperty("target").GetProperty("text").GetString();
        var trigger = ev.GetProperty("trigger").GetProperty("text").GetString();
        Assert.Equal("visited", trigger);
        Assert.Equal("Islamabad", target);

        await page.GotoAsync(_fx.Url + "/#events?actor=RUS&code=042");
        var row = page.Locator("[data-testid=event-row]");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await row.Locator("[data-testid=event-expand]").ClickAsync();
        var sentence = page.Locator("[data-testid=event-detail] [data-testid=event-sentence]");
        await Assertions.Expect(sentence).ToBeVisibleAsync();
        Assert.Equal(source, await sentence.Locator("mark[data-role=source]").TextContentAsync());
        Assert.Equal(target, await sentence.Locator("mark[data-role=target]").TextContentAsync());
        Assert.Equal(trigger, await sentence.Locator("mark[data-role=trigger]").TextContentAsync());
        Assert.Equal(ev.GetProperty("evidence").GetProperty("sentence").GetString(), await sentence.TextContentAsync());
        await Assertions.Expect(page.Locator("[data-testid=event-rule]")).ToHaveTextAsync(ev.GetProperty("rule").GetString()!);
        await Assertions.Expect(page.Locator("[data-testid=event-facts]")).ToContainTextAsync("asserted");
        await Assertions.Expect(row.Locator("[data-testid=event-expand]")).ToHaveAttributeAsync("aria-expanded", "true");
        await Shot(page, "events");
        NoScriptErrors(errors);
    }

    [Fact]
    public async Task The_event_table_pages_through_the_store()
    {
        var errors = new List<string>();
        var page = await _fx.NewPageAsync(errors);
        await page.GotoAsync(_fx.Url + "/#events");
        var count = page.Locator("[data-testid=events-count]");
        await Assertions.Expect(count).ToContainTextAsync("1–25 of");
        await page.Locator("[data-testid=ev-next]").ClickAsync();
        await Assertions.Expect(count).ToContainTextAsync("26–");
        await Assertions.Expect(page.Locator("[data-testid=ev-prev]")).ToBeEnabledAsync();
        NoScriptErrors(errors);
    }

    [Fact]
    public async Task Paste_and_code_finds_the_meeting_and_marks_it_in_the_text()
    {
        var errors = new List<string>();
        var page = await _fx.NewPageAsync(errors);
        await page.GotoAsync(_fx.Url + "/#paste");
        await page.Locator("[data-testid=paste-date]").FillAsync("2017-03-01");
        await page.GetByLabel("News text").FillAsync("Pakistan's foreign minister met the Chinese ambassador in Islamabad on Monday.");
        await page.Locator("[data-testid=paste-code]").ClickAsync();
        var card = page.Locator("[data-testid=paste-event]");
        await Assertions.Expect(card).ToHaveCountAsync(1);
        Assert.StartsWith("04", await card.GetAttributeAsync("data-root"), StringComparison.Ordinal);
        await Assertions.Expect(card).ToContainTextAsync("PAKGOV");
        var output = page.Locator("[data-testid=paste-output]");
        await Assertions.Expect(output.Locator("mark[data-role=trigger]")).ToHaveTextAsync("met");
        await Assertions.Expect(output.Locator("mark[data-role=source]")).ToHaveTextAsync("Pakistan's foreign minister");
        await Assertions.Expect(output.Locator("mark[data-role=target]")).ToContainTextAsync("Chinese");
        await Shot(page, "paste");
        NoScriptErrors(errors);
    }

    [Fact]
    public async Task A_bad_date_filter_shows_the_servers_explanation()
    {
        var errors = new List<string>();
        var page = await _fx.NewPageAsync(errors);
        await page.GotoAsync(_fx.Url + "/#events");
        await Assertions.Expect(page.Locator("[data-testid=event-row]").First).ToBeVisibleAsync();
        await page.GetByLabel("From").FillAsync("2017-13-45");
        await page.Locator("[data-testid=ev-apply]").ClickAsync();
        var error = page.Locator("[data-testid=events-status] [data-testid=error]");
        await Assertions.Expect(error).ToBeVisibleAsync();
        await Assertions.Expect(error).ToHaveAttributeAsync("role", "alert");
        await Assertions.Expect(error).ToContainTextAsync("from: not a date");
        await Assertions.Expect(error).ToContainTextAsync("2017-13-45");
        await Assertions.Expect(page.Locator("[data-testid=event-row]")).ToHaveCountAsync(0);
        await Shot(page, "error-bad-date");
        NoScriptErrors(errors);
    }

    [Fact]
    public async Task An_unknown_actor_in_the_timeline_shows_the_servers_explanation()
    {
        var errors = new List<string>();
        var page = await _fx.NewPageAsync(errors);
        await page.GotoAsync(_fx.Url + "/#timeline?a=PAK&b=ZZZ");
        var error = page.Locator("[data-testid=timeline-status] [data-testid=error]");
        await Assertions.Expect(error).ToContainTextAsync("ZZZ");
        NoScriptErrors(errors);
    }

    [Fact]
    public async Task A_pair_that_never_met_in_the_range_says_so()
    {
        var errors = new List<string>();
        var page = await _fx.NewPageAsync(errors);
        await page.GotoAsync(_fx.Url + "/#timeline?a=PAK&b=USA&from=2017-05-01&to=2017-05-31");
        await Assertions.Expect(page.Locator("[data-testid=timeline-status] [data-testid=empty]"))
            .ToContainTextAsync("No events between PAK and USA between 2017-05-01 and 2017-05-31");
        NoScriptErrors(errors);
    }

    [Fact]
    public async Task An_empty_store_says_why_there_is_nothing_to_show()
    {
        var errors = new List<string>();
        var page = await _fx.NewPageAsync(errors);
        await page.GotoAsync(_fx.EmptyUrl + "/#network");
        await Assertions.Expect(page.Locator("[data-testid=network-status] [data-testid=empty]"))
            .ToContainTextAsync("No events in the store yet — run entente ingest");
        await page.Locator("[data-testid=tab-events]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=events-status] [data-testid=empty]"))
            .ToContainTextAsync("No events in the store yet");
        NoScriptErrors(errors);
    }

    [Fact]
    public async Task A_narrow_window_still_shows_every_view_without_sideways_scrolling()
    {
        var errors = new List<string>();
        var page = await _fx.NewPageAsync(errors, width: 400, height: 800);
        await page.GotoAsync(_fx.Url + "/#network?min=1");
        await Assertions.Expect(page.Locator("[data-testid=network-chart] svg text").Filter(new() { HasTextString = "CHN" }).First).ToBeVisibleAsync();
        await AssertFitsAsync(page);
        await Shot(page, "narrow-network");
        foreach (var view in new[] { "timeline", "events", "paste" })
        {
            await page.Locator($"[data-testid=tab-{view}]").ClickAsync();
            await Assertions.Expect(page.Locator($"[data-testid=view-{view}]")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator($"[data-testid=view-{view}] h1")).ToBeInViewportAsync();
        }

        // A new page load (another query string), so the unfiltered table of the tab above cannot be the one clicked.
        await page.GotoAsync(_fx.Url + "/?narrow#events?actor=PAK");
        await Assertions.Expect(page.Locator("[data-testid=event-row]").First).ToBeVisibleAsync();
        await page.Locator("[data-testid=event-expand]").First.ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=event-sentence] mark[data-role=trigger]").First).ToBeVisibleAsync();
        await AssertFitsAsync(page);
        await Shot(page, "narrow-events");
        NoScriptErrors(errors);
    }

    /// <summary>Fails with every script error of the page, not just a count.</summary>
    internal static void NoScriptErrors(List<string> errors) =>
        Assert.True(errors.Count == 0, "script errors:\n" + string.Join("\n", errors));

    private static async Task AssertFitsAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 1, $"the page scrolls sideways by {overflow} px");
    }

    /// <summary>
    /// Clicks the middle of the drawn a–b line with the mouse; true when that opened the timeline. The point is read
    /// once the layout has stopped moving, and the click comes only after hovering there makes ECharts' tooltip name the
    /// pair, so a layout shift between reading the point and clicking (seen once on a loaded CI machine) leads to a
    /// fresh try rather than a click on empty canvas. Each try is a real hit test by the chart library.
    /// </summary>
    private static async Task<bool> ClickEdgeAsync(IPage page, string a, string b)
    {
        var timeline = page.Locator("[data-testid=view-timeline]");
        var tooltip = page.Locator("[data-testid=network-chart] div").Filter(new() { HasTextString = $"{a} – {b}" }).First;
        for (var attempt = 0; attempt < 4; attempt++)
        {
            var point = await page.EvaluateAsync<JsonElement>(
                """
                async ([a, b]) => {
                  const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
                  let last = null;
                  for (let i = 0; i < 30; i++) {
                    await frame();
                    const p = window.__ententeNetwork.edgePoint(a, b);
                    if (p && last && p.x === last.x && p.y === last.y) return p;
                    last = p;
                  }
                  return last;
                }
                """,
                new[] { a, b });
            Assert.Equal(JsonValueKind.Object, point.ValueKind);
            var x = point.GetProperty("x").GetSingle();
            var y = point.GetProperty("y").GetSingle();
            await page.Mouse.MoveAsync(x, y);
            try
            {
                await tooltip.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 3_000 });
            }
            catch (TimeoutException)
            {
                await page.Mouse.MoveAsync(0, 0);
                continue;
            }

            await page.Mouse.ClickAsync(x, y);
            try
            {
                await timeline.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 5_000 });
                return true;
            }
            catch (TimeoutException)
            {
                await page.Mouse.MoveAsync(0, 0);
            }
        }

        return false;
    }

    private static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(DashboardFixture.ScreenshotFolder, name + ".png"), FullPage = true });
}
