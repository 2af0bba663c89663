using Entente.Coding;
using Entente.Dictionaries;
using Entente.Pipeline;
using Entente.Text;

namespace Entente.Cli;

/// <summary>Turns the library's input errors into one line on stderr and exit code 2; never a stack trace.</summary>
internal static class CliErrors
{
    public static async Task<int> RunAsync(Func<Task<int>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (InputException ex)
        {
            return Fail(ex.Message);
        }
        catch (DictionaryException ex)
        {
            return Fail(ex.Message);
        }
        catch (PatternException ex)
        {
            return Fail(ex.Message);
        }
        catch (CodingException ex)
        {
            return Fail(ex.Message);
        }
        catch (DirectoryNotFoundException ex)
        {
            return Fail(ex.Message);
        }
        catch (OperationCanceledException)
        {
            return Fail("cancelled");
        }
        catch (IOException ex) when (ex.Message.Contains("pipe", StringComparison.OrdinalIgnoreCase))
        {
            // The reader of our stdout went away (`entente code | head`): not an error of ours.
            return ExitCodes.Ok;
        }
    }

    public static int Fail(string message)
    {
        Console.Error.WriteLine($"entente: {message}");
        return ExitCodes.BadInput;
    }

    /// <summary>The first line of an error message, trimmed: one line per skipped document.</summary>
    public static string FirstLine(string message)
    {
        var end = message.IndexOf('\n', StringComparison.Ordinal);
        return (end < 0 ? message : message[..end]).Trim();
    }
}
