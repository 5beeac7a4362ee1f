using System.Net.Http.Headers;

namespace Novel.Translation;

/// <summary>
/// How long to wait before retrying a request: what the server's <c>Retry-After</c> (seconds or an HTTP date) or
/// <c>retry-after-ms</c> asks for, else exponential back-off with jitter; never longer than the configured maximum.
/// </summary>
internal sealed class RetryPolicy(TimeSpan baseDelay, TimeSpan maxDelay, int maxAttempts, Func<double>? random = null)
{
    private readonly Func<double> random = random ?? Random.Shared.NextDouble;

    /// <summary>How many times one request is tried in all.</summary>
    public int MaxAttempts => maxAttempts;

    /// <summary>The wait after the given failed attempt (1 for the first).</summary>
    public TimeSpan DelayAfter(int failedAttempt, TimeSpan? retryAfter)
    {
        if (retryAfter is { } asked)
        {
            // A small jitter so that requests the server turned away together do not return together.
            var jittered = asked + TimeSpan.FromMilliseconds(random() * 250);
            return jittered < TimeSpan.Zero ? TimeSpan.Zero : Min(jittered, maxDelay);
        }

        var exponential = baseDelay * Math.Pow(2, Math.Min(failedAttempt - 1, 20));
        return Min(exponential, maxDelay) * (0.5 + (random() * 0.5));
    }

    /// <summary>The delay a response asks for, read from <c>retry-after-ms</c> or <c>Retry-After</c>, or null.</summary>
    public static TimeSpan? RequestedDelay(HttpResponseMessage response, DateTimeOffset now)
    {
        if (response.Headers.TryGetValues("retry-after-ms", out var values)
            && double.TryParse(values.FirstOrDefault(), System.Globalization.CultureInfo.InvariantCulture, out var ms) && ms >= 0)
        {
            return TimeSpan.FromMilliseconds(ms);
        }

        return FromHeader(response.Headers.RetryAfter, now);
    }

    /// <summary>The delay a <c>Retry-After</c> header value asks for: its seconds, or the time until its date.</summary>
    public static TimeSpan? FromHeader(RetryConditionHeaderValue? header, DateTimeOffset now) => header switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date > now ? date - now : TimeSpan.Zero,
        _ => null,
    };

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
