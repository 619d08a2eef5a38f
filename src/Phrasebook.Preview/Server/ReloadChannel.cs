using System.Threading.Channels;

namespace Phrasebook.Preview.Server;

/// <summary>
/// Fan-out of server-sent events to every open page. A page that cannot keep up loses its oldest
/// messages rather than slowing the rebuild loop down; the next state message tells it where things are.
/// </summary>
public sealed class ReloadChannel
{
    private readonly Lock _gate = new();
    private readonly List<Channel<string>> _subscribers = [];

    public int Subscribers
    {
        get
        {
            lock (_gate)
            {
                return _subscribers.Count;
            }
        }
    }

    public Channel<string> Subscribe()
    {
        var channel = Channel.CreateBounded<string>(new BoundedChannelOptions(32) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        lock (_gate)
        {
            _subscribers.Add(channel);
        }

        return channel;
    }

    public void Unsubscribe(Channel<string> channel)
    {
        lock (_gate)
        {
            _subscribers.Remove(channel);
        }
    }

    /// <summary>Sends one event ("event: name" and one data line of JSON) to every page.</summary>
    public void Publish(string name, string json)
    {
        var message = Format(name, json);
        lock (_gate)
        {
            foreach (var s in _subscribers)
            {
                s.Writer.TryWrite(message);
            }
        }
    }

    public static string Format(string name, string json) => $"event: {name}\ndata: {json}\n\n";
}
