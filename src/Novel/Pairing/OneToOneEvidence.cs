using Novel.Alignment;

namespace Novel.Pairing;

/// <summary>
/// The cheap test that a translation with as many paragraphs as its original follows it paragraph for paragraph,
/// from lengths alone (no anchors, no alignment model). Every pair's length must fit the chapter's overall length
/// ratio; the translation's paragraph lengths must follow the original's (a significant correlation of their
/// logarithms); and they must fit better pair by pair than one paragraph out of step. A merge of two paragraphs
/// leaves one pair far too long (and the split that evens the counts one far too short); the stretch between them
/// is out of step and breaks the correlation; a translation of some other text does not correlate at all. Whatever
/// fails goes to the aligner, so this test only ever accepts; it never reports a chapter misaligned. Chapters of
/// fewer than four paragraphs carry too little evidence and are cheap to align anyway.
/// </summary>
internal static class OneToOneEvidence
{
    // How far (as a natural log of the ratio) a pair's length may stray from the chapter's ratio: a factor of 1.6.
    // Two paragraphs merged stray by ln 2 when they are the same size.
    private const double Tolerance = 0.47;

    // In step, the lengths must fit at least this many times better (mean squared log residual) than one out of step.
    private const double MinimumStepContrast = 1.5;

    // The t statistic of the correlation of log lengths must reach this: about one chance in a thousand that lengths
    // drawn independently of each other correlate so well.
    private const double MinimumCorrelationT = 3.0;

    private const int MinimumParagraphs = 4;

    // Source characters added to both sides of a pair before comparing, so one-word paragraphs do not dominate.
    private const double Smoothing = 4;

    // The confidence of a pair at the tolerance's edge; one that fits exactly is 1. It is the floor an accepted
    // one-to-one pairing has always had: equal counts that agree in length are themselves strong evidence.
    private const double EdgeConfidence = 0.9;

    /// <summary>
    /// The one-to-one beads when the counts agree and the lengths say plainly that the translation follows the
    /// original pair by pair; null when the aligner must decide.
    /// </summary>
    public static IReadOnlyList<AlignmentBead>? Accept(IReadOnlyList<string> source, IReadOnlyList<string> target)
    {
        var count = source.Count;
        if (count < MinimumParagraphs || count != target.Count)
        {
            return null;
        }

        var sourceLengths = new double[count];
        var targetLengths = new double[count];
        double sourceTotal = 0, targetTotal = 0;
        for (var i = 0; i < count; i++)
        {
            sourceLengths[i] = Length(source[i]);
            targetLengths[i] = Length(target[i]);
            sourceTotal += sourceLengths[i];
            targetTotal += targetLengths[i];
        }

        if (sourceTotal == 0 || targetTotal == 0)
        {
            return null;
        }

        var ratio = targetTotal / sourceTotal;
        var residuals = new double[count];
        double inStep = 0;
        for (var i = 0; i < count; i++)
        {
            residuals[i] = Residual(sourceLengths[i], targetLengths[i], ratio);
            if (Math.Abs(residuals[i]) > Tolerance)
            {
                return null;
            }

            inStep += residuals[i] * residuals[i];
        }

        // The order itself: one step ahead and one behind must fit worse.
        double ahead = 0, behind = 0;
        for (var i = 0; i + 1 < count; i++)
        {
            ahead += Square(Residual(sourceLengths[i], targetLengths[i + 1], ratio));
            behind += Square(Residual(sourceLengths[i + 1], targetLengths[i], ratio));
        }

        if (inStep / count * MinimumStepContrast > Math.Min(ahead, behind) / (count - 1)
            || CorrelationT(sourceLengths, targetLengths) < MinimumCorrelationT)
        {
            return null;
        }

        var beads = new AlignmentBead[count];
        for (var i = 0; i < count; i++)
        {
            beads[i] = new AlignmentBead([i], [i], 1 - ((1 - EdgeConfidence) * Math.Abs(residuals[i]) / Tolerance));
        }

        return beads;
    }

    // The natural log of how much longer the translation is than the ratio predicts.
    private static double Residual(double source, double target, double ratio) =>
        Math.Log((target + (ratio * Smoothing)) / (ratio * (source + Smoothing)));

    private static double Square(double value) => value * value;

    // The t statistic (n − 2 degrees of freedom) of the Pearson correlation of the smoothed log lengths; zero when
    // either side's lengths do not vary, which is no evidence at all.
    private static double CorrelationT(double[] source, double[] target)
    {
        var count = source.Length;
        double sourceMean = 0, targetMean = 0;
        for (var i = 0; i < count; i++)
        {
            sourceMean += Math.Log(source[i] + Smoothing);
            targetMean += Math.Log(target[i] + Smoothing);
        }

        (sourceMean, targetMean) = (sourceMean / count, targetMean / count);
        double both = 0, sourceSpread = 0, targetSpread = 0;
        for (var i = 0; i < count; i++)
        {
            var x = Math.Log(source[i] + Smoothing) - sourceMean;
            var y = Math.Log(target[i] + Smoothing) - targetMean;
            both += x * y;
            sourceSpread += x * x;
            targetSpread += y * y;
        }

        if (sourceSpread <= 0 || targetSpread <= 0)
        {
            return 0;
        }

        var r = both / Math.Sqrt(sourceSpread * targetSpread);
        return r * Math.Sqrt(count - 2) / Math.Sqrt(Math.Max(1e-12, 1 - (r * r)));
    }

    // Non-space characters, the aligner's length unit.
    private static double Length(string text)
    {
        var length = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                length++;
            }
        }

        return length;
    }
}
