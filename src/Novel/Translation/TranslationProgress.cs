namespace Novel.Translation;

/// <summary>How far a translation run has got.</summary>
/// <param name="Total">Distinct paragraphs (and titles) the run has to send.</param>
/// <param name="Translated">How many of them are translated.</param>
/// <param name="Failed">How many could not be translated.</param>
/// <param name="FromMemory">Paragraphs filled from the translation memory without a request.</param>
/// <param name="Requests">HTTP requests sent so far, retries included.</param>
/// <param name="Elapsed">Time since the run started.</param>
/// <param name="IsFinal">True for the last report of the run.</param>
public sealed record TranslationProgress(int Total, int Translated, int Failed, int FromMemory, int Requests, TimeSpan Elapsed, bool IsFinal)
{
    /// <summary>The estimated time left, from the rate so far; null before anything is done.</summary>
    public TimeSpan? Remaining
    {
        get
        {
            var done = Translated + Failed;
            return done == 0 ? null : Elapsed * ((double)(Total - done) / done);
        }
    }
}
