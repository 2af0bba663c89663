namespace Entente.Server;

/// <summary>The server cannot start: no store, an unreadable store, or unloadable data; the message is one line for the user.</summary>
public sealed class ServerStartException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ServerStartException()
    {
    }

    /// <summary>Creates the exception with a one-line reason.</summary>
    public ServerStartException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a one-line reason and its cause.</summary>
    public ServerStartException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
