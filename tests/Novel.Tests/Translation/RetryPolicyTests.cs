using System.Net;
using System.Net.Http.Headers;
using Novel.Translation;

namespace Novel.Tests.Translation;

public sealed class RetryPolicyTests
{
    [Fact]
    public void DelayAfter_DoublesWithJitterUpToTheMaximum_WhenTheServerAsksNothing()
    {
        var low = new RetryPolicy(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), 6, () => 0.0);
        var high = new RetryPolicy(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), 6, () => 1.0);

        Assert.Equal([0.5, 1, 2, 4, 5, 5], Enumerable.Range(1, 6).Select(a => low.DelayAfter(a, null).TotalSeconds));
        Assert.Equal([1, 2, 4, 8, 10, 10], Enumerable.Range(1, 6).Select(a => high.DelayAfter(a, null).TotalSeconds));
    }

    [Fact]
    public void DelayAfter_WaitsWhatRetryAfterAsks_CappedAtTheMaximum()
    {
        var policy = new RetryPolicy(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), 6, () => 0.0);

        Assert.Equal(TimeSpan.FromSeconds(7), policy.DelayAfter(1, TimeSpan.FromSeconds(7)));
        Assert.Equal(TimeSpan.FromSeconds(60), policy.DelayAfter(1, TimeSpan.FromHours(1)));
    }

    [Fact]
    public void RequestedDelay_ReadsSecondsDatesAndMilliseconds()
    {
        var now = new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);
        using var seconds = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        seconds.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(12));
        using var date = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        date.Headers.RetryAfter = new RetryConditionHeaderValue(now.AddSeconds(30));
        using var past = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        past.Headers.RetryAfter = new RetryConditionHeaderValue(now.AddSeconds(-30));
        using var milliseconds = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        milliseconds.Headers.TryAddWithoutValidation("retry-after-ms", "1500");
        using var none = new HttpResponseMessage(HttpStatusCode.InternalServerError);

        Assert.Equal(TimeSpan.FromSeconds(12), RetryPolicy.RequestedDelay(seconds, now));
        Assert.Equal(TimeSpan.FromSeconds(30), RetryPolicy.RequestedDelay(date, now));
        Assert.Equal(TimeSpan.Zero, RetryPolicy.RequestedDelay(past, now));
        Assert.Equal(TimeSpan.FromMilliseconds(1500), RetryPolicy.RequestedDelay(milliseconds, now));
        Assert.Null(RetryPolicy.RequestedDelay(none, now));
    }
}
