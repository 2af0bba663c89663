namespace Entente.Server;

/// <summary>Reads a page of a list: <c>offset</c>/<c>limit</c>, or <c>page</c> (from 1)/<c>pageSize</c>, bounded by <see cref="ServerOptions.MaxPageSize"/>.</summary>
internal static class Paging
{
    public static (int Offset, int Limit) Read(QueryReader q, ServerOptions options)
    {
        var max = options.MaxPageSize;
        var byOffset = q.Has("offset") || q.Has("limit");
        var byPage = q.Has("page") || q.Has("pageSize");
        if (byOffset && byPage)
        {
            q.Errors.Add("page", "give either offset/limit or page/pageSize, not both");
            return (0, options.DefaultPageSize);
        }

        if (byPage)
        {
            var size = q.Int("pageSize", Math.Min(options.DefaultPageSize, max), 1, max);
            var page = q.Int("page", 1, 1, int.MaxValue / Math.Max(1, size));
            return ((page - 1) * size, size);
        }

        var limit = q.Int("limit", Math.Min(options.DefaultPageSize, max), 1, max);
        var offset = q.Int("offset", 0, 0, int.MaxValue - max);
        return (offset, limit);
    }
}
