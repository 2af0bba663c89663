using Microsoft.Playwright;

namespace Entente.Browser.Tests;

/// <summary>Starts Playwright and the system Chromium; fails loudly (never skips) when no browser can start.</summary>
internal static class BrowserLauncher
{
    /// <summary>Flags without which Chromium tries the network at start-up and this closed network refuses connections.</summary>
    private static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    ];

    /// <summary>Chromium's path: ENTENTE_CHROMIUM when set, else the first Debian/Ubuntu location that exists.</summary>
    public static string ChromiumPath()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("ENTENTE_CHROMIUM");
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return fromEnvironment;
        }

        foreach (var candidate in new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" })
        {
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return "/usr/bin/chromium";
    }

    /// <summary>Playwright and a headless Chromium, or an exception saying what is missing and how to fix it.</summary>
    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var path = ChromiumPath();
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"No Chromium at {path}. The browser tests need a real Chromium: install it (Debian: apt-get install chromium) " +
                "or set ENTENTE_CHROMIUM to its path. Playwright's own download (playwright install) is not used.");
        }

        IPlaywright playwright;
        try
        {
            playwright = await Playwright.CreateAsync();
        }
        catch (Exception ex) when (ex is PlaywrightException or InvalidOperationException or IOException or System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException(
                $"The Playwright driver did not start ({ex.Message}). It ships in the Microsoft.Playwright package and is copied to " +
                $"{Path.Combine(AppContext.BaseDirectory, ".playwright")}; rebuild the test project.", ex);
        }

        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = path,
                Headless = true,
                Args = Flags,
                Timeout = 60_000,
            });
            return (playwright, browser);
        }
        catch (PlaywrightException ex)
        {
            playwright.Dispose();
            throw new InvalidOperationException($"Chromium at {path} did not start: {ex.Message}", ex);
        }
    }
}
