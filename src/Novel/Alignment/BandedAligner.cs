using System.Runtime.CompilerServices;
namespace Novel.Alignment;

/// <summary>
/// Dynamic programming over beads, restricted to a band around the diagonal that cumulative lengths predict
/// (so a long source unit moves the band as far as its translation will). Memory and time grow with the number of
/// units times the band's width, not with their product; when the best path runs along the band's edge the band
/// doubles and the search runs again.
/// </summary>
internal sealed class BandedAligner
{
    private const int MinimumWidth = 16;
    private const int RefineWidth = 10;

    // Alternatives to a bead lie a few units away; a narrower band than the search's gives the same posteriors.
    private const int PosteriorWidth = 5;

    /// <summary>The cost of the bead of source units <c>[s, s+a)</c> and target units <c>[t, t+b)</c>.</summary>
    public delegate double BeadCost(int s, int a, int t, int b);

    /// <summary>Creates an aligner over the given shapes, each with its own fixed cost.</summary>
    public BandedAligner(IReadOnlyList<(BeadShape Shape, double Prior)> shapes)
    {
        Shapes = shapes.Select(p => p.Shape).ToArray();
        ShapeCosts = shapes.Select(p => -Math.Log(p.Prior)).ToArray();
    }

    /// <summary>The shapes considered.</summary>
    public BeadShape[] Shapes { get; }

    /// <summary>The fixed cost of each shape (negative log prior).</summary>
    public double[] ShapeCosts { get; }

    /// <summary>The cheapest sequence of beads covering both sides entirely.</summary>
    public IReadOnlyList<BeadSpan> Align(double[] sourceLengths, double[] targetLengths, BeadCost cost) =>
        Align(sourceLengths.Length, targetLengths.Length, Centers(sourceLengths, targetLengths), MinimumWidth, cost);

    /// <summary>
    /// The cheapest sequence of beads, searched in a narrow band around an earlier path (a second pass with a
    /// refined model rarely moves far from the first).
    /// </summary>
    public IReadOnlyList<BeadSpan> Refine(IReadOnlyList<BeadSpan> path, int n, int m, BeadCost cost) =>
        Align(n, m, Centers(path, n), RefineWidth, cost);

    /// <summary>
    /// The posterior probability of each bead of <paramref name="path"/>: the summed probability of all alignments
    /// (in a band around the path) that contain the bead, over that of all alignments, with bead probabilities
    /// <c>exp(-cost / temperature)</c>. A bead that wins by a wide margin over every alternative is near 1; one that
    /// a nearby boundary could replace at little cost shares the probability with it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double[] Posteriors(IReadOnlyList<BeadSpan> path, int n, int m, BeadCost cost, double temperature)
    {
        var band = Band.Around(Centers(path, n), m, PosteriorWidth).Covering(path, m, PosteriorWidth);
        var forward = Table(band, n);
        var backward = Table(band, n);

        // Each step's scaled cost, kept from the forward pass for the backward one (NaN: a step from an unreachable cell).
        var steps = new float[n + 1][];
        for (var i = 0; i <= n; i++)
        {
            steps[i] = new float[(band.High[i] - band.Low[i] + 1) * Shapes.Length];
            Array.Fill(steps[i], float.NaN);
        }

        forward[0][0 - band.Low[0]] = 0;
        for (var i = 0; i <= n; i++)
        {
            for (var j = band.Low[i]; j <= band.High[i]; j++)
            {
                var here = forward[i][j - band.Low[i]];
                if (double.IsNegativeInfinity(here))
                {
                    continue;
                }

                for (var k = 0; k < Shapes.Length; k++)
                {
                    var (a, b) = (Shapes[k].Source, Shapes[k].Target);
                    int ni = i + a, nj = j + b;
                    if (ni > n || nj < band.Low[ni] || nj > band.High[ni])
                    {
                        continue;
                    }

                    var step = (ShapeCosts[k] + cost(i, a, j, b)) / temperature;
                    steps[i][((j - band.Low[i]) * Shapes.Length) + k] = (float)step;
                    ref var cell = ref forward[ni][nj - band.Low[ni]];
                    cell = LogAdd(cell, here - step);
                }
            }
        }

        backward[n][m - band.Low[n]] = 0;
        for (var i = n; i >= 0; i--)
        {
            for (var j = band.High[i]; j >= band.Low[i]; j--)
            {
                ref var cell = ref backward[i][j - band.Low[i]];
                for (var k = 0; k < Shapes.Length; k++)
                {
                    var (a, b) = (Shapes[k].Source, Shapes[k].Target);
                    int ni = i + a, nj = j + b;
                    if (ni > n || nj < band.Low[ni] || nj > band.High[ni] || (a == 0 && b == 0))
                    {
                        continue;
                    }

                    var next = backward[ni][nj - band.Low[ni]];
                    var step = steps[i][((j - band.Low[i]) * Shapes.Length) + k];
                    if (!double.IsNegativeInfinity(next) && !double.IsNaN(step))
                    {
                        cell = LogAdd(cell, next - step);
                    }
                }
            }
        }

        var total = forward[n][m - band.Low[n]];
        var posteriors = new double[path.Count];
        for (var p = 0; p < path.Count; p++)
        {
            var span = path[p];
            var k = Array.IndexOf(Shapes, span.Shape);
            var (i, j) = (span.Source, span.Target);
            var (ni, nj) = (i + span.Shape.Source, j + span.Shape.Target);
            if (k < 0 || j < band.Low[i] || j > band.High[i] || nj < band.Low[ni] || nj > band.High[ni])
            {
                continue;
            }

            var log = forward[i][j - band.Low[i]] - ((ShapeCosts[k] + cost(i, span.Shape.Source, j, span.Shape.Target)) / temperature)
                + backward[ni][nj - band.Low[ni]] - total;
            posteriors[p] = Math.Clamp(Math.Exp(log), 0, 1);
        }

        return posteriors;
    }

    private static double[][] Table(Band band, int n)
    {
        var table = new double[n + 1][];
        for (var i = 0; i <= n; i++)
        {
            table[i] = new double[band.High[i] - band.Low[i] + 1];
            Array.Fill(table[i], double.NegativeInfinity);
        }

        return table;
    }

    private static double LogAdd(double x, double y)
    {
        if (double.IsNegativeInfinity(x))
        {
            return y;
        }

        if (double.IsNegativeInfinity(y))
        {
            return x;
        }

        return x > y ? x + Math.Log(1 + Math.Exp(y - x)) : y + Math.Log(1 + Math.Exp(x - y));
    }

    private IReadOnlyList<BeadSpan> Align(int n, int m, int[] centers, int width, BeadCost cost)
    {
        // A wider band contains the narrower one, so the costs a search computed are kept for the next (NaN: not computed).
        (Band Band, double[][] Costs)? previous = null;
        while (true)
        {
            var band = Band.Around(centers, m, width);
            var path = Search(band, n, m, cost, previous, out var costs);
            if (path is not null && (width >= Math.Max(n, m) || !TouchesEdge(path, band, m)))
            {
                return path;
            }

            previous = (band, costs);
            width *= 2;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private List<BeadSpan>? Search(Band band, int n, int m, BeadCost cost, (Band Band, double[][] Costs)? known, out double[][] costs)
    {
        var totals = new double[n + 1][];
        var back = new sbyte[n + 1][];
        costs = new double[n + 1][];
        var shapeCount = Shapes.Length;
        for (var i = 0; i <= n; i++)
        {
            var size = band.High[i] - band.Low[i] + 1;
            totals[i] = new double[size];
            back[i] = new sbyte[size];
            costs[i] = new double[size * shapeCount];
            Array.Fill(totals[i], double.PositiveInfinity);
            Array.Fill(back[i], (sbyte)-1);
            Array.Fill(costs[i], double.NaN);
        }

        var (knownLow, knownHigh, knownCosts) = known is { } k0 ? (k0.Band.Low, k0.Band.High, k0.Costs) : (null, null, null);

        totals[0][0 - band.Low[0]] = 0;
        for (var i = 0; i <= n; i++)
        {
            for (var j = band.Low[i]; j <= band.High[i]; j++)
            {
                if (i == 0 && j == 0)
                {
                    continue;
                }

                var best = double.PositiveInfinity;
                sbyte bestShape = -1;
                for (var k = 0; k < Shapes.Length; k++)
                {
                    var (a, b) = (Shapes[k].Source, Shapes[k].Target);
                    int pi = i - a, pj = j - b;
                    if (pi < 0 || pj < 0 || pj < band.Low[pi] || pj > band.High[pi])
                    {
                        continue;
                    }

                    var previous = totals[pi][pj - band.Low[pi]];
                    if (double.IsPositiveInfinity(previous))
                    {
                        continue;
                    }

                    double beadCost = double.NaN;
                    if (knownCosts is not null && j >= knownLow![i] && j <= knownHigh![i])
                    {
                        beadCost = knownCosts[i][((j - knownLow[i]) * shapeCount) + k];
                    }

                    if (double.IsNaN(beadCost))
                    {
                        beadCost = cost(pi, a, pj, b);
                    }

                    costs[i][((j - band.Low[i]) * shapeCount) + k] = beadCost;
                    var total = previous + ShapeCosts[k] + beadCost;
                    if (total < best)
                    {
                        best = total;
                        bestShape = (sbyte)k;
                    }
                }

                totals[i][j - band.Low[i]] = best;
                back[i][j - band.Low[i]] = bestShape;
            }
        }

        if (m < band.Low[n] || m > band.High[n] || back[n][m - band.Low[n]] < 0 && (n > 0 || m > 0))
        {
            return null;
        }

        var path = new List<BeadSpan>();
        for (int i = n, j = m; i > 0 || j > 0;)
        {
            var shape = Shapes[back[i][j - band.Low[i]]];
            i -= shape.Source;
            j -= shape.Target;
            path.Add(new BeadSpan(i, j, shape));
        }

        path.Reverse();
        return path;
    }

    private static bool TouchesEdge(List<BeadSpan> path, Band band, int m)
    {
        foreach (var span in path)
        {
            int i = span.Source, j = span.Target;
            if ((j <= band.Low[i] + 1 && band.Low[i] > 0) || (j >= band.High[i] - 1 && band.High[i] < m))
            {
                return true;
            }
        }

        return false;
    }

    // For each source boundary i, the target boundary an earlier path passes through (the first, after a 0-1 run).
    private static int[] Centers(IReadOnlyList<BeadSpan> path, int n)
    {
        var centers = new int[n + 1];
        Array.Fill(centers, -1);
        foreach (var span in path)
        {
            for (var k = 0; k <= span.Shape.Source; k++)
            {
                var i = span.Source + k;
                var j = span.Target + (span.Shape.Source == 0 ? 0 : span.Shape.Target * k / span.Shape.Source);
                if (centers[i] < 0)
                {
                    centers[i] = j;
                }
            }
        }

        for (var i = 1; i <= n; i++)
        {
            centers[i] = Math.Max(centers[i], centers[i - 1]);
        }

        return centers;
    }

    // For each source boundary i, the target boundary whose cumulative share of length is closest to i's.
    private static int[] Centers(double[] source, double[] target)
    {
        int n = source.Length, m = target.Length;
        double totalS = source.Sum(), totalT = target.Sum();
        var centers = new int[n + 1];
        if (totalS <= 0 || totalT <= 0)
        {
            for (var i = 0; i <= n; i++)
            {
                centers[i] = n == 0 ? m : (int)Math.Round((double)i * m / n);
            }

            return centers;
        }

        double cumS = 0, cumT = 0;
        var j = 0;
        for (var i = 0; i <= n; i++)
        {
            var share = cumS / totalS;
            while (j < m && (cumT + (target[j] / 2)) / totalT < share)
            {
                cumT += target[j];
                j++;
            }

            centers[i] = j;
            if (i < n)
            {
                cumS += source[i];
            }
        }

        centers[n] = m;
        return centers;
    }

    /// <summary>The columns searched in each row: <c>[Low[i], High[i]]</c>.</summary>
    private sealed record Band(int[] Low, int[] High)
    {
        public static Band Around(int[] centers, int m, int width)
        {
            var n = centers.Length - 1;
            var low = new int[n + 1];
            var high = new int[n + 1];
            for (var i = 0; i <= n; i++)
            {
                low[i] = Math.Max(0, centers[i] - width);
                high[i] = Math.Min(m, centers[i] + width);
                if (i > 0)
                {
                    // Keep consecutive rows overlapping so that some path always exists.
                    low[i] = Math.Min(low[i], high[i - 1]);
                    high[i] = Math.Max(high[i], low[i - 1]);
                }
            }

            low[0] = 0;
            high[n] = m;
            return new Band(low, high);
        }

        /// <summary>
        /// The band widened so that every boundary of <paramref name="path"/> lies at least <paramref name="width"/>
        /// inside it (a run of added target units moves along one row, further than a band around its first cell reaches).
        /// </summary>
        public Band Covering(IReadOnlyList<BeadSpan> path, int m, int width)
        {
            var (low, high) = ((int[])Low.Clone(), (int[])High.Clone());
            foreach (var span in path)
            {
                foreach (var (i, j) in new[] { (span.Source, span.Target), (span.Source + span.Shape.Source, span.Target + span.Shape.Target) })
                {
                    low[i] = Math.Min(low[i], Math.Max(0, j - width));
                    high[i] = Math.Max(high[i], Math.Min(m, j + width));
                }
            }

            for (var i = 1; i < low.Length; i++)
            {
                low[i] = Math.Min(low[i], high[i - 1]);
                high[i] = Math.Max(high[i], low[i - 1]);
            }

            return new Band(low, high);
        }
    }
}
