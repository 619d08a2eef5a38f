using System.Net;
using Microsoft.AspNetCore.Http;

namespace Phrasebook.Preview.Server;

/// <summary>
/// The preview answers only requests addressed to it by a loopback name or an IP address. A web page
/// can point a domain of its own at 127.0.0.1 (DNS rebinding) and then read the preview as if it were
/// that domain; such a request still carries the attacker's name in Host, so it gets 403. An IP address
/// cannot be rebound, so `--host 0.0.0.0` still works from another machine by IP.
/// </summary>
internal static class LocalHostNames
{
    public static bool IsAllowed(HostString host)
    {
        if (!host.HasValue)
        {
            return false;
        }

        var name = host.Host.TrimEnd('.');
        return name.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
            || IPAddress.TryParse(name.Trim('[', ']'), out _);
    }
}
