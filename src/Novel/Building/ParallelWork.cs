using System.Runtime.ExceptionServices;

namespace Novel.Building;

/// <summary>
/// Runs independent pieces of work on all cores, but fails like a loop would: with the exception of the lowest-numbered
/// piece that failed, unwrapped, so an error names the first bad file in reading order, whatever the scheduling.
/// </summary>
internal static class ParallelWork
{
    public static void For(int count, Action<int> body)
    {
        var failures = new Exception?[count];
        Parallel.For(0, count, i =>
        {
            try
            {
                body(i);
            }
            catch (Exception e)
            {
                failures[i] = e;
            }
        });
        if (failures.FirstOrDefault(f => f is not null) is { } first)
        {
            ExceptionDispatchInfo.Capture(first).Throw();
        }
    }
}
