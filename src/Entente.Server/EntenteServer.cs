using System.Data.Common;
using Entente.Pipeline;
using Entente.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Entente.Server;

/// <summary>Builds the Entente HTTP API (and the dashboard's static files) over a store and an engine; shared by <c>entente serve</c> and the tests.</summary>
/// <remarks>
/// <code>
/// await using var app = await EntenteServer.BuildAsync(new ServerOptions { DatabasePath = "x.duckdb", Urls = "http://127.0.0.1:0" });
/// await app.StartAsync();
/// var url = app.Urls.First();   // the port actually bound
/// </code>
/// </remarks>
public static class EntenteServer
{
    /// <summary>Opens the store of <paramref name="options"/> (owned and disposed by the app), builds the engine once, and builds the app (not started).</summary>
    /// <exception cref="ServerStartException">No store at the path (unless <see cref="ServerOptions.CreateStore"/>), or the store cannot be opened.</exception>
    public static async Task<WebApplication> BuildAsync(ServerOptions options, Engine? engine = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var store = await OpenStoreAsync(options, cancellationToken).ConfigureAwait(false);
        try
        {
            return Build(options, store, engine ?? CreateEngine(), ownsStore: true);
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Synchronous <see cref="BuildAsync"/>, for callers that cannot await.</summary>
    public static WebApplication Build(ServerOptions options, Engine? engine = null) =>
        BuildAsync(options, engine).GetAwaiter().GetResult();

    /// <summary>Builds the app over an open <paramref name="store"/>; with <paramref name="ownsStore"/> false the caller disposes the store after the app.</summary>
    public static WebApplication Build(ServerOptions options, DuckDbEventStore store, Engine engine, bool ownsStore = false)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxRequestBytes, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxPageSize, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.DefaultPageSize, 1, nameof(options));
        // Production always: the developer exception page (stack traces in answers) must never be switched on by an environment variable.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            EnvironmentName = Environments.Production,
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = typeof(EntenteServer).Assembly.GetName().Name,
            Args = [],
        });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = options.MaxRequestBytes;
            k.AddServerHeader = false;
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(c => c.SingleLine = true);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // Start-up failures (a port in use) are reported by the caller in one line; request failures are logged once, by us.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.None);
        builder.Logging.AddFilter("Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware", LogLevel.None);
        if (options.LogRequests)
        {
            builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Information);
        }

        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        var context = new ServerContext(options, store, engine);
        builder.Services.AddSingleton(context);
        if (ownsStore)
        {
            // Created by a factory, so the container disposes it with the app.
            builder.Services.AddSingleton(_ => new StoreOwner(store));
        }

        var app = builder.Build();
        if (ownsStore)
        {
            app.Services.GetRequiredService<StoreOwner>();
        }

        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = WriteInternalErrorAsync });
        // Empty error answers (404 unknown route, 405 wrong method, 415 media type refused by routing) become problem JSON.
        app.UseStatusCodePages();
        var root = options.StaticRoot ?? Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (Directory.Exists(root))
        {
            var files = new PhysicalFileProvider(Path.GetFullPath(root));
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        }

        app.MapOpenApi("/openapi/{documentName}.json");
        CodeEndpoints.Map(app);
        DocumentEndpoints.Map(app);
        EventEndpoints.Map(app);
        DyadEndpoints.Map(app);
        AlignmentEndpoints.Map(app);
        ActorEndpoints.Map(app);
        HealthEndpoints.Map(app);
        return app;
    }

    /// <summary>The engine with the shipped dictionaries and patterns (compiled once; share it between apps in tests).</summary>
    public static Engine CreateEngine() => Engine.Create(new EngineOptions());

    private static async Task<DuckDbEventStore> OpenStoreAsync(ServerOptions options, CancellationToken ct)
    {
        var path = options.DatabasePath;
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new ServerStartException("no store path given");
        }

        if (!options.CreateStore && path != ":memory:" && !File.Exists(path))
        {
            throw new ServerStartException($"{path}: no store; run 'entente ingest' first");
        }

        try
        {
            return await DuckDbEventStore.OpenAsync(path, cancellationToken: ct).ConfigureAwait(false);
        }
        catch (DbException ex)
        {
            throw new ServerStartException($"{path}: {FirstLine(ex.Message)}", ex);
        }
        catch (InvalidOperationException ex) when (ex.Message.StartsWith(path, StringComparison.Ordinal))
        {
            throw new ServerStartException(ex.Message, ex);
        }
    }

    private static async Task WriteInternalErrorAsync(HttpContext http)
    {
        var error = http.Features.Get<IExceptionHandlerFeature>()?.Error;
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Entente.Server")
            .LogError(error, "{Method} {Path} failed", http.Request.Method, http.Request.Path);
        if (error is OperationCanceledException && http.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        // Never the exception's message or stack: they can name files, SQL and internals.
        await ApiErrors.Problem(StatusCodes.Status500InternalServerError, "internal error", "the server could not answer this request; the error is in the server log")
            .ExecuteAsync(http).ConfigureAwait(false);
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOf('\n', StringComparison.Ordinal);
        return (end < 0 ? message : message[..end]).Trim();
    }
}
