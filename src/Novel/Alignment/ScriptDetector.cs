namespace Novel.Alignment;

/// <summary>
/// Tells which side of a pair of texts is written in Chinese characters and which in Latin letters, so that an
/// English original with a Chinese translation aligns as well as the usual way round.
/// </summary>
internal static class ScriptDetector
{
    /// <summary>True when <paramref name="source"/> is mostly Latin letters and <paramref name="target"/> mostly Chinese.</summary>
    public static bool IsReversed(IReadOnlyList<string> source, IReadOnlyList<string> target) =>
        HanShare(source) < 0.2 && HanShare(target) > 0.5;

    // The share of Chinese characters among the letters of the texts.
    private static double HanShare(IReadOnlyList<string> texts)
    {
        long han = 0, letters = 0;
        foreach (var text in texts)
        {
            foreach (var c in text)
            {
                if (LexiconLearner.IsHan(c))
                {
                    han++;
                    letters++;
                }
                else if (char.IsLetter(c))
                {
                    letters++;
                }
            }
        }

        return letters == 0 ? 0 : (double)han / letters;
    }
}
