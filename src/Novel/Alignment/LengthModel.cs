using System.Runtime.CompilerServices;
namespace Novel.Alignment;

/// <summary>
/// Gale-Church length model learned from the input itself: a target unit is expected to be <see cref="Ratio"/>
/// times as long as its source, with a variance that grows with the length. The cost of a bead is the negative
/// log of the two-tailed probability of its length difference.
/// </summary>
/// <param name="Ratio">Expected target length per unit of source length.</param>
/// <param name="Variance">Variance of the length difference per unit of (target-scaled) length.</param>
/// <param name="MeanLength">The mean length of a unit, in target units: the scale of an omission's cost.</param>
internal sealed record LengthModel(double Ratio, double Variance, double MeanLength)
{
    private const double MaxCost = 60;
    private const double OmissionCost = 1.5;

    /// <summary>The model whose ratio is the ratio of total lengths, with a variance suited to literary text.</summary>
    public static LengthModel FromTotals(IReadOnlyCollection<double> source, IReadOnlyCollection<double> target)
    {
        var s = source.Sum();
        var t = target.Sum();
        var ratio = s > 0 && t > 0 ? t / s : 1.0;
        var mean = source.Count + target.Count == 0 ? 1 : 2 * t / (source.Count + target.Count);
        return new LengthModel(ratio, 6.0 * ratio, Math.Max(1, mean));
    }

    /// <summary>
    /// The model with the variance re-estimated from the one-to-one beads of a first alignment (a robust mean that
    /// ignores the worst tenth, which are mostly misalignments).
    /// </summary>
    public LengthModel Refit(IEnumerable<(double Source, double Target)> oneToOne)
    {
        var residuals = oneToOne
            .Where(p => p.Source > 0 && p.Target > 0)
            .Select(p => Square(p.Target - (Ratio * p.Source)) / Scale(p.Source, p.Target))
            .Order()
            .ToList();
        if (residuals.Count < 8)
        {
            return this;
        }

        var kept = residuals.Take((int)Math.Ceiling(residuals.Count * 0.9)).ToList();
        var variance = kept.Average() * 1.25;
        return this with { Variance = Math.Clamp(variance, 0.5 * Ratio, 40 * Ratio) };
    }

    /// <summary>The standardised length difference of a bead.</summary>
    public double Delta(double source, double target) =>
        source == 0 && target == 0 ? 0 : (target - (Ratio * source)) / Math.Sqrt(Variance * Scale(source, target));

    /// <summary>
    /// Negative log probability of a length difference at least this large; 0 for a perfect match. A unit left
    /// without counterpart costs in proportion to its length against the mean, not to the variance: translators
    /// drop and add whole sentences, and a tight variance must not make that impossible.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double Cost(double source, double target)
    {
        if (source == 0 || target == 0)
        {
            return OmissionCost * ((Ratio * source) + target) / MeanLength;
        }

        var delta = Math.Abs(Delta(source, target));
        var tail = Erfc(delta / Math.Sqrt(2));
        return tail <= 0 ? MaxCost : Math.Min(MaxCost, -Math.Log(tail));
    }

    private double Scale(double source, double target) => Math.Max(1.0, ((Ratio * source) + target) / 2);

    private static double Square(double x) => x * x;

    // Complementary error function (Numerical Recipes' Chebyshev fit, relative error below 1.2e-7).
    private static double Erfc(double x)
    {
        var z = Math.Abs(x);
        var t = 1 / (1 + (0.5 * z));
        var poly = -1.26551223 + (t * (1.00002368 + (t * (0.37409196 + (t * (0.09678418 + (t * (-0.18628806
            + (t * (0.27886807 + (t * (-1.13520398 + (t * (1.48851587 + (t * (-0.82215223 + (t * 0.17087277)))))))))))))))));
        var r = t * Math.Exp((-z * z) + poly);
        return x >= 0 ? r : 2 - r;
    }
}
