namespace Phrasebook.BuildCache;

/// <summary>
/// An exclusive lock on <c>.phrasebook/cache/lock</c> for one building process (on Linux and macOS .NET takes it with
/// flock, so a killed build releases it with its process). Waits while another build holds it.
/// </summary>
public static class CacheLock
{
    public const string FileName = "lock";

    public static async Task<IDisposable> TakeAsync(string cacheFolder, CancellationToken token)
    {
        Directory.CreateDirectory(cacheFolder);
        var path = Path.Combine(cacheFolder, FileName);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (!token.IsCancellationRequested)
            {
                await Task.Delay(100, token);
            }
        }
    }
}
